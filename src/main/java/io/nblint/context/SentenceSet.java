package io.nblint.context;

import io.nblint.facts.Part;
import io.nblint.facts.ReportFacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report's prose as a set of normalised sentences, kept as 64-bit hashes so a batch can hold
 * every report's set cheaply. Table rows are left out (their labels are the same in every report),
 * digits are masked so "2024年…" and "2023年…" count as the same sentence, and short sentences
 * (headings, "无") are ignored.
 */
public final class SentenceSet {
    private static final Pattern SPLIT = Pattern.compile("[。！？；!?;\\n]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9〇零一二三四五六七八九十百千万]+(?=[年月日件条项份次个人])|[0-9]+");

    private final Map<Long, String> sentences;

    private SentenceSet(Map<Long, String> sentences) {
        this.sentences = sentences;
    }

    public static SentenceSet of(ReportFacts facts, int minChars) {
        Map<Long, String> map = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        if (facts.report().getIntro() != null) texts.add(facts.report().getIntro());
        for (Part p : facts.parts()) texts.add(p.getText());
        for (String text : texts) {
            for (String line : text.split("\n")) {
                if (line.indexOf('\t') >= 0) continue; // a table row
                for (String s : SPLIT.split(line)) {
                    String n = normalise(s);
                    if (n.length() >= minChars) map.putIfAbsent(hash(n), s.trim());
                }
            }
        }
        return new SentenceSet(map);
    }

    /** Hashes only: what the batch keeps of a prior report's text. */
    public Set<Long> hashes() {
        return new HashSet<>(sentences.keySet());
    }

    public int size() { return sentences.size(); }

    /** Sentences of this set whose hash is in {@code other}, as written. */
    public List<String> sharedWith(Set<Long> other) {
        List<String> shared = new ArrayList<>();
        for (var e : sentences.entrySet()) if (other.contains(e.getKey())) shared.add(e.getValue());
        return shared;
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean digits = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (dropped(c)) continue;
            digits |= c >= '0' && c <= '9' || "〇零一二三四五六七八九十百千万".indexOf(c) >= 0;
            b.append(c);
        }
        // The digit pattern is tried at every position; most sentences have nothing for it to mask.
        return digits ? DIGITS.matcher(b).replaceAll("#") : b.toString();
    }

    /** What the pattern [\s\p{Z}*] matches: ASCII whitespace, Unicode space separators, and markdown's '*'. */
    private static boolean dropped(char c) {
        if (c == ' ' || c == '*' || (c >= '\t' && c <= '\r')) return true;
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** FNV-1a 64: collisions among a few hundred sentences are negligible. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
