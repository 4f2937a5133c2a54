package io.nblint.batch;

import java.io.IOException;

/** One file of a batch, read only when its turn comes so a batch never holds every file in memory. */
public interface ReportInput {
    /** Path relative to the batch folder, or the zip entry name: how the user knows the file. */
    String name();

    /** The bytes; an IOException names what went wrong (too large, unsafe entry, read error). */
    byte[] read() throws IOException;
}
