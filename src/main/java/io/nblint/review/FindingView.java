package io.nblint.review;

import io.nblint.check.Finding;
import io.nblint.store.ReviewDecision;

/** A finding with its fingerprint and the review decision in force, if any. */
public record FindingView(String fingerprint, int seq, Finding finding, ReviewDecision review) {
    public boolean dismissed() {
        return review != null && review.decision() == ReviewDecision.Decision.DISMISSED;
    }
}
