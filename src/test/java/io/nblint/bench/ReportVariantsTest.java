package io.nblint.bench;

import io.nblint.batch.StandardAnalyzer;
import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Benchmark variants are distinct reports that still parse: new agency, consistently shifted years. */
class ReportVariantsTest {
    @Test
    void variantsParseWithNewAgenciesAndShiftedYears(@TempDir Path dir) throws Exception {
        Path seed = Path.of("fixtures/seeds/002_78e6df255e575ba0.txt"); // 中卫市司法局 2024
        ReportVariants.Template t = ReportVariants.templates(List.of(seed)).get(0);
        assertEquals("中卫市司法局", t.agency());
        assertEquals(2024, t.year());

        String text = ReportVariants.variant(t, "青山市教育局", -1, 1);
        assertFalse(text.contains("中卫市司法局"));
        ReportFacts facts = StandardAnalyzer.create().analyze("v.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("青山市教育局", facts.report().getAgency());
        assertEquals(2023, facts.report().getYear());
        // the statistics period moved with the title (seed: 2024 年 1 月 1 日至 2024 年 12 月 31 日)
        assertEquals(2023, facts.period().getStartYear());
        assertEquals(2023, facts.period().getEndYear());

        ReportVariants.writeText(List.of(seed), 40, dir);
        Set<String> distinct = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) distinct.add(Files.readString(f));
        }
        assertEquals(40, distinct.size());
        assertTrue(distinct.stream().allMatch(s -> !s.contains("中卫市司法局")));
    }
}
