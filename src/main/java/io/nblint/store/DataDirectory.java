package io.nblint.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;

/** Where the service keeps its database and users file: {@code nblint.data-dir}, default ./data. */
@ApplicationScoped
public class DataDirectory {
    private final Path path;

    public DataDirectory(@ConfigProperty(name = "nblint.data-dir", defaultValue = "data") String dir) {
        this.path = Path.of(dir).toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }
}
