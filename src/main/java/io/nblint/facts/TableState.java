package io.nblint.facts;

/** How well a whole table could be read. */
public enum TableState {
    /** Every expected cell was located (its own state may still be blank or a placeholder). */
    READ,
    /** The table was recognised but some cells are UNREADABLE or MISSING. */
    PARTIAL,
    /** A table was found but its layout could not be mapped onto the template. */
    UNREADABLE,
    /** No such table in the report. */
    ABSENT
}
