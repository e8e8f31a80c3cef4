package org.cypf.socialcare.api.returns;

/** One CSV file of a return: its name (e.g. {@code episodes.csv}) and its text (UTF-8, CRLF line ends when written). */
public record CsvFile(String name, String content) {}
