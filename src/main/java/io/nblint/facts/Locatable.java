package io.nblint.facts;

/** A fact that knows where it stands in the report; findings raised on it inherit this location. */
public interface Locatable {
    Location getLocation();

    /** The text quoted as evidence in a finding: the cell as written, the sentence, the heading. */
    String getEvidence();
}
