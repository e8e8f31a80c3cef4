package org.cypf.governance.access.domain;

/** What a grant allows on a record: to see it (read, list) or to change it (create, update). */
public enum Operation {
    READ,
    WRITE
}
