package org.cypf.socialcare.returns.application;

/**
 * How one SSDA903 file's rows are set beside the records held. The rule for every file: a row that matches what is
 * recorded changes nothing; a row that adds what was missing is stored; a row that contradicts what is recorded is a
 * row error. A policy only checks and queues its writes ({@link Merging#write}) on the import's {@link Merging}; nothing is written until every
 * file's rows are checked.
 */
interface FileMerge {

    void merge();
}
