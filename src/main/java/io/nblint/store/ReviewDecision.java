package io.nblint.store;

import java.time.OffsetDateTime;

/** A reviewer's decision on one finding (by fingerprint); the latest per fingerprint is in force. */
public record ReviewDecision(long id, long submissionId, String fingerprint, Decision decision, String comment,
                             String reviewer, OffsetDateTime decidedAt) {

    public enum Decision {
        /** The reviewer agrees the report has this defect. */
        CONFIRMED,
        /** A false alarm: the finding deducts nothing. */
        DISMISSED
    }
}
