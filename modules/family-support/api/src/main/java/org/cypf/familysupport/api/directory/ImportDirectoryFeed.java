package org.cypf.familysupport.api.directory;

/**
 * Another directory's feed to import.
 *
 * @param source who publishes the feed (its base URL or name), so two directories' feeds are told apart
 * @param feed   the feed as received: an ORUK page ({@code contents}) of fully nested services
 */
public record ImportDirectoryFeed(String source, String feed) {}
