package io.nblint.score;

import io.nblint.check.FindingStatus;
import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetLoader;
import io.nblint.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Changing one deduction in a copy of the configuration changes both the score and the rule-set version. */
class ScoringVersionTest {
    private static final String DRL = """
            package rules.test
            import io.nblint.facts.Report
            global io.nblint.check.FindingSink findings
            rule "always"
              @id("TST-01") @name("测试") @severity("WARNING") @basis("测试依据")
            when
              $r : Report()
            then
              findings.report(kcontext, $r, "测试");
            end
            """;

    @Test
    void changingOneDeductionChangesScoreAndVersion(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test.drl"), DRL);
        String yaml = Files.readString(Path.of("rules", "scoring.yaml"));
        Files.writeString(dir.resolve("scoring.yaml"), yaml);
        RuleSetLoader loader = new RuleSetLoader();
        RuleSet before = loader.load(dir);
        ScoringConfig c1 = new ScoringConfigReader().readFromRules(dir);
        var finding = List.of(ScorerTest.finding("TST-01", Severity.WARNING, FindingStatus.FAILED));
        Score s1 = new Scorer(c1).score(finding, before.version());

        Files.writeString(dir.resolve("scoring.yaml"), yaml.replace("WARNING: 2 ", "WARNING: 3 "));
        RuleSet after = loader.load(dir);
        ScoringConfig c2 = new ScoringConfigReader().readFromRules(dir);
        Score s2 = new Scorer(c2).score(finding, after.version());

        assertEquals(0, s1.total().compareTo(new BigDecimal(98)));
        assertEquals(0, s2.total().compareTo(new BigDecimal(97)));
        assertNotEquals(before.version(), after.version());
        assertEquals(after.version(), s2.ruleSetVersion());
    }
}
