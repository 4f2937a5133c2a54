package io.nblint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office edits one deduction in its copy of rules/ and runs the batch again: the scores change and
 * the rule-set version printed in every output changes, with no rebuild (the rules are read at run time).
 * The report is fixtures/rules/T3-05/fail.txt: 表三「一、本年新收」 natural and total were changed to 1,
 * so T3-05 fails in two columns (its expected.json); the other findings on it are notices (0 points).
 */
class BatchRuleEditTest {
    @Test
    void oneEditedDeductionChangesScoresAndVersion(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("fixtures/rules/T3-05/fail.txt"), in.resolve("fail.txt"));
        Path rules = copy(Path.of("rules"), dir.resolve("我单位规则"));

        JsonNode before = batch(in, rules, dir.resolve("out1"));
        // two T3-05 errors at the default ERROR deduction of 5
        assertEquals(90, before.get("reports").get(0).get("score").asInt(), before.toString());

        Path yaml = rules.resolve("scoring.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains("  STR-01: 10"));
        Files.writeString(yaml, text.replace("  STR-01: 10", "  T3-05: 7\n  STR-01: 10"));

        JsonNode after = batch(in, rules, dir.resolve("out2"));
        assertEquals(86, after.get("reports").get(0).get("score").asInt(), after.toString());
        String v1 = before.get("ruleSetVersion").asText();
        String v2 = after.get("ruleSetVersion").asText();
        assertNotEquals(v1, v2);

        // the version is in every output an office sends on
        String csv = Files.readString(dir.resolve("out2/findings.csv"), StandardCharsets.UTF_8);
        try (Stream<Path> lists = Files.list(dir.resolve("out2/reports"))) {
            Path html = lists.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            String page = Files.readString(html);
            assertTrue(page.contains(v2) && !page.contains(v1), "findings list shows the new version");
            assertTrue(page.contains("扣 7 分"), "findings list shows the new deduction");
        }
        assertTrue(csv.lines().filter(l -> l.contains("T3-05")).allMatch(l -> l.endsWith(",7")), csv);
        assertTrue(Files.readString(dir.resolve("out2/scoreboard.html")).contains(v2));
    }

    private static JsonNode batch(Path in, Path rules, Path out) throws IOException {
        BatchCommand.analyzer = io.nblint.batch.StandardAnalyzer::create;
        StringWriter log = new StringWriter();
        CommandLine cmd = new CommandLine(new BatchCommand());
        cmd.setOut(new PrintWriter(log, true));
        cmd.setErr(new PrintWriter(log, true));
        int code = cmd.execute(in.toString(), "--out", out.toString(), "--rules", rules.toString(), "--threads", "1");
        assertEquals(0, code, log.toString());
        return new ObjectMapper().readTree(out.resolve("scoreboard.json").toFile());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }
}
