package io.nblint.store;

/** The database failed; the message says which operation, in Chinese. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message + "（" + cause.getMessage() + "）", cause);
    }
}
