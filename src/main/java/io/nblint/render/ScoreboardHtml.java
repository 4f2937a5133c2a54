package io.nblint.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The ranked scoreboard as a printable page; each row links to the report's own 问题清单. */
public final class ScoreboardHtml {
    private ScoreboardHtml() {
    }

    public static void write(Scoreboard board, String ruleSetVersion, OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder(16384);
        b.append(HtmlPage.head("政府信息公开工作年度报告成绩榜"));
        b.append("<h1>政府信息公开工作年度报告成绩榜</h1>\n");
        b.append("<p>规则集版本：").append(HtmlPage.esc(ruleSetVersion)).append("；共 ").append(board.rows().size())
                .append(" 份，其中无法检查 ").append(board.unchecked().size()).append(" 份。</p>\n");
        // Fixed column widths: long agency names wrap inside their column, long paths break anywhere,
        // and the header row repeats on every printed page (thead).
        b.append("<table class=\"board\">\n<colgroup><col style=\"width:9mm\"><col style=\"width:42mm\"><col style=\"width:11mm\">"
                + "<col style=\"width:11mm\"><col style=\"width:11mm\"><col style=\"width:9mm\"><col style=\"width:9mm\">"
                + "<col style=\"width:9mm\"><col style=\"width:11mm\"><col></colgroup>\n"
                + "<thead><tr><th>名次</th><th>机关</th><th>年度</th><th>得分</th><th>等级</th><th>错误</th><th>警告</th><th>提示</th>"
                + "<th>无法核对</th><th>文件</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < board.rows().size(); i++) {
            ScoreboardRow r = board.rows().get(i);
            int rank = board.rank(i);
            b.append("<tr><td class=\"num\">").append(rank == 0 ? "" : rank).append("</td><td>").append(HtmlPage.esc(r.agency()))
                    .append("</td><td>").append(HtmlPage.esc(r.year())).append("</td>");
            if (r.isScored()) {
                b.append("<td class=\"num\">").append(HtmlPage.esc(r.totalText())).append("</td><td>").append(HtmlPage.esc(r.grade()))
                        .append("</td><td class=\"num\">").append(r.errors()).append("</td><td class=\"num\">").append(r.warnings())
                        .append("</td><td class=\"num\">").append(r.notices()).append("</td><td class=\"num\">").append(r.uncertain()).append("</td>");
            } else {
                b.append("<td colspan=\"6\" class=\"unchecked\">无法检查：").append(HtmlPage.esc(r.error())).append("</td>");
            }
            b.append("<td class=\"file\">");
            if (r.findingsFile() != null) {
                b.append("<a href=\"reports/").append(HtmlPage.esc(r.findingsFile())).append(".html\">").append(HtmlPage.esc(r.file())).append("</a>");
            } else {
                b.append(HtmlPage.esc(r.file()));
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n").append(HtmlPage.TAIL);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(b.toString());
        w.flush();
    }
}
