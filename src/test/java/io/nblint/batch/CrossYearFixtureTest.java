package io.nblint.batch;

import io.nblint.check.RuleSetLoader;
import io.nblint.context.Manifest;
import io.nblint.score.ScoringConfigReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture pair in fixtures/crossyear through the real readers and parser: the 2024 copy of seed
 * 002 (中卫市司法局, 表三「二、上年结转」all 0) against a hand-made 2023 report whose 「四、结转下年度」
 * is 2 in 自然人 and 总计 (mismatch), and against a 2023 report with 0 (match).
 */
class CrossYearFixtureTest {

    private static long t306(Path fixtures, Path out) throws Exception {
        return t306(FolderInputs.list(fixtures, Set.of()), out);
    }

    private static long t306(List<ReportInput> inputs, Path out) throws Exception {
        BatchRun run = new BatchRun(StandardAnalyzer.create(), new RuleSetLoader().load(Path.of("rules")),
                new ScoringConfigReader().readFromRules(Path.of("rules")), Manifest.EMPTY, Progress.silent(), 2);
        BatchRun.Result r = run.run(inputs, out);
        assertEquals(0, r.unchecked(), Files.readString(out.resolve("errors.csv")));
        return Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains(",T3-06,") && l.contains(",不符合,")).count();
    }

    @Test
    void carryOverMismatchTriggersT306(@TempDir Path out) throws Exception {
        // 自然人 and 总计: 2023 carried 2 over, 2024 took over 0
        assertEquals(2, t306(Path.of("fixtures/crossyear/mismatch"), out));
    }

    @Test
    void laterYearListedFirstStillMeetsItsPriorYear(@TempDir Path out) throws Exception {
        // The batch checks year by year, so the order of the files must not matter.
        List<ReportInput> inputs = new ArrayList<>(FolderInputs.list(Path.of("fixtures/crossyear/mismatch"), Set.of()));
        Collections.reverse(inputs);
        assertTrue(inputs.get(0).name().contains("2024"), inputs.get(0).name());
        assertEquals(2, t306(inputs, out));
    }

    @Test
    void matchingPairDoesNot(@TempDir Path out) throws Exception {
        assertEquals(0, t306(Path.of("fixtures/crossyear/match"), out));
    }
}
