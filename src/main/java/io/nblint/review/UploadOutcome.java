package io.nblint.review;

/**
 * What happened to one uploaded file.
 *
 * @param duplicate true when the same bytes were already stored; the existing submission is returned
 * @param readError why the file could not be read or parsed (it is stored all the same), or null
 */
public record UploadOutcome(String fileName, Long submissionId, boolean duplicate, String message, String readError,
                            Summary summary) {
    public static UploadOutcome refused(String fileName, String reason) {
        return new UploadOutcome(fileName, null, false, reason, reason, null);
    }
}
