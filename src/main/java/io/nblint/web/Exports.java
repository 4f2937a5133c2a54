package io.nblint.web;

import io.nblint.check.Finding;
import io.nblint.review.FindingView;
import io.nblint.review.SubmissionView;
import io.nblint.review.Summary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The findings list (问题清单) as CSV or HTML for one or many submissions. Interim in-service
 * rendering; XLSX and the shared formats come from io.nblint.render once it lands.
 */
final class Exports {
    private Exports() {
    }

    static final String[] HEADER = {"提交编号", "文件", "机关", "年度", "得分", "等级", "规则编号", "规则名称", "严重程度",
            "结论", "位置", "说明", "原文", "依据", "复核", "复核意见", "复核人"};

    static String csv(List<SubmissionView> views) {
        StringBuilder b = new StringBuilder("\uFEFF"); // BOM: Excel opens UTF-8 CSV correctly only with it
        b.append(String.join(",", HEADER)).append("\r\n");
        for (SubmissionView v : views) {
            for (FindingView f : v.findings()) {
                String[] cells = row(v.summary(), f);
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) b.append(',');
                    b.append(csvCell(cells[i]));
                }
                b.append("\r\n");
            }
        }
        return b.toString();
    }

    static String[] row(Summary s, FindingView fv) {
        Finding f = fv.finding();
        return new String[]{String.valueOf(s.id()), s.fileName(), n(s.agency()), s.year() == null ? "" : s.year().toString(),
                s.score() == null ? "" : s.score().toPlainString(), n(s.grade()), f.ruleId(), n(f.ruleName()),
                f.severity().getLabel(), f.status().getLabel(), f.location().where(), f.message(), n(f.evidence()),
                n(f.basis()), fv.review() == null ? "待复核" : fv.review().decision() == io.nblint.store.ReviewDecision.Decision.DISMISSED ? "已驳回" : "已确认",
                fv.review() == null ? "" : n(fv.review().comment()), fv.review() == null ? "" : fv.review().reviewer()};
    }

    private static String csvCell(String v) {
        String s = v == null ? "" : v;
        // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String html(List<SubmissionView> views) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>问题清单</title>"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%;margin-bottom:2em}"
                + "th,td{border:1px solid #999;padding:4px 6px;font-size:13px;vertical-align:top}th{background:#eee}"
                + ".dismissed{color:#888;text-decoration:line-through}</style></head><body><h1>问题清单</h1>");
        for (SubmissionView v : views) {
            Summary s = v.summary();
            b.append("<h2>").append(esc(s.title() != null ? s.title() : s.fileName())).append("</h2><p>机关：")
                    .append(esc(n(s.agency()))).append("　年度：").append(s.year() == null ? "未识别" : s.year())
                    .append("　得分：").append(s.score() == null ? "—" : s.score().toPlainString()).append("　等级：")
                    .append(esc(n(s.grade()))).append("　规则版本：").append(esc(n(s.ruleSetVersion()))).append("</p>");
            if (s.readError() != null) b.append("<p>无法检查：").append(esc(s.readError())).append("</p>");
            b.append("<table><tr>");
            for (int i = 6; i < HEADER.length; i++) b.append("<th>").append(HEADER[i]).append("</th>");
            b.append("</tr>");
            for (FindingView f : v.findings()) {
                String[] cells = row(s, f);
                b.append(f.dismissed() ? "<tr class=\"dismissed\">" : "<tr>");
                for (int i = 6; i < cells.length; i++) b.append("<td>").append(esc(cells[i])).append("</td>");
                b.append("</tr>");
            }
            b.append("</table>");
        }
        return b.append("</body></html>").toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"nblint-export\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
