package io.nblint.score;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringConfigReaderTest {
    private static final String GOOD = """
            base: 100
            passMark: 60
            deductions: {ERROR: 5, WARNING: 2, NOTICE: 0}
            grades:
              - {label: 合格, min: 60}
              - {label: 不合格, min: 0}
            """;

    private static String message(String yaml) {
        return assertThrows(ScoringConfigException.class, () -> new ScoringConfigReader().parse("rules/scoring.yaml", yaml)).getMessage();
    }

    @Test
    void nonNumericDeductionNamesFileAndKey() {
        String m = message(GOOD.replace("WARNING: 2", "WARNING: 两分"));
        assertTrue(m.contains("rules/scoring.yaml") && m.contains("deductions.WARNING") && m.contains("数字"), m);
    }

    @Test
    void unknownKeyIsRefused() {
        String m = message(GOOD + "passmark: 50\n");
        assertTrue(m.contains("passmark") && m.contains("未知"), m);
    }

    @Test
    void missingSeverityIsRefused() {
        String m = message(GOOD.replace(", NOTICE: 0", ""));
        assertTrue(m.contains("deductions.NOTICE"), m);
    }

    @Test
    void gradesMustDescendAndEndAtZero() {
        assertTrue(message(GOOD.replace("min: 0", "min: 70")).contains("grades[1].min"));
        assertTrue(message(GOOD.replace("min: 0", "min: 10")).contains("最后一个等级"));
    }

    @Test
    void badYamlAndBadDeadlineAreClearErrors() {
        assertTrue(message("base: [100\n").contains("不是有效的 YAML"));
        String m = message(GOOD + "deadlines: {local: \"2月20日\"}\n");
        assertTrue(m.contains("deadlines.local") && m.contains("月-日"), m);
    }

    @Test
    void missingFileIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) {
        String m = assertThrows(ScoringConfigException.class, () -> new ScoringConfigReader().readFromRules(dir)).getMessage();
        assertTrue(m.contains("不存在") && m.contains("scoring.yaml"), m);
    }

    @Test
    void localDeadlineIsRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("scoring.yaml"), GOOD + "deadlines: {local: \"02-20\"}\n");
        ScoringConfig c = new ScoringConfigReader().readFromRules(dir);
        assertTrue(c.deadlines().hasLocal());
        assertTrue(c.deadlines().localDue(2024).toString().equals("2025-02-20"));
        assertTrue(c.deadlines().departmentDue(2024).toString().equals("2025-01-31"));
    }
}
