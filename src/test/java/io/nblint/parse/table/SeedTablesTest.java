package io.nblint.parse.table;

import io.nblint.facts.FormatVersion;
import io.nblint.facts.TableState;
import io.nblint.parse.TableReading;
import io.nblint.read.ReadDocument;
import org.junit.jupiter.api.Test;

import static io.nblint.parse.table.TableAssertions.RESULT_ROWS_2021;
import static io.nblint.parse.table.TableAssertions.TABLE4_ZEROS;
import static io.nblint.parse.table.TableAssertions.assertTable;
import static io.nblint.parse.table.TableAssertions.cell;
import static io.nblint.parse.table.TableAssertions.seed;
import static io.nblint.parse.table.TableAssertions.zeros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every cell of tables 二, 三, 四 of the five seeds, expected values typed from the seed text. */
class SeedTablesTest {

    private static final String ALL_ZERO_T3 = zeros("R1", "R2", "R3.1", "R3.2") + zeros(RESULT_ROWS_2021) + zeros("R3.7", "R4");

    private static void assertRead(TableReading<?> r, FormatVersion format) {
        assertEquals(TableState.READ, r.table().getState(), r.table().getProblems().toString());
        assertEquals(format, r.table().getFormat());
        assertTrue(r.table().getProblems().isEmpty(), r.table().getProblems().toString());
    }

    @Test
    void seed000MisalignedRowsAndFeeInWanYuan() throws Exception {
        ReadDocument doc = seed("000_8e4fae53c81d4e1a.txt");
        var t2 = new Table2Parser().parse(doc.lines());
        assertRead(t2, FormatVersion.V2021);
        assertTable(t2, """
                regulation: 0 0 0
                normative: 0 0 0
                license: 0
                penalty: 0
                coercion: 0
                fee: 10.78
                """);
        assertEquals("万元", cell(t2, "fee", "amount").getUnit());
        assertEquals("10.78 万元", cell(t2, "fee", "amount").getRaw());
        assertEquals(42, cell(t2, "fee", "amount").getLine());

        var t3 = new Table3Parser().parse(doc.lines());
        assertRead(t3, FormatVersion.V2021);
        assertTable(t3, ALL_ZERO_T3);
        // "3.其他" and "(七) 总计" stand shifted left of the other rows in this export
        assertEquals(71, cell(t3, "R3.6.3", "natural").getLine());
        assertEquals(72, cell(t3, "R3.7", "total").getLine());
        assertEquals(46, t3.table().getStartLine());
        assertEquals(73, t3.table().getEndLine());

        var t4 = new Table4Parser().parse(doc.lines());
        assertEquals(TableState.READ, t4.table().getState());
        assertTable(t4, TABLE4_ZEROS);
        assertEquals(80, cell(t4, "after_review", "total").getLine());
    }

    @Test
    void seed001() throws Exception {
        ReadDocument doc = seed("001_66bd8bba5bd9b9c1.txt");
        var t2 = new Table2Parser().parse(doc.lines());
        assertRead(t2, FormatVersion.V2021);
        assertTable(t2, """
                regulation: 0 0 0
                normative: 1 0 5
                license: 0
                penalty: 0
                coercion: 0
                fee: 0
                """);
        assertEquals(35, cell(t2, "fee", "amount").getLine());

        var t3 = new Table3Parser().parse(doc.lines());
        assertRead(t3, FormatVersion.V2021);
        assertTable(t3, """
                R1: 2 0 0 0 0 0 2
                R2: 0 0 0 0 0 0 0
                R3.1: 2 0 0 0 0 0 2
                R3.2: 0 0 0 0 0 0 0
                """ + zeros(RESULT_ROWS_2021) + """
                R3.7: 2 0 0 0 0 0 2
                R4: 0 0 0 0 0 0 0
                """);
        assertEquals(61, cell(t3, "R3.5.5", "other").getLine());

        var t4 = new Table4Parser().parse(doc.lines());
        assertEquals(TableState.READ, t4.table().getState());
        assertTable(t4, TABLE4_ZEROS);
    }

