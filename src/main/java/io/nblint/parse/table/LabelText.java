package io.nblint.parse.table;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Row and column labels as compared by the table parsers. Real reports write the template labels
 * with full-width or half-width brackets and digits, curly or straight quotes, spaces and line
 * breaks inside ("商业\n企业", "结果 维持") and numbering in several styles ("1.", "1、", "1．",
 * "(一)", "（一）", "一、"); all of that is removed before matching.
 */
public final class LabelText {
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^]]*]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』]");
    /** One leading ordinal: 一、 / (一) / 1. / 1、 / (1) / ① — applied repeatedly. */
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d{1,2}[.、,)]|\\(\\d{1,2}\\)|[①-⑳])");

    /** NFKC plus four regexes per label was a tenth of a batch's parse time; labels recur in every report. */
    private static final PureMemo<String> NORMALIZED = new PureMemo<>(LabelText::computeNormalize, 20_000);
    private static final PureMemo<String> CORES = new PureMemo<>(LabelText::computeCore, 20_000);

    private LabelText() { }

    /** NFKC, no whitespace, no quotes, no Word bookmarks; brackets and digits become half-width. */
    public static String normalize(String s) {
        if (s == null) return "";
        return NORMALIZED.apply(s);
    }

    /** The label without its leading ordinals: "三、(七)总计" → "总计", "1.属于国家秘密" → "属于国家秘密". */
    public static String core(String s) {
        if (s == null) return "";
        return CORES.apply(s);
    }

    private static String computeNormalize(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = BOOKMARK.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll("");
        t = QUOTES.matcher(t).replaceAll("");
        return t.replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')');
    }

    private static String computeCore(String s) {
        String t = normalize(s);
        String prev;
        do {
            prev = t;
            t = ORDINAL.matcher(t).replaceFirst("");
        } while (!t.equals(prev) && !t.isEmpty());
        return t;
    }
}
