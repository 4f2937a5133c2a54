package io.nblint.render;

/** Escaping and the shared print stylesheet of the HTML exports: self-contained, A4, no external resources. */
final class HtmlPage {
    private HtmlPage() {
    }

    static String esc(Object o) {
        if (o == null) return "";
        String s = o.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + esc(title) + "</title>\n"
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n";
    }

    static final String TAIL = "</body>\n</html>\n";

    // System fonts only (no web fonts): the page must print the same offline.
    private static final String CSS = """
            @page { size: A4; margin: 18mm 16mm 18mm 16mm; }
            body { font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 11pt; color: #000; line-height: 1.6; margin: 0 auto; max-width: 180mm; }
            h1 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; margin: 0 0 6mm; }
            h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 13pt; margin: 6mm 0 2mm; page-break-after: avoid; break-after: avoid; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #444; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
            th { background: #eee; white-space: nowrap; }
            table.summary th { width: 28mm; }
            .finding { border: 1px solid #444; margin: 0 0 4mm; padding: 2mm 3mm; page-break-inside: avoid; break-inside: avoid; }
            .finding .title { font-weight: bold; }
            .sev-ERROR { color: #a00; } .sev-WARNING { color: #a60; } .sev-NOTICE { color: #036; }
            .uncertain { border-style: dashed; }
            blockquote { margin: 1mm 0 1mm 4mm; padding-left: 3mm; border-left: 2px solid #888; white-space: pre-wrap; overflow-wrap: anywhere; }
            .label { color: #333; }
            .note { font-size: 9.5pt; color: #333; margin-top: 6mm; }
            td.num { text-align: right; white-space: nowrap; }
            table.board { table-layout: fixed; font-size: 10pt; line-height: 1.35; }
            table.board th { white-space: normal; padding: 1mm; text-align: center; }
            table.board td { padding: 1mm 1.2mm; }
            table.board td.file { word-break: break-all; font-size: 8.5pt; }
            table.board td.unchecked { font-size: 9pt; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; break-inside: avoid; }
            td { overflow-wrap: anywhere; }
            @media print { body { max-width: none; } a { color: #000; text-decoration: none; } }
            """;
}
