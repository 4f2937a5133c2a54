package io.nblint.check;

import io.nblint.accuracy.CellAccuracy;
import io.nblint.accuracy.ExpectedCells;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.TableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 2019 试行 template and the pre-2019 reports: a hand-made 2020 report in the 2019 format
 * (fixtures/formats/2019_binjiang-2020, TXT plus HTML/DOCX/PDF from generate2019.py), the same report
 * dated 2022 (still 2019 tables), the same with table 三 in the 2021 layout (both templates mixed), and a
 * hand-made 2017 report with the 2008 headings and no tables.
 */
class Format2019FixturesTest {
    private static final Path DIR = Path.of("fixtures", "formats", "2019_binjiang-2020");
    private static final Path LEGACY = Path.of("fixtures", "formats", "legacy-2017", "report.txt");
    private static final String OTHER_PROCESSING_2019 = "\t（六）其他处理\t\t1\t0\t0\t0\t0\t0\t1\n";
    private static final String OTHER_PROCESSING_2021 =
            "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1\n"
            + "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n"
            + "\t\t3.其他\t0\t0\t0\t0\t0\t0\t0\n";

    private static ReportCheck pipeline;

    @BeforeAll
    static void rules() throws Exception {
        pipeline = ReportCheck.standard(new RuleSetLoader().load(Path.of("rules")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"txt", "html", "docx", "pdf"})
    void report2020ParsesIntoThe2019ModelWithoutFindings(String format) throws Exception {
        CheckResult result = pipeline.check(DIR.resolve("report." + format));
        assertEquals(format, result.format());
        ReportFacts facts = result.facts();
        assertEquals(2020, facts.report().getYear());
        assertEquals(FormatVersion.V2019, facts.report().getFormatVersion());

        // Every cell typed by hand in expected-cells.json, under the 2019 canonical keys.
        CellAccuracy accuracy = CellAccuracy.of(ExpectedCells.load(DIR.resolve("expected-cells.json")), facts);
        assertEquals(List.of(), accuracy.wrong());
        assertEquals(22 + 23 * 7 + 15, accuracy.expected());

        // 2019 keys only: no 2021 columns in 表二, one （六）其他处理 row in 表三.
        assertNull(facts.cell("表二", "normative", "issued"));
        assertNull(facts.cell("表二", "fee", "amount"));
        assertNull(facts.cell("表三", "R3.6.1", "total"));
        TableCell other = facts.cell("表三", "R3.6", "total");
        assertNotNull(other);
        assertEquals(0, BigDecimal.ONE.compareTo(other.getValue()));
        assertTrue(other.getRowLabel().contains("其他处理"), other.getRowLabel());
        TableCell delta = facts.cell("表二", "license", "delta");
        assertEquals(0, new BigDecimal("-2").compareTo(delta.getValue()), "本年增/减 may be negative");

        // expected.json was worked out by hand: a consistent 2020 report in the right template.
        assertEquals(List.of(), result.findings(), "expected.json lists no findings");
    }

    @Test
    void report2022With2019TablesIsAnError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        CheckResult result = pipeline.check(write(tmp, "2022.txt", as2022(original())));
        assertEquals(2022, result.facts().report().getYear());
        assertEquals(FormatVersion.V2019, result.facts().report().getFormatVersion());
        Finding str09 = only("STR-09", result);
        assertEquals(Severity.ERROR, str09.severity());
        assertTrue(str09.message().contains("2019年试行格式"), str09.message());
    }

    @Test
    void bothTemplatesInOneReportAreMixed(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String mixed = original().replace(OTHER_PROCESSING_2019, OTHER_PROCESSING_2021);
        assertTrue(mixed.contains("3.其他\t"), "table 三 now has the 2021 （六） rows");

        CheckResult in2022 = pipeline.check(write(tmp, "mixed-2022.txt", as2022(mixed)));
        assertEquals(FormatVersion.MIXED, in2022.facts().report().getFormatVersion());
        Finding error = only("STR-09", in2022);
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.message().contains("混用"), error.message());

        // The same mix in the 2020 report itself: the 2021 rows do not belong in a 2020 report either.
        CheckResult in2020 = pipeline.check(write(tmp, "mixed-2020.txt", mixed));
        assertEquals(FormatVersion.MIXED, in2020.facts().report().getFormatVersion());
        assertEquals(Severity.WARNING, only("STR-09", in2020).severity());
    }

    @Test
    void legacy2017ReportHasNoTableFindings() throws Exception {
        CheckResult result = pipeline.check(LEGACY);
        assertEquals(2017, result.facts().report().getYear());
        assertEquals(FormatVersion.LEGACY, result.facts().report().getFormatVersion());
        List<Finding> tableFindings = result.findings().stream()
                .filter(f -> f.ruleId().matches("T[234]-.*") || f.location().table() != null).toList();
        assertEquals(List.of(), tableFindings);
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("STR-09")));
    }

    private static String original() throws Exception {
        return Files.readString(DIR.resolve("report.txt"), StandardCharsets.UTF_8);
    }

    /** The same report two years later: data year, period and publication date moved to 2022/2023. */
    private static String as2022(String text) {
        return text.replace("2020", "2022").replace("2021年1月25日", "2023年1月20日");
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Finding only(String id, CheckResult result) {
        List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
        assertEquals(1, found.size(), id + " in " + result.findings());
        return found.get(0);
    }
}
