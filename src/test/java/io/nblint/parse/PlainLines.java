package io.nblint.parse;

import io.nblint.read.ReadDocument;
import io.nblint.read.TextLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only stand-in for the TXT reader: every line becomes a paragraph line (table rows too, tabs kept),
 * which is the hardest case for heading detection since nothing marks table rows as such.
 */
final class PlainLines {
    private PlainLines() {
    }

    static ReadDocument of(String source, String text) {
        String[] raw = text.split("\n", -1);
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(TextLine.paragraph(i + 1, null, raw[i]));
        }
        return new ReadDocument(source, "txt", "UTF-8", lines);
    }

    static ReadDocument read(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The seed directory: fixtures/seeds in the repository if present, else the shared one. */
    static Path seeds() {
        Path local = Path.of("fixtures", "seeds");
        return Files.isDirectory(local) ? local : Path.of("..", "shared", "seeds");
    }
}
