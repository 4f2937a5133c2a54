package io.nblint.batch;

import io.nblint.read.ReportReaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Every file below a folder (recursive), in name order, except hidden files and the paths to skip (output folder, manifest). */
public final class FolderInputs {
    private FolderInputs() {
    }

    public static List<ReportInput> list(Path dir, Set<Path> skip) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        List<Path> skipped = skip.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<ReportInput> inputs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (skipped.stream().anyMatch(p::startsWith)) continue;
                if (root.relativize(p).toString().replace('\\', '/').matches("(.*/)?\\..*")) continue; // hidden (.DS_Store, .git)
                String name = root.relativize(p).toString().replace('\\', '/');
                inputs.add(new FileInput(name, p));
            }
        }
        return inputs;
    }

    private record FileInput(String name, Path path) implements ReportInput {
        @Override
        public byte[] read() throws IOException {
            long size = Files.size(path);
            if (size > ReportReaders.MAX_BYTES) {
                throw new IOException("文件过大（" + size / (1024 * 1024) + " MiB，上限 " + ReportReaders.MAX_BYTES / (1024 * 1024) + " MiB）");
            }
            return Files.readAllBytes(path);
        }
    }
}
