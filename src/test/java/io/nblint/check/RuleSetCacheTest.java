package io.nblint.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetCacheTest {
    static final Path SAMPLE_RULES = Path.of("src/test/resources/rules-sample");

    /** Counts real compiles, so a test can tell a cache hit from a compile. */
    static class CountingLoader extends RuleSetLoader {
        final AtomicInteger compiles = new AtomicInteger();

        @Override
        public RuleSet load(Path directory) throws RuleSetException {
            compiles.incrementAndGet();
            return super.load(directory);
        }
    }

    static List<Finding> fresh;

    @BeforeAll
    static void compileOnce() throws Exception {
        fresh = new Checker(new RuleSetLoader().load(SAMPLE_RULES)).check(SampleFacts.withWrongTotal("a.txt"));
    }

    @Test
    void cachedRuleSetFindsWhatAFreshCompileFinds(@TempDir Path cacheDir) throws Exception {
        CountingLoader compiler = new CountingLoader();
        RuleSetCache cache = new RuleSetCache(cacheDir, compiler);
        RuleSet first = cache.load(SAMPLE_RULES);
        RuleSet second = new RuleSetCache(cacheDir, compiler).load(SAMPLE_RULES);

        assertEquals(1, compiler.compiles.get(), "second load must come from the cache");
        assertEquals(first.version(), second.version());
        assertEquals(first.rules(), second.rules(), "rule metadata, source file included, survives the cache");
        List<Finding> cached = new Checker(second).check(SampleFacts.withWrongTotal("a.txt"));
        assertEquals(fresh, cached);
        // The sample report has R1 natural 2 + commercial 1 but total 4, and an unreadable R3.7 total.
        assertEquals(2, cached.size());
        assertEquals("T3-05", cached.get(0).ruleId());
        assertEquals(FindingStatus.FAILED, cached.get(0).status());
        assertEquals(FindingStatus.UNCERTAIN, cached.get(1).status());
    }

    @Test
    void editedRuleFileIsCompiledAgainNotServedStale(@TempDir Path tmp) throws Exception {
        Path rules = copySampleRules(tmp.resolve("rules"));
        Path cacheDir = tmp.resolve("cache");
        CountingLoader compiler = new CountingLoader();
        RuleSet before = new RuleSetCache(cacheDir, compiler).load(rules);

        Path drl = rules.resolve("table3.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"ERROR\")", "@severity(\"WARNING\")"));
        RuleSet after = new RuleSetCache(cacheDir, compiler).load(rules);

        assertEquals(2, compiler.compiles.get());
        assertNotEquals(before.version(), after.version());
        Finding total = new Checker(after).check(SampleFacts.withWrongTotal("a.txt")).stream()
                .filter(Finding::isFailed).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, total.severity(), "the edited severity is in force");
    }

    @Test
    void corruptEntryFallsBackToCompiling(@TempDir Path cacheDir) throws Exception {
        CountingLoader compiler = new CountingLoader();
        RuleSetCache cache = new RuleSetCache(cacheDir, compiler);
        RuleSet first = cache.load(SAMPLE_RULES);
        Path entry = cache.entryFor(first.version());
        assertTrue(Files.isRegularFile(entry));
        Files.write(entry, new byte[] {1, 2, 3, 4});

        RuleSet again = cache.load(SAMPLE_RULES);

        assertEquals(2, compiler.compiles.get());
        assertEquals(fresh, new Checker(again).check(SampleFacts.withWrongTotal("a.txt")));
        assertTrue(Files.size(entry) > 4, "the broken entry is rewritten");
    }

    @Test
    void unwritableCacheDirectoryStillLoads(@TempDir Path tmp) throws Exception {
        Path notADirectory = tmp.resolve("file");
        Files.writeString(notADirectory, "x");
        RuleSet rs = new RuleSetCache(notADirectory.resolve("cache")).load(SAMPLE_RULES);
        assertEquals(fresh, new Checker(rs).check(SampleFacts.withWrongTotal("a.txt")));
    }

    static Path copySampleRules(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> s = Files.list(SAMPLE_RULES)) {
            for (Path p : s.toList()) Files.copy(p, target.resolve(p.getFileName()));
        }
        return target;
    }
}
