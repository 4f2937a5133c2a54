package io.nblint.store;

import java.time.OffsetDateTime;

/** An uploaded file as stored (without its bytes). */
public record StoredSubmission(long id, String sha256, String fileName, long sizeBytes, String uploadedBy,
                               OffsetDateTime uploadedAt) {
}
