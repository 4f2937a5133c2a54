package io.nblint.store;

import io.nblint.check.Finding;

/** A finding as stored for one check, with its review-stable fingerprint. */
public record StoredFinding(long id, int seq, String fingerprint, Finding finding) {
}
