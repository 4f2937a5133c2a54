package io.nblint.render;

import io.nblint.score.Deduction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An XLSX workbook with a 成绩榜 (scoreboard) sheet and a 问题清单 (findings) sheet. Findings are
 * streamed in as reports finish (POI's streaming workbook keeps only a window of rows in memory),
 * the scoreboard is written at the end when the ranking is known. Both sheets have a frozen header
 * row, an auto filter and fixed column widths (auto-sizing is not available to a streaming sheet
 * and would need the fonts installed).
 */
public class ResultWorkbook implements Closeable {
    private static final int[] SCOREBOARD_WIDTHS = {5, 26, 6, 6, 7, 7, 5, 5, 5, 8, 34, 30};
    private static final int[] FINDINGS_WIDTHS = {18, 6, 22, 8, 8, 16, 8, 24, 50, 30, 30, 5};
    private static final int EXCEL_CELL_LIMIT = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet scoreboard;
    private final Sheet findings;
    private final CellStyle headerStyle;
    private final CellStyle wrapStyle;
    private int findingRows = 1;

    public ResultWorkbook() {
        scoreboard = workbook.createSheet("成绩榜");
        findings = workbook.createSheet("问题清单");
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        header(findings, FindingsCsv.HEADER, FINDINGS_WIDTHS);
        printSetup(scoreboard, "政府信息公开工作年度报告 成绩榜");
        printSetup(findings, "政府信息公开工作年度报告 问题清单");
    }

    /** Appends one report's findings; callable from several threads. */
    public synchronized void addFindings(CheckedReport report) {
        for (Deduction d : report.score().deductions()) {
            Row row = findings.createRow(findingRows++);
            List<Object> cells = FindingsCsv.cells(report, d);
            for (int c = 0; c < cells.size(); c++) {
                Object v = cells.get(c);
                if (c == 1 && report.year() != null) {
                    row.createCell(c).setCellValue(report.year());
                } else if (c == cells.size() - 1) {
                    row.createCell(c).setCellValue(d.applied().doubleValue());
                } else {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                    cell.setCellValue(clip(v));
                    if (c >= 7) cell.setCellStyle(wrapStyle);
                }
            }
        }
    }

    /** Writes the scoreboard sheet and the workbook. */
    public synchronized void write(Scoreboard board, OutputStream out) throws IOException {
        header(scoreboard, ScoreboardCsv.HEADER, SCOREBOARD_WIDTHS);
        for (int i = 0; i < board.rows().size(); i++) {
            ScoreboardRow r = board.rows().get(i);
            Row row = scoreboard.createRow(i + 1);
            int rank = board.rank(i);
            if (rank > 0) row.createCell(0).setCellValue(rank);
            row.createCell(1).setCellValue(clip(r.agency()));
            if (r.year() != null) row.createCell(2).setCellValue(r.year());
            if (r.isScored()) {
                row.createCell(3).setCellValue(r.total().doubleValue());
                row.createCell(4).setCellValue(r.grade());
                row.createCell(6).setCellValue(r.errors());
                row.createCell(7).setCellValue(r.warnings());
                row.createCell(8).setCellValue(r.notices());
                row.createCell(9).setCellValue(r.uncertain());
            }
            row.createCell(5).setCellValue(r.status());
            org.apache.poi.ss.usermodel.Cell file = row.createCell(10);
            file.setCellValue(clip(r.file()));
            file.setCellStyle(wrapStyle);
            if (r.error() != null) {
                org.apache.poi.ss.usermodel.Cell error = row.createCell(11);
                error.setCellValue(clip(r.error()));
                error.setCellStyle(wrapStyle);
            }
        }
        filter(scoreboard, board.rows().size(), ScoreboardCsv.HEADER.size());
        filter(findings, findingRows - 1, FindingsCsv.HEADER.size());
        workbook.write(out);
    }

    private void header(Sheet sheet, List<String> names, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(c, widths[c] * 256 + 512);
        }
        sheet.createFreezePane(0, 1);
    }

    /**
     * Offices print these sheets: A4 landscape, all columns on one page width (as many pages down as
     * needed), the header row repeated on every page, grid lines, and the title and page numbers in the
     * page header and footer. Without this a spreadsheet program splits the columns over several pages.
     */
    private static void printSetup(Sheet sheet, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setCenter(title);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private static void filter(Sheet sheet, int dataRows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(dataRows, 1), 0, columns - 1));
    }

    private static String clip(Object v) {
        String s = v == null ? "" : v.toString();
        return s.length() > EXCEL_CELL_LIMIT ? s.substring(0, EXCEL_CELL_LIMIT - 1) + "…" : s;
    }


    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // temp files already removed by dispose()
        }
    }
}
