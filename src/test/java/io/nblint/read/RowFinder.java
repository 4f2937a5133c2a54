package io.nblint.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Test aid: finds table rows by their label and reads the numbers at given grid columns. */
final class RowFinder {
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d+\\s*[.、．]))+\\s*");

    private final List<TextLine> rows;

    RowFinder(ReadDocument doc) {
        rows = doc.lines().stream().filter(TextLine::isTableRow).toList();
    }

    static String stripEnumerators(String label) {
        return ENUMERATOR.matcher(label.replaceAll("\\s+", "")).replaceFirst("");
    }

    /**
     * The first row (from index {@code after}) whose innermost label cell — the last non-blank cell
     * left of {@code firstValueColumn} — starts with {@code label} once enumerators are stripped.
     */
    Optional<TextLine> row(String label, int firstValueColumn) {
        String wanted = stripEnumerators(label);
        for (TextLine row : rows) {
            String inner = null;
            for (Cell c : row.cells()) {
                if (c.column() < firstValueColumn && !c.isEmpty()) inner = c.text();
            }
            if (inner == null) continue;
            String have = stripEnumerators(inner);
            // Short labels ("其他", "总计") must match whole: "其他" is also the start of "其他法律…".
            if (have.equals(wanted) || wanted.length() >= 4 && have.startsWith(wanted)) return Optional.of(row);
        }
        return Optional.empty();
    }

    /** The cell texts at columns first..first+count-1 (null where the row has no cell starting there). */
    static List<String> texts(TextLine row, int first, int count) {
        List<String> out = new ArrayList<>();
        for (int col = first; col < first + count; col++) {
            String text = null;
            for (Cell c : row.cells()) if (c.column() == col) text = c.text();
            out.add(text);
        }
        return out;
    }

    static List<BigDecimal> numbers(TextLine row, int first, int count) {
        List<BigDecimal> out = new ArrayList<>();
        for (String t : texts(row, first, count)) {
            out.add(t == null || t.isBlank() ? null : new BigDecimal(t.replaceAll("[\\s,]", "").replace("万元", "")));
        }
        return out;
    }

    List<TextLine> rows() {
        return rows;
    }
}
