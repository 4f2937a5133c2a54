package io.nblint.score;

/** The scoring configuration cannot be used; the message names the file and the key, in Chinese. */
public class ScoringConfigException extends Exception {
    public ScoringConfigException(String message) {
        super(message);
    }

    public ScoringConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
