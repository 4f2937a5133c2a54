package io.nblint.read;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks the body of a WordprocessingML document (word/document.xml) and emits its paragraphs and
 * table rows in reading order. It reads what Word shows on the page, whatever wraps it:
 * <ul>
 *   <li>content controls ({@code w:sdt}) around paragraphs, tables, rows, cells or runs are unwrapped;</li>
 *   <li>tracked changes: inserted text ({@code w:ins}, {@code w:moveTo}) counts, deleted text
 *       ({@code w:del}, {@code w:delText}, {@code w:moveFrom}) does not; hidden runs ({@code w:vanish}) are skipped;</li>
 *   <li>text boxes ({@code w:txbxContent}) are read after the paragraph that anchors them; of an
 *       {@code mc:AlternateContent} only the first choice is read, never its VML fallback copy too;</li>
 *   <li>a table holding other tables is page layout: its cells are read as blocks, and the inner
 *       tables as tables;</li>
 *   <li>cells are placed on the grid: {@code w:gridBefore}, {@code w:gridSpan} and legacy
 *       {@code w:hMerge} advance the column; vertical-merge continuation cells stay blank in their column.</li>
 * </ul>
 */
final class WordBodyWalker {
    static final Set<String> W_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final List<TextLine> lines = new ArrayList<>();

    List<TextLine> walk(Element body) {
        blocks(body, lines::add, this::addParagraphText);
        return lines;
    }

    /** Receives the text of one paragraph (possibly several page lines). */
    private interface ParagraphSink {
        void accept(String text);
    }

    /** Receives a table row. */
    private interface RowSink {
        void accept(TextLine row);
    }

    // ---- block level -------------------------------------------------------------------------

