package io.nblint.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every seed in fixtures/seeds through the whole pipeline with the shipped rules: the failed findings
 * must be exactly those in its hand-checked .expected.json (nothing more, nothing less), and the
 * 无法核对 findings must match per rule id. The expectations were worked out by reading the seeds.
 */
class SeedFindingsTest {
    static final Path SEEDS = Path.of("fixtures/seeds");
    static ReportCheck pipeline;

    @BeforeAll
    static void rules() throws Exception {
        pipeline = ReportCheck.standard(new RuleSetLoader().load(Path.of("rules")));
    }

    @TestFactory
    Stream<DynamicTest> seeds() throws IOException {
        List<Path> expected;
        try (Stream<Path> s = Files.list(SEEDS)) {
            expected = s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertEquals(5, expected.size(), "one expected-findings file per seed");
        return expected.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> verify(file)));
    }

    private static void verify(Path expectedFile) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
        List<Finding> findings = pipeline.check(SEEDS.resolve(expected.get("source").asText())).findings();

        List<Finding> failed = new ArrayList<>(findings.stream().filter(Finding::isFailed).toList());
        for (JsonNode e : expected.get("failed")) {
            Finding match = failed.stream().filter(f -> matches(f, e)).findFirst().orElse(null);
            assertTrue(match != null, "expected " + e + " in " + failed);
            failed.remove(match);
        }
        assertTrue(failed.isEmpty(), "unexpected findings: " + failed);

        Map<String, Long> uncertain = findings.stream().filter(f -> !f.isFailed())
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        Map<String, Long> expectedUncertain = new TreeMap<>();
        expected.get("uncertain").fields().forEachRemaining(e -> expectedUncertain.put(e.getKey(), e.getValue().asLong()));
        assertEquals(expectedUncertain, uncertain, "无法核对 findings per rule");
    }

    private static boolean matches(Finding f, JsonNode e) {
        if (!f.ruleId().equals(e.get("id").asText())) return false;
        if (!f.severity().name().equals(e.get("severity").asText())) return false;
        if (e.has("line") && !Integer.valueOf(e.get("line").asInt()).equals(f.location().line())) return false;
        if (e.has("part") && !Integer.valueOf(e.get("part").asInt()).equals(f.location().part())) return false;
        return !e.has("messageContains") || f.message().contains(e.get("messageContains").asText());
    }
}
