package io.nblint.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The seed reports (.txt): fixtures/seeds in the repo, else ../shared/seeds beside it. */
final class Seeds {
    private Seeds() {
    }

    static Optional<Path> find(String prefix) {
        for (Path dir : new Path[]{Path.of("fixtures/seeds"), Path.of("../shared/seeds")}) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                Optional<Path> hit = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(".txt")).sorted().findFirst();
                if (hit.isPresent()) return hit;
            } catch (java.io.IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