    private void blocks(Element parent, RowSink rows, ParagraphSink paragraphs) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) block(e, rows, paragraphs);
        }
    }

    private void block(Element e, RowSink rows, ParagraphSink paragraphs) {
        if (isMc(e, "AlternateContent")) {
            Element chosen = alternative(e);
            if (chosen != null) blocks(chosen, rows, paragraphs);
            return;
        }
        if (!isW(e)) return;
        switch (e.getLocalName()) {
            case "p" -> paragraph(e, rows, paragraphs);
            case "tbl" -> table(e, rows, paragraphs);
            case "sdt" -> {
                Element content = child(e, "sdtContent");
                if (content != null) blocks(content, rows, paragraphs);
            }
            case "customXml", "ins", "moveTo", "smartTag" -> blocks(e, rows, paragraphs);
            default -> { }
        }
    }

    /** A paragraph's text, then the content of any text box anchored in it. */
    private void paragraph(Element p, RowSink rows, ParagraphSink paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Element> textBoxes = new ArrayList<>();
        inline(p, text, textBoxes);
        paragraphs.accept(text.toString());
        for (Element box : textBoxes) blocks(box, rows, paragraphs);
    }

    private void addParagraphText(String text) {
        for (String line : text.split("\\R")) {
            String stripped = CellSpaces.trim(line);
            if (!stripped.isEmpty()) lines.add(TextLine.paragraph(lines.size() + 1, null, stripped));
        }
    }

    // ---- run level ---------------------------------------------------------------------------

    private void inline(Element parent, StringBuilder text, List<Element> textBoxes) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (isMc(e, "AlternateContent")) {
                Element chosen = alternative(e);
                if (chosen != null) inline(chosen, text, textBoxes);
                continue;
            }
            if (!isW(e)) {
                // Drawing and VML containers: only text boxes inside them are report text.
                collectTextBoxes(e, textBoxes);
                continue;
            }
            switch (e.getLocalName()) {
                case "r" -> run(e, text, textBoxes);
                case "del", "moveFrom", "pPr", "rPr" -> { }
                case "sdt" -> {
                    Element content = child(e, "sdtContent");
                    if (content != null) inline(content, text, textBoxes);
                }
                case "txbxContent" -> textBoxes.add(e);
                default -> inline(e, text, textBoxes); // ins, moveTo, hyperlink, smartTag, fldSimple, customXml, dir, bdo
            }
        }
    }

    private void run(Element r, StringBuilder text, List<Element> textBoxes) {
        Element rPr = child(r, "rPr");
        if (rPr != null && child(rPr, "vanish") != null) return;
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (isMc(e, "AlternateContent")) {
                Element chosen = alternative(e);
                if (chosen != null) inline(chosen, text, textBoxes);
                continue;
            }
            if (!isW(e)) {
                collectTextBoxes(e, textBoxes);
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> text.append(e.getTextContent());
                case "tab", "ptab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "drawing", "pict", "object" -> collectTextBoxes(e, textBoxes);
                default -> { } // delText, instrText, fldChar, footnoteReference, sym, …
            }
        }
    }

    /** Finds text boxes in a drawing or VML shape, reading only the first choice of alternate content. */
    private void collectTextBoxes(Element e, List<Element> textBoxes) {
        if (isMc(e, "AlternateContent")) {
            Element chosen = alternative(e);
            if (chosen != null) collectTextBoxes(chosen, textBoxes);
            return;
        }
        if (isW(e) && e.getLocalName().equals("txbxContent")) {
            textBoxes.add(e);
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) collectTextBoxes(c, textBoxes);
        }
    }

    // ---- tables ------------------------------------------------------------------------------

    private void table(Element tbl, RowSink rows, ParagraphSink paragraphs) {
        List<Element> trs = new ArrayList<>();
        collect(tbl, "tr", trs);
        if (holdsTable(trs)) {
            // Layout table: the report is inside its cells.
            for (Element tr : trs) {
                List<Element> tcs = new ArrayList<>();
                collect(tr, "tc", tcs);
                for (Element tc : tcs) blocks(tc, rows, paragraphs);
            }
            return;
        }
        for (Element tr : trs) {
            Element trPr = child(tr, "trPr");
            if (trPr != null && child(trPr, "del") != null) continue; // a row deleted with changes tracked
            int column = gridBefore(tr);
            List<GridCell> cells = new ArrayList<>();
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs);
            for (Element tc : tcs) {
                Element pr = child(tc, "tcPr");
                int span = Math.max(1, intVal(pr == null ? null : child(pr, "gridSpan"), 1));
                Element hMerge = pr == null ? null : child(pr, "hMerge");
                if (hMerge != null && !"restart".equals(val(hMerge)) && !cells.isEmpty()) {
                    // Legacy horizontal merge: this cell continues the one on its left.
                    GridCell left = cells.remove(cells.size() - 1);
                    cells.add(new GridCell(left.text(), left.column(), left.span() + span));
                    column += span;
                    continue;
                }
                Element vMerge = pr == null ? null : child(pr, "vMerge");
                boolean continued = vMerge != null && !"restart".equals(val(vMerge));
                cells.add(new GridCell(continued ? "" : cellText(tc), column, span));
                column += span;
            }
            TextLine line = GridCell.toLine(lines.size() + 1, null, cells);
            if (line != null) rows.accept(line);
        }
    }

    /** True when some cell of these rows holds a table of its own. */
    private static boolean holdsTable(List<Element> trs) {
        for (Element tr : trs) {
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs);
            for (Element tc : tcs) {
                if (tc.getElementsByTagNameNS("*", "tbl").getLength() > 0) return true;
            }
        }
        return false;
    }

    /** The cell's paragraphs (text boxes included) joined with "\n", each line trimmed, blank ones dropped. */
    private String cellText(Element tc) {
        List<String> kept = new ArrayList<>();
        ParagraphSink sink = text -> {
            for (String line : text.split("\\R")) {
                String s = CellSpaces.trim(line);
                if (!s.isEmpty()) kept.add(s);
            }
        };
        blocks(tc, row -> sink.accept(row.text().replace('\t', ' ')), sink);
        return String.join("\n", kept);
    }

    /** Direct children named {@code name}, looking through content controls and custom XML around them. */
    private static void collect(Element parent, String name, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (isMc(e, "AlternateContent")) {
                Element chosen = alternative(e);
                if (chosen != null) collect(chosen, name, out);
                continue;
            }
            if (!isW(e)) continue;
            String local = e.getLocalName();
            if (local.equals(name)) {
                out.add(e);
            } else if (local.equals("sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) collect(content, name, out);
            } else if (local.equals("customXml") || local.equals("ins") || local.equals("moveTo")) {
                collect(e, name, out);
            }
        }
    }

    private static int gridBefore(Element tr) {
        Element pr = child(tr, "trPr");
        return pr == null ? 0 : Math.max(0, intVal(child(pr, "gridBefore"), 0));
    }

    // ---- XML helpers -------------------------------------------------------------------------

    /** The first mc:Choice of an alternate-content block, else its mc:Fallback: one copy, never both. */
    private static Element alternative(Element alternateContent) {
        Element fallback = null;
        for (Node n = alternateContent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !MC.equals(e.getNamespaceURI())) continue;
            if (e.getLocalName().equals("Choice")) return e;
            if (e.getLocalName().equals("Fallback") && fallback == null) fallback = e;
        }
        return fallback;
    }

    private static boolean isW(Element e) {
        return W_NAMESPACES.contains(e.getNamespaceURI());
    }

    private static boolean isMc(Element e, String local) {
        return MC.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    private static Element child(Element parent, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isW(e) && local.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private static String val(Element e) {
        for (String ns : W_NAMESPACES) {
            String v = e.getAttributeNS(ns, "val");
            if (!v.isEmpty()) return v;
        }
        return null;
    }

    private static int intVal(Element e, int fallback) {
        if (e == null) return fallback;
        String v = val(e);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
