package org.cypf.socialcare.returns.application;

/**
 * How one SSDA903 file's rows are set beside the records held. The rule for every file: a row that matches what is
 * recorded changes nothing; a row that adds what was missing is stored; a row that contradicts what is recorded is a
 * row error. A policy only checks and queues its writes ({@link Merging#write}) on the import's {@link Merging}; nothing is written until every
 * file's rows are checked.
 */
abstract class FileMerge {
    /** The import's shared state: its rows, the records held so far, its writes and its tallies. */
    final Merging m;

    FileMerge(Merging m) {
        this.m = m;
    }

    abstract void merge();
}
