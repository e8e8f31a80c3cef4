package org.cypf.governance.access.domain;

/**
 * What a grant allows on a record: to see it (read, list), to change it (create, update), or to load it with others
 * from a file (import, ADR 0029): a grant to write one record does not grant importing a file of them, nor the reverse.
 */
public enum Operation {
    READ,
    WRITE,
    IMPORT
}
