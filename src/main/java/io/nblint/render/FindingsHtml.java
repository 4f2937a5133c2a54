package io.nblint.render;

import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.Severity;
import io.nblint.score.Deduction;
import io.nblint.score.Score;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The printable 问题清单 for one report, to send to the agency: who, which year, the score and
 * grade, the rule-set version the result rests on, then each finding with where it is, the words
 * quoted from the report and the legal basis. Findings that could not be checked are listed
 * separately as a request to verify, never as defects.
 */
public final class FindingsHtml {
    private FindingsHtml() {
    }

    public static void write(CheckedReport r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(r, LocalDate.now()));
        w.flush();
    }

    public static String render(CheckedReport r, LocalDate today) {
        Score s = r.score();
        String agency = r.agency() == null ? "（机关名称未识别）" : r.agency();
        String year = r.year() == null ? "" : r.year() + "年";
        StringBuilder b = new StringBuilder(8192);
        b.append(HtmlPage.head(agency + year + "政府信息公开工作年度报告问题清单"));
        b.append("<h1>").append(HtmlPage.esc(agency)).append(HtmlPage.esc(year)).append("<br>政府信息公开工作年度报告问题清单</h1>\n");
        b.append("<table class=\"summary\">\n");
        row(b, "机关", agency);
        row(b, "报告年度", r.year() == null ? "未识别" : r.year().toString());
        row(b, "报告文件", r.file());
        row(b, "得分", s.totalText() + " 分（" + s.grade() + "，" + (s.passed() ? "达到" : "未达到") + "合格线）");
        row(b, "问题数量", "错误 " + s.failed(Severity.ERROR) + " 项，警告 " + s.failed(Severity.WARNING) + " 项，提示 "
                + s.failed(Severity.NOTICE) + " 项；无法核对 " + s.uncertain() + " 项");
        row(b, "规则集版本", s.ruleSetVersion());
        row(b, "生成日期", today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        b.append("</table>\n");

        long failed = s.deductions().stream().filter(d -> d.finding().status() == FindingStatus.FAILED).count();
        b.append("<h2>一、发现的问题（").append(failed).append(" 项）</h2>\n");
        if (failed == 0) b.append("<p>未发现问题。</p>\n");
        int n = 0;
        for (Deduction d : s.deductions()) {
            if (d.finding().status() == FindingStatus.FAILED) finding(b, ++n, d);
        }
        if (s.uncertain() > 0) {
            b.append("<h2>二、无法核对、请人工复核的事项（").append(s.uncertain()).append(" 项，不扣分）</h2>\n");
            n = 0;
            for (Deduction d : s.deductions()) {
                if (d.finding().status() == FindingStatus.UNCERTAIN) finding(b, ++n, d);
            }
        }
        b.append("<p class=\"note\">说明：本清单由 nblint 按规则集 ").append(HtmlPage.esc(s.ruleSetVersion()))
                .append(" 自动检查生成。“错误”指违反明确规定或表内勾稽关系，“警告”指很可能存在的问题，“提示”供参考。"
                        + "“无法核对”表示相关内容未能可靠识别，不作为问题认定，请对照原文核实。如对结论有异议，请联系检查单位。</p>\n");
        b.append(HtmlPage.TAIL);
        return b.toString();
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(HtmlPage.esc(label)).append("</th><td>").append(HtmlPage.esc(value)).append("</td></tr>\n");
    }

    private static void finding(StringBuilder b, int n, Deduction d) {
        Finding f = d.finding();
        boolean uncertain = f.status() == FindingStatus.UNCERTAIN;
        b.append("<div class=\"finding").append(uncertain ? " uncertain" : "").append("\">\n");
        b.append("<div class=\"title\">").append(n).append(". <span class=\"sev-").append(f.severity().name()).append("\">【")
                .append(HtmlPage.esc(uncertain ? FindingStatus.UNCERTAIN.getLabel() : f.severity().getLabel())).append("】</span>")
                .append(HtmlPage.esc(f.ruleId())).append(" ").append(HtmlPage.esc(f.ruleName()));
        if (!uncertain && d.applied().signum() > 0) {
            b.append("（扣 ").append(FindingsCsv.points(d.applied())).append(" 分）");
        } else if (!uncertain && d.capped()) {
            b.append("（本组扣分已达上限，不再扣分）");
        }
        b.append("</div>\n");
        b.append("<div><span class=\"label\">位置：</span>").append(HtmlPage.esc(FindingText.location(f.location()))).append("</div>\n");
        b.append("<div><span class=\"label\">问题：</span>").append(HtmlPage.esc(f.message())).append("</div>\n");
        if (f.evidence() != null && !f.evidence().isBlank()) {
            b.append("<div><span class=\"label\">原文：</span></div><blockquote>").append(HtmlPage.esc(f.evidence())).append("</blockquote>\n");
        }
        if (f.basis() != null && !f.basis().isBlank()) {
            b.append("<div><span class=\"label\">依据：</span>").append(HtmlPage.esc(f.basis())).append("</div>\n");
        }
        b.append("</div>\n");
    }
}
