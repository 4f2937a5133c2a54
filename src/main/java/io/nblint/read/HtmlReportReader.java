package io.nblint.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads reports saved from government web sites: a whole page, with navigation, scripts and
 * footers around the report. It finds the element that holds the report (its title and its
 * tables), turns block elements and line breaks into paragraphs, and lays each data table onto its
 * grid with rowspan/colspan expanded, blank ("&amp;nbsp;") cells kept in their columns.
 */
public class HtmlReportReader implements ReportReader {
    private static final Pattern MARKUP = Pattern.compile("<(!doctype\\s+html|html|head|meta|table|body|title|\\?xml|!--)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("(19|20)\\d{2}\\s*年.{0,30}年度报告|工作年度报告");
    private static final Pattern REPORT_TABLE = Pattern.compile("申请人情况|自然人|信息内容|行政复议|本年制发|本年新收|第二十条|本年新制作|处理决定数量");
    private static final Pattern HTML_SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "nav", "iframe", "template",
            "svg", "select", "button", "input", "textarea", "object", "embed", "map");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "dl", "dt", "dd",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "center", "form", "fieldset",
            "figure", "figcaption", "address", "hr", "body");

    @Override
    public String format() {
        return "html";
    }

    /** Markup in the first KiB, once a byte-order mark and leading whitespace are skipped. */
    @Override
    public boolean accepts(byte[] head, String fileName) {
        String start = headText(head);
        return start.startsWith("<") && MARKUP.matcher(start).find();
    }

    private static String headText(byte[] head) {
        int n = Math.min(head.length, 1024);
        if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return new String(head, 2, n - 2, StandardCharsets.UTF_16LE).strip();
        }
        if (n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return new String(head, 2, n - 2, StandardCharsets.UTF_16BE).strip();
        }
        int from = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(head, from, n - from, StandardCharsets.ISO_8859_1).strip();
    }

    @Override
    public ReadDocument read(String source, byte[] bytes) throws UnreadableReportException {
        HtmlCharset.Decoded decoded = HtmlCharset.decode(bytes);
        Document page = Jsoup.parse(decoded.text());
        dropNonContent(page);
        Element body = reportBody(page);
        if (body == null) throw new UnreadableReportException(source, "网页中没有找到年度报告正文");
        List<TextLine> lines = new ArrayList<>();
        new Walker(lines).walk(body);
        if (lines.isEmpty()) throw new UnreadableReportException(source, "网页中没有找到年度报告正文");
        return new ReadDocument(source, format(), decoded.charset().name(), lines);
    }

    /** Scripts, styles, navigation and form controls go, in one pass over the page (a selector per tag was slower). */
    private static void dropNonContent(Document page) {
        List<Element> dropped = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (DROPPED.contains(e.normalName())) dropped.add(e);
        }
        for (Element e : dropped) e.remove();
    }

    /**
     * The smallest element holding the report's tables and its title. Without tables (a report
     * whose tables were images), the smallest element holding the title and the part headings.
     */
    static Element reportBody(Document page) {
        List<Element> tables = new ArrayList<>();
        for (Element t : page.body().select("table")) {
            if (t.selectFirst("table table") == null && t.select("table").size() == 1 && REPORT_TABLE.matcher(t.text()).find()) {
                tables.add(t);
            }
        }
        List<Element> titles = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            String own = e.ownText();
            if (own.length() < 120 && TITLE.matcher(own).find()) titles.add(e);
        }
        Element root = null;
        for (Element t : tables) root = root == null ? t : commonAncestor(root, t);
        if (root == null) {
            for (Element e : page.body().getAllElements()) {
                String text = e.text();
                if (text.contains("总体情况") && (text.contains("主动公开") || text.contains("依申请公开"))) root = e;
            }
            // getAllElements is document order, so the last match is the deepest one on the path.
            if (root == null || titles.isEmpty() && !root.text().contains("年度报告")) return null;
        }
        Element best = root;
        int bestDepth = -1;
        for (Element title : titles) {
            Element common = commonAncestor(root, title);
            int depth = common.parents().size();
            if (depth > bestDepth) {
                best = common;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> ancestors = new java.util.HashSet<>();
        for (Element e = a; e != null; e = e.parent()) ancestors.add(e);
        for (Element e = b; e != null; e = e.parent()) if (ancestors.contains(e)) return e;
        return a.ownerDocument();
    }

    /** Walks the report element in document order, emitting paragraphs and table rows. */
    private static final class Walker {
        private final List<TextLine> lines;
        private final StringBuilder current = new StringBuilder();

        Walker(List<TextLine> lines) {
            this.lines = lines;
        }

        void walk(Element root) {
            visit(root);
            flush();
        }

        private void visit(Node node) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("table") && e.selectFirst("table table") == null && e.select("table").size() == 1) {
                flush();
                addTable(e);
                return;
            }
            boolean block = BLOCKS.contains(tag);
            if (block) flush();
            for (Node child : e.childNodes()) visit(child);
            if (block) flush();
        }

        private void flush() {
            String text = normalise(current.toString());
            current.setLength(0);
            if (!text.isEmpty()) lines.add(TextLine.paragraph(lines.size() + 1, null, text));
        }

        /** Expands rowspan/colspan: each slot a merged cell covers below its first row is a blank cell in its column. */
        private void addTable(Element table) {
            Map<Integer, Map<Integer, Integer>> taken = new HashMap<>(); // row -> column -> span of the merged cell
            List<List<GridCell>> rows = new ArrayList<>();
            int r = 0;
            for (Element tr : table.select("tr")) {
                List<GridCell> row = new ArrayList<>();
                Map<Integer, Integer> covered = taken.getOrDefault(r, Map.of());
                int col = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                    while (covered.containsKey(col)) {
                        int span = covered.get(col);
                        row.add(new GridCell("", col, span));
                        col += span;
                    }
                    int colspan = span(td.attr("colspan"), 1000);
                    int rowspan = span(td.attr("rowspan"), 1000);
                    row.add(new GridCell(cellText(td), col, colspan));
                    for (int k = 1; k < rowspan; k++) taken.computeIfAbsent(r + k, x -> new HashMap<>()).put(col, colspan);
                    col += colspan;
                }
                for (Map.Entry<Integer, Integer> e : covered.entrySet()) {
                    if (e.getKey() >= col) row.add(new GridCell("", e.getKey(), e.getValue()));
                }
                rows.add(row);
                r++;
            }
            for (List<GridCell> row : rows) {
                TextLine line = GridCell.toLine(lines.size() + 1, null, row);
                if (line != null) lines.add(line);
            }
        }

        private static int span(String attr, int max) {
            // Most cells have no span attribute; a NumberFormatException per cell was a tenth of reading a page.
            if (attr.isBlank()) return 1;
            try {
                int v = Integer.parseInt(attr.strip());
                return v < 1 ? 1 : Math.min(v, max);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        /** A cell's text; paragraphs and line breaks inside it become "\n". */
        private static String cellText(Element td) {
            List<TextLine> inner = new ArrayList<>();
            Walker w = new Walker(inner);
            for (Node child : td.childNodes()) w.visit(child);
            w.flush();
            List<String> parts = new ArrayList<>();
            for (TextLine l : inner) parts.add(l.text());
            return String.join("\n", parts);
        }
    }

    /** Collapses HTML whitespace; a non-breaking space is whitespace too (an "&amp;nbsp;" cell is blank). */
    static String normalise(String s) {
        return HTML_SPACE.matcher(s).replaceAll(" ").strip();
    }
}
