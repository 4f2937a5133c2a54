package io.nblint.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportsTest {

    @Test
    void findingsCsvHasBomAndOneRowPerFinding() throws Exception {
        CheckedReport r = RenderFixtures.report("中卫市司法局", 2024, "中卫/2024.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            FindingsCsv.header(csv);
            FindingsCsv.rows(csv, r);
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals(5, lines.length); // header + 4 findings, no field holds a line break
        assertTrue(lines[0].startsWith("机关,年度,文件,严重程度,规则编号"));
        assertTrue(lines[1].startsWith("中卫市司法局,2024,中卫/2024.txt,错误,T3-05,表三收支平衡,不符合,"), lines[1]);
        assertTrue(text.contains("无法核对"));
        // the message with a comma and quotes is quoted; the formula-like evidence is defused
        assertTrue(text.contains("\"正文含模板占位“XX”，含 <script> 与 \"\"引号\"\", 逗号\""), text);
        assertTrue(text.contains(",'=SUM") || text.contains("本机关XX年=SUM(A1)"));
    }

    @Test
    void xlsxOpensWithFrozenHeaderAndFilters() throws Exception {
        CheckedReport a = RenderFixtures.report("中卫市司法局", 2024, "a.txt");
        CheckedReport b = RenderFixtures.report("隆德县司法局", 2023, "b.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultWorkbook wb = new ResultWorkbook()) {
            wb.addFindings(a);
            wb.addFindings(b);
            Scoreboard board = new Scoreboard(List.of(ScoreboardRow.of(a, "0001-a"), ScoreboardRow.of(b, "0002-b"),
                    ScoreboardRow.failed("c.pdf", "文件为空")));
            wb.write(board, out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("成绩榜", wb.getSheetName(0));
            assertEquals("问题清单", wb.getSheetName(1));
            for (int i = 0; i < 2; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertNotNull(sheet.getPaneInformation(), "frozen pane on " + sheet.getSheetName());
                assertTrue(sheet.getPaneInformation().isFreezePane());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "auto filter on " + sheet.getSheetName());
                assertTrue(sheet.getColumnWidth(1) > 256 * 6);
                // printable: A4 landscape, one page wide, header row on every page
                assertTrue(sheet.getPrintSetup().getLandscape(), "landscape " + sheet.getSheetName());
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertTrue(sheet.getFitToPage());
                assertEquals(1, sheet.getPrintSetup().getFitWidth());
                assertEquals(0, sheet.getPrintSetup().getFitHeight());
                assertEquals("1:1", sheet.getRepeatingRows().formatAsString());
            }
            Sheet findings = wb.getSheet("问题清单");
            assertEquals(8, findings.getLastRowNum()); // 2 reports × 4 findings below the header
            assertEquals("T3-05", findings.getRow(1).getCell(4).getStringCellValue());
            Sheet board = wb.getSheet("成绩榜");
            assertEquals(3, board.getLastRowNum());
            assertEquals("c.pdf", board.getRow(3).getCell(10).getStringCellValue());
            assertEquals("文件为空", board.getRow(3).getCell(11).getStringCellValue());
            assertEquals(1.0, board.getRow(1).getCell(0).getNumericCellValue());
            assertEquals(1.0, board.getRow(2).getCell(0).getNumericCellValue()); // same score, same rank
        }
    }

    @Test
    void htmlFindingsListIsSelfContainedAndEscaped() throws Exception {
        CheckedReport r = RenderFixtures.report("中卫市司法局", 2024, "a.txt");
        String html = FindingsHtml.render(r, LocalDate.of(2025, 3, 1));
        assertTrue(html.contains("中卫市司法局2024年<br>政府信息公开工作年度报告问题清单"));
        assertTrue(html.contains("abc123def456"));
        assertTrue(html.contains("T3-05") && html.contains("表三「（七）总计」「总计」列") && html.contains("第2页第61行"));
        assertTrue(html.contains("表三表头注：第一项加第二项之和"));
        assertTrue(html.contains("无法核对、请人工复核"));
        assertTrue(html.contains("&lt;script&gt;"));
        assertFalse(html.contains("<script"));
        assertTrue(html.contains("size: A4"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<link"));
        // rules config: T3 ERROR 5 + T2 WARNING 2 + TXT WARNING 2 = 9 → 91, 优秀
        assertTrue(html.contains("91 分（优秀"), html);
    }

    @Test
    void reportJsonHoldsScoreFindingsAndFacts() throws Exception {
        CheckedReport r = RenderFixtures.report("中卫市司法局", 2024, "a.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(r, out);
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("中卫市司法局", doc.get("agency").asText());
        assertEquals(0, new BigDecimal(91).compareTo(doc.get("score").get("total").decimalValue()));
        assertEquals(4, doc.get("findings").size());
        assertEquals("UNCERTAIN", doc.get("findings").get(2).get("status").asText());
        assertEquals(0, doc.get("findings").get(2).get("deduction").asInt());
        assertEquals("2025-01-20", doc.get("facts").get("report").get("publicationDate").asText());
        assertEquals("R1", doc.get("facts").get("cells").get(0).get("row").asText());
    }

    @Test
    void scoreboardRanksAndListsUncheckedFilesLast() throws Exception {
        CheckedReport a = RenderFixtures.report("甲局", 2024, "a.txt");
        Scoreboard board = new Scoreboard(List.of(ScoreboardRow.failed("bad.pdf", "文件为空"), ScoreboardRow.of(a, "0001-a")));
        assertEquals("a.txt", board.rows().get(0).file());
        assertEquals(1, board.rank(0));
        assertEquals(0, board.rank(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoreboardHtml.write(board, "v", out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("href=\"reports/0001-a.html\"") && html.contains("无法检查：文件为空"));
    }
}
