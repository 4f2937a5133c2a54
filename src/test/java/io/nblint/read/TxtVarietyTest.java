package io.nblint.read;

import io.nblint.facts.Part;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.TableState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * TXT layouts met in real published reports (fixtures/variety/txt/generate.py): bar-separated
 * rows, PDF text with space-separated values, a broken-up table 四 header, a wrapped part heading
 * and a label typo. Each must give every table cell the value put into it.
 */
class TxtVarietyTest {

    static ReadDocument read(String name) throws Exception {
        Path file = Path.of("fixtures", "variety", "txt", name);
        return new TextReader().read(name, Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipe-trailing.txt", "pipe-markdown.txt", "pdf-text.txt"})
    void everyCellReadsAsWritten(String name) throws Exception {
        ReportFacts facts = VarietyExpectations.parse(read(name));
        VarietyExpectations.assertTitle(facts);
        VarietyExpectations.assertAllTables(facts, name);
        assertEquals(TableState.READ, facts.table4().getState());
    }

    @Test
    void wrappedPartHeadingIsOneHeadingAndNotBodyText() throws Exception {
        ReportFacts facts = VarietyExpectations.parse(read("pdf-text.txt"));
        Part four = facts.parts().stream().filter(p -> p.getNumber() == 4).findFirst().orElseThrow();
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", four.getHeading());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), facts.parts().stream().map(Part::getNumber).toList());
    }

    @Test
    void barSeparatedRowsBecomeCells() {
        assertArrayEquals(new String[]{"规章 ", " 0 ", " 0 ", " 0 "}, PipeRow.cells("规章 | 0 | 0 | 0 |"));
        assertArrayEquals(new String[]{" 行政许可 ", " 0 ", " ", ""}, PipeRow.cells("| 行政许可 | 0 | ||"));
        assertEquals(0, PipeRow.cells("|---|:---:|").length);
        assertNull(PipeRow.cells("本报告电子版可在网站下载。"));
        assertNull(PipeRow.cells("a|b"), "a bar inside a word is not a cell border");
    }
}
