package io.nblint.review;

import io.nblint.store.CheckRecord;

import java.util.List;

/** One submission in full: summary, newest check (facts JSON inside), findings, and earlier checks. */
public record SubmissionView(Summary summary, CheckRecord check, List<FindingView> findings, List<CheckRecord> history) {
}
