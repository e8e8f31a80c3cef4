package org.cypf.kernel.change;

/** A record that is changed under optimistic locking: each stored change raises its version by one. */
public interface Versioned {

    /** The version this instance holds: as loaded, or the next one once a change has been applied to it. */
    long version();
}
