package io.nblint.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A fresh data directory (H2 file, users) and a rules directory holding the service test rules, per
 * test run; the real embedded database is used, nothing is mocked.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {
    static final String ADMIN_PASSWORD = "test-admin-pw";
    static final String REVIEWER_PASSWORD = "test-reviewer";
    static Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("nblint-service-test");
            Path rules = Files.createDirectories(root.resolve("rules"));
            for (String file : new String[]{"service-test.drl", "scoring.yaml"}) {
                try (InputStream in = ServiceTestResource.class.getResourceAsStream("/service-test-rules/" + file)) {
                    Files.copy(in, rules.resolve(file));
                }
            }
            Path data = Files.createDirectories(root.resolve("data"));
            // admin is created by the service on first start; a reviewer without rule-admin is added up front.
            Users.add(data.resolve("users.properties"), "reviewer", REVIEWER_PASSWORD, Users.REVIEWER);
            Users.add(data.resolve("users.properties"), "admin", ADMIN_PASSWORD, Users.REVIEWER + "," + Users.RULE_ADMIN);
            return Map.of("nblint.data-dir", data.toString(), "nblint.rules-dir", rules.toString(),
                    "nblint.rules-poll-seconds", "0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path rulesDir() {
        return root.resolve("rules");
    }

    @Override
    public void stop() {
        if (root == null) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
