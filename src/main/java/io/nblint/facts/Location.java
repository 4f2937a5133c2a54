package io.nblint.facts;

/**
 * Where a fact or finding sits in the report, precise enough for a clerk to find it:
 * the part (一…六), the table cell, and the line (TXT, DOCX, HTML) or page (PDF).
 * Every field may be null when it does not apply.
 *
 * @param part   canonical part number 1…6, or null
 * @param table  table name as printed in messages ("表二", "表三", "表四"), or null
 * @param row    canonical row key of a table cell (e.g. "R3.7"), or null
 * @param column canonical column key of a table cell (e.g. "total"), or null
 * @param label  human-readable position, e.g. "表三「（七）总计」行「自然人」列"
 * @param line   1-based line number in the extracted text, or null
 * @param page   1-based page number (PDF only), or null
 */
public record Location(Integer part, String table, String row, String column, String label,
                       Integer line, Integer page) {

    public static Location ofLine(Integer part, Integer line, Integer page, String label) {
        return new Location(part, null, null, null, label, line, page);
    }

    public static Location document(String label) {
        return new Location(null, null, null, null, label, null, null);
    }

    /** "第12行" / "第3页第12行" style suffix for messages. */
    public String where() {
        StringBuilder b = new StringBuilder();
        if (label != null) b.append(label);
        if (page != null) b.append(b.length() > 0 ? "，" : "").append("第").append(page).append("页");
        if (line != null) b.append(b.length() > 0 && page == null ? "，" : "").append("第").append(line).append("行");
        return b.toString();
    }
}
