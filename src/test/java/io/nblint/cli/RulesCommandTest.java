package io.nblint.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nblint rules} over the shipped rules/: every rule id once, with the deduction and cap that
 * rules/scoring.yaml gives it. Expected values are read off rules/scoring.yaml by hand
 * (STR-01: 10 by id; ERROR 5, WARNING 2; groups 结构与内容 30, 表三 依申请公开 20).
 */
class RulesCommandTest {
    @TempDir
    static Path cacheDir;

    @BeforeAll
    static void cache() {
        System.setProperty("nblint.cache", cacheDir.toString());
    }

    @AfterAll
    static void restore() {
        System.clearProperty("nblint.cache");
    }

    private static String line(String out, String id) {
        List<String> hits = out.lines().filter(l -> l.startsWith(id + " ")).toList();
        assertEquals(1, hits.size(), id + " should be listed once:\n" + out);
        return hits.get(0);
    }

    @Test
    void listsEveryShippedRuleWithItsDeductionAndCap() throws IOException {
        MainTest.Run r = MainTest.run("rules", "--rules", "rules");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.lines().findFirst().orElse("").startsWith("编号"), out);

        // every rule file in rules/ is named after its id and appears exactly once
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            List<String> ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .map(n -> n.substring(0, n.length() - 4)).toList();
            assertTrue(ids.size() >= 30, ids.toString());
            for (String id : ids) line(out, id);
        }

        String str01 = line(out, "STR-01");
        assertTrue(str01.contains("错误") && str01.contains("10（按编号）") && str01.contains("结构与内容 ≤30"), str01);
        String t305 = line(out, "T3-05");
        assertTrue(t305.contains("5（按级别）") && t305.contains("表三 依申请公开 ≤20"), t305);
        assertTrue(t305.contains("勾稽"), "basis/description shown: " + t305);
        String str09 = line(out, "STR-09"); // reports at two severities
        assertTrue(str09.contains("错误/警告") && str09.contains("5/2（按级别）"), str09);
        String t307 = line(out, "T3-07");
        assertTrue(t307.contains("警告") && t307.contains("2（按级别）"), t307);
        assertTrue(out.contains("满分 100，及格 60"), out);
    }

    @Test
    void anEditedCopyShowsTheNewDeductionAndImplicitGroups(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of(MainTest.RULES, "table3.drl"), rules.resolve("table3.drl"));
        Files.copy(Path.of(MainTest.RULES, "report.drl"), rules.resolve("report.drl"));
        String yaml = Files.readString(Path.of("rules/scoring.yaml"))
                .replace("  STR-01: 10", "  T3-05: 7.5\n  STR-01: 10")
                .replace("defaultGroupCap: 15", "defaultGroupCap: 12");
        Files.writeString(rules.resolve("scoring.yaml"), yaml);
        MainTest.Run r = MainTest.run("rules", "--rules", rules.toString(), "--no-cache");
        assertEquals(0, r.code(), r.err());
        assertTrue(line(r.out(), "T3-05").contains("7.5（按编号）"), r.out());
        // R-02 is in no configured group: its implicit prefix group "R" takes defaultGroupCap
        assertTrue(line(r.out(), "R-02").contains("R 组 ≤12"), r.out());
    }

    @Test
    void withoutScoringConfigTheListSaysSo() {
        MainTest.Run r = MainTest.run("rules", "--rules", MainTest.RULES);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("没有 scoring.yaml"), r.out());
    }

    @Test
    void aBrokenScoringConfigIsARulesError(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.copy(Path.of(MainTest.RULES, "table3.drl"), rules.resolve("table3.drl"));
        Files.writeString(rules.resolve("scoring.yaml"),
                Files.readString(Path.of("rules/scoring.yaml")).replace("WARNING: 2 ", "WARNING: 两分 "));
        MainTest.Run r = MainTest.run("rules", "--rules", rules.toString(), "--no-cache");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("deductions.WARNING") && r.err().contains("scoring.yaml"), r.err());
    }
}