    /**
     * In this export every row with three label cells (（三）…（六） sub-rows) has only six values for
     * seven columns: one cell was lost and nothing tells which, so those rows are UNREADABLE.
     */
    @Test
    void seed002RowsMissingACellAreUnreadable() throws Exception {
        ReadDocument doc = seed("002_78e6df255e575ba0.txt");
        var t2 = new Table2Parser().parse(doc.lines());
        assertRead(t2, FormatVersion.V2021);
        assertTable(t2, """
                regulation: 0 0 0
                normative: 0 7 6
                license: 66
                penalty: 0
                coercion: 0
                fee: 0
                """);

        var t3 = new Table3Parser().parse(doc.lines());
        assertEquals(TableState.PARTIAL, t3.table().getState());
        assertEquals(FormatVersion.V2021, t3.table().getFormat());
        StringBuilder unreadable = new StringBuilder();
        for (String k : RESULT_ROWS_2021) unreadable.append(k).append(": ? ? ? ? ? ? ?\n");
        assertTable(t3, zeros("R1", "R2", "R3.1", "R3.2") + unreadable + zeros("R3.7", "R4"));
        assertEquals(RESULT_ROWS_2021.length, t3.table().getProblems().size());
        assertTrue(t3.table().getProblems().get(0).contains("属于国家秘密"), t3.table().getProblems().get(0));
        assertEquals(55, cell(t3, "R3.3.1", "natural").getLine());

        var t4 = new Table4Parser().parse(doc.lines());
        assertTable(t4, TABLE4_ZEROS);
    }

    @Test
    void seed003CellPerLineLayout() throws Exception {
        ReadDocument doc = seed("003_060f1afac52ad05c.txt");
        var t2 = new Table2Parser().parse(doc.lines());
        assertRead(t2, FormatVersion.V2021);
        assertTable(t2, """
                regulation: 0 0 0
                normative: 0 0 0
                license: 0
                penalty: 0
                coercion: 0
                fee: 16
                """);
        assertEquals(64, cell(t2, "fee", "amount").getLine());
        assertEquals(36, cell(t2, "normative", "repealed").getLine());

        var t3 = new Table3Parser().parse(doc.lines());
        assertRead(t3, FormatVersion.V2021);
        assertTable(t3, ALL_ZERO_T3);
        assertEquals(88, cell(t3, "R1", "natural").getLine());
        assertEquals(94, cell(t3, "R1", "total").getLine());
        assertEquals(342, cell(t3, "R3.7", "total").getLine());

        var t4 = new Table4Parser().parse(doc.lines());
        assertEquals(TableState.READ, t4.table().getState());
        assertTable(t4, TABLE4_ZEROS);
        assertEquals(394, cell(t4, "review", "upheld").getLine());
        assertEquals(408, cell(t4, "after_review", "total").getLine());
    }

    @Test
    void seed004Table4FirstFiveCellsBlank() throws Exception {
        ReadDocument doc = seed("004_6a991fb02bff9604.txt");
        var t2 = new Table2Parser().parse(doc.lines());
        assertRead(t2, FormatVersion.V2021);
        assertTable(t2, """
                regulation: 0 0 0
                normative: 1 0 1
                license: 0
                penalty: 0
                coercion: 0
                fee: 0
                """);

        var t3 = new Table3Parser().parse(doc.lines());
        assertRead(t3, FormatVersion.V2021);
        assertTable(t3, ALL_ZERO_T3);
        assertEquals(71, cell(t3, "R3.5.5", "natural").getLine());

        var t4 = new Table4Parser().parse(doc.lines());
        assertEquals(TableState.READ, t4.table().getState());
        assertTable(t4, """
                review: _ _ _ _ _
                direct: 0 0 0 0 0
                after_review: 0 0 0 0 0
                """);
        assertEquals("", cell(t4, "review", "total").getRaw());
    }
}
