package io.nblint.parse;

import io.nblint.facts.CellState;
import io.nblint.facts.FormatVersion;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.Table2;
import io.nblint.facts.Table3;
import io.nblint.facts.Table3Cell;
import io.nblint.facts.Table4;
import io.nblint.facts.TableState;
import io.nblint.read.TextLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableRegionsAndFormatTest {
    private static final String REPORT = String.join("\n",
            "某局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "正文。",
            "二、主动公开政府信息情况",
            "表二",
            "三、收到和处理政府信息公开申请情况",
            "表三",
            "五、存在的主要问题及改进情况",
            "问题。");

    /** Records the regions it was given; finds a table only in a region containing {@code marker}. */
    private static final class Recording {
        final List<List<Integer>> regions = new ArrayList<>();

        List<Integer> record(List<TextLine> region) {
            List<Integer> numbers = region.stream().map(TextLine::number).toList();
            regions.add(numbers);
            return numbers;
        }
    }

    @Test
    void partRegionsFirstWholeDocumentWhenPartMissingOrTableAbsent() {
        Recording r2 = new Recording();
        Recording r3 = new Recording();
        Recording r4 = new Recording();
        TableParser<Table2> t2 = region -> {
            r2.record(region);
            return new TableReading<>(new Table2(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of()), List.of());
        };
        TableParser<Table3> t3 = region -> {
            r3.record(region);
            Table3Cell cell = new Table3Cell("R1", "total", "一、本年新收政府信息公开申请数量", "总计", "0",
                    CellState.NUMBER, BigDecimal.ZERO, null, 7, null);
            return new TableReading<>(new Table3(FormatVersion.V2021, TableState.PARTIAL, 7, 7, null, List.of()), List.of(cell));
        };
        TableParser<Table4> t4 = region -> {
            r4.record(region);
            return new TableReading<>(new Table4(FormatVersion.UNKNOWN, TableState.ABSENT, null, null, null, List.of()), List.of());
        };
        ReportFacts f = new ReportParser(t2, t3, t4).parse(PlainLines.of("synthetic.txt", REPORT));

        List<Integer> all = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertEquals(List.of(List.of(4, 5), all), r2.regions, "part 二 first, then the whole document");
        assertEquals(List.of(List.of(6, 7)), r3.regions, "table found in part 三: no second look");
        assertEquals(List.of(all), r4.regions, "part 四 missing: whole document");
        assertEquals(1, f.cells().size());
        assertEquals(TableState.PARTIAL, f.table3().getState());
        assertEquals(FormatVersion.V2021, f.report().getFormatVersion());
    }

    private static FormatVersion format(FormatVersion t2, FormatVersion t3, FormatVersion t4, String text) {
        TableParser<Table2> p2 = region -> new TableReading<>(new Table2(t2, t2 == null ? TableState.ABSENT : TableState.READ, null, null, null, List.of()), List.of());
        TableParser<Table3> p3 = region -> new TableReading<>(new Table3(t3, t3 == null ? TableState.ABSENT : TableState.READ, null, null, null, List.of()), List.of());
        TableParser<Table4> p4 = region -> new TableReading<>(new Table4(t4, t4 == null ? TableState.ABSENT : TableState.READ, null, null, null, List.of()), List.of());
        return new ReportParser(p2, p3, p4).parse(PlainLines.of("synthetic.txt", text)).report().getFormatVersion();
    }

    @Test
    void formatVersionFromTablesTwoAndThree() {
        assertEquals(FormatVersion.V2021, format(FormatVersion.V2021, FormatVersion.V2021, FormatVersion.V2021, REPORT));
        assertEquals(FormatVersion.V2019, format(FormatVersion.V2019, FormatVersion.V2019, FormatVersion.V2021, REPORT),
                "table 四 is the same in both templates and must not make a 2019 report MIXED");
        assertEquals(FormatVersion.MIXED, format(FormatVersion.V2019, FormatVersion.V2021, null, REPORT));
        assertEquals(FormatVersion.UNKNOWN, format(null, null, FormatVersion.V2021, REPORT));
        assertEquals(FormatVersion.UNKNOWN, format(null, null, null, REPORT));
    }

    @Test
    void legacyWithoutTables() {
        assertEquals(FormatVersion.LEGACY, format(null, null, null, REPORT.replace("2023", "2017")));
        assertEquals(FormatVersion.LEGACY, format(null, null, null,
                "某局政府信息公开工作年度报告\n一、主动公开政府信息的情况\n三、政府信息公开的收费及减免情况\n"));
        assertEquals(FormatVersion.V2019, format(FormatVersion.V2019, null, null, REPORT.replace("2023", "2017")));
    }
}
