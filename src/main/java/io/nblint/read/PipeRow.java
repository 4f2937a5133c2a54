package io.nblint.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table row written with vertical bars, as text copied out of web pages and Markdown-like exports
 * have it: "规章 | 0 | 0 | 0 |" or "| 规章 | 0 | 0 | 0 |". Bars never occur in report prose, so a
 * line is taken for a row when a bar stands between or after its cells, with spaces around it or at
 * an end of the line.
 */
final class PipeRow {
    private static final Pattern BAR = Pattern.compile("[|｜]");
    /** A bar with a space on one side, or at the start or end of the line. */
    private static final Pattern ROW = Pattern.compile("(^\\s*[|｜])|([|｜]\\s*$)|(\\s[|｜])|([|｜]\\s)");
    private static final Pattern RULE = Pattern.compile("^[\\s|｜:：\\-—–]+$");

    private PipeRow() {
    }

    /**
     * The cells of a bar-separated row (outer bars dropped, inner empty fields kept, as they hold
     * the column alignment); an empty array for a Markdown rule line "|---|---|"; null when the line
     * is not a bar-separated row.
     */
    static String[] cells(String line) {
        if (line.indexOf('|') < 0 && line.indexOf('｜') < 0) return null;
        if (!ROW.matcher(line).find()) return null;
        if (RULE.matcher(line).matches()) return line.contains("-") || line.contains("—") ? new String[0] : null;
        List<String> fields = new ArrayList<>(List.of(BAR.split(line, -1)));
        if (!fields.isEmpty() && CellSpaces.trim(fields.get(0)).isEmpty()) fields.remove(0);
        if (!fields.isEmpty() && CellSpaces.trim(fields.get(fields.size() - 1)).isEmpty()) fields.remove(fields.size() - 1);
        if (fields.isEmpty()) return null;
        return fields.toArray(new String[0]);
    }
}
