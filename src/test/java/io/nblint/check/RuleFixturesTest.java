package io.nblint.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nblint.parse.ReportParser;
import io.nblint.read.ReportReaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end over fixtures/rules/&lt;ID&gt;/: fail.txt read and parsed must give each expected finding
 * (id, status, severity and, where given, row/column/part/line); pass.txt must not give the rule.
 * Expected values were worked out by hand from the seed text (see fixtures/rules/mutations.py).
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("fixtures/rules");
    static Checker checker;

    @BeforeAll
    static void load() throws RuleSetException {
        checker = new Checker(new RuleSetLoader().load(Path.of("rules")));
    }

    static List<Finding> run(Path txt) throws Exception {
        return checker.check(ReportParser.standard().parse(ReportReaders.standard().read(txt)));
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : dirs) {
            JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
            String rule = expected.get("rule").asText();
            tests.add(DynamicTest.dynamicTest(rule + " fail.txt", () -> {
                List<Finding> findings = run(dir.resolve("fail.txt"));
                for (JsonNode e : expected.get("fail").get("expect")) {
                    assertTrue(findings.stream().anyMatch(f -> matches(f, e)), rule + ": expected " + e + "\n got " + findings);
                }
            }));
            tests.add(DynamicTest.dynamicTest(rule + " pass.txt", () -> {
                List<Finding> findings = run(dir.resolve("pass.txt"));
                assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals(rule) && f.isFailed()),
                        rule + " must not fail on pass.txt: " + findings);
            }));
        }
        return tests.stream();
    }

    static boolean matches(Finding f, JsonNode e) {
        if (!f.ruleId().equals(e.get("id").asText())) return false;
        if (!f.status().name().equals(e.get("status").asText())) return false;
        if (!f.severity().name().equals(e.get("severity").asText())) return false;
        if (e.has("row") && !e.get("row").asText().equals(f.location().row())) return false;
        if (e.has("column") && !e.get("column").asText().equals(f.location().column())) return false;
        if (e.has("part") && (f.location().part() == null || f.location().part() != e.get("part").asInt())) return false;
        if (e.has("line") && (f.location().line() == null || f.location().line() != e.get("line").asInt())) return false;
        return !e.has("messageContains") || f.message().contains(e.get("messageContains").asText());
    }
}
