package io.nblint.parse;

import io.nblint.facts.QuotedNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes from the prose the figures that tables 三 and 四 also give (rules T3-11, T4-06), only in
 * phrasings that cannot mean anything else; a missed figure costs nothing, a wrong one a false finding.
 *
 * <ul>
 *   <li>表三 R1 total: "新收政府信息公开申请数量 2 件", "收到政府信息公开申请5件", "未收到政府信息公开申请",
 *       "未收到任何形式的政府信息公开申请", "未收到依申请公开事项" (0)</li>
 *   <li>表三 R3.7 total: "办结12件", only in a sentence about 政府信息公开申请</li>
 *   <li>表三 R4 total: "结转下年度1件", only in a sentence about 申请</li>
 *   <li>表四 review total: "行政复议3件", "未发生…行政复议" (0), in a sentence about 信息公开</li>
 *   <li>表四 direct total: only when the text says 直接起诉 ("直接起诉1件")</li>
 *   <li>表四 row {@code litigation}, column total: "行政诉讼2件", "未发生…行政诉讼" (0). The table has no
 *       such cell: text rarely tells 直接起诉 from 复议后起诉, so this figure is to be compared with
 *       direct.total + after_review.total.</li>
 * </ul>
 */
final class QuotedNumberExtractor {
    static final String LITIGATION = "litigation";

    private static final String COUNT_UNIT = "(?:件|个|份|宗|条|起)";
    private static final String FILLER = "(?:共计|合计|总计|共|为|:)*";
    private static final String APPLICATION = "(?:政府信息公开申请|依申请公开申请|信息公开申请)";

    private static final Pattern NEW_APPLICATIONS = Pattern.compile(
            "(?:新收|收到|接收|受理|接到)(?:到)?(?:各类|的)?" + APPLICATION + "(?:数量|件数)?" + FILLER + "(\\d+)" + COUNT_UNIT);
    private static final Pattern NO_APPLICATIONS = Pattern.compile(
            "(?:未|没有)(?:收到|接到|接收到?|受理|新收)过?(?:任何)?(?:形式的?)?的?"
                    + "(?:" + APPLICATION + "|依申请公开的?(?:申请|事项)?)");
    private static final Pattern HANDLED = Pattern.compile("办结(?:" + APPLICATION + "|申请)?" + FILLER + "(\\d+)件");
    private static final Pattern CARRIED = Pattern.compile(
            "结转(?:至)?下一?年度?(?:继续)?(?:办理)?的?(?:申请)?" + FILLER + "(\\d+)件");
    /** Verbs that make the organ the reconsideration body (a 司法局 "受理行政复议申请12件"), not the respondent. */
    private static final String NOT_AS_BODY = "(?<!受理|办理|审理|收到|办结|审结|承办|接收|接到)";
    private static final Pattern REVIEW = Pattern.compile(NOT_AS_BODY + "行政复议(?:案件|申请|案)?" + FILLER + "(\\d+)" + COUNT_UNIT);
    private static final Pattern DIRECT = Pattern.compile(
            "直接(?:提起)?(?:行政)?(?:起诉|诉讼)(?:案件)?" + FILLER + "(\\d+)" + COUNT_UNIT);
    private static final Pattern LITIGATION_COUNT = Pattern.compile(NOT_AS_BODY + "行政诉讼(?:案件|案)?" + FILLER + "(\\d+)" + COUNT_UNIT);
    private static final Pattern BOTH = Pattern.compile(
            "行政复议[和、与及]行政诉讼(?:案件)?(?:均为|均|各|都为|都是|分别为)(\\d+)" + COUNT_UNIT);
    /** Negations that may stand anywhere before the subject in the clause. */
    private static final Pattern NEGATION = Pattern.compile(
            "(?:未|没有)(?:收到|接到|发生|产生|出现|涉及|被提起|被申请|被)过?|^(?:全年|本年度?|今年|\\d{4}年度?)?(?:均|也|亦)?无");
    private static final int NEGATION_REACH = 25;

    private QuotedNumberExtractor() {
    }

    static List<QuotedNumber> extract(List<Sentence> sentences, PartLayout layout) {
        List<QuotedNumber> quotes = new ArrayList<>();
        for (Sentence s : sentences) {
            // Every figure taken needs 申请 or 信息公开 in the sentence; most sentences have neither.
            String raw = s.text();
            if (raw.indexOf('申') < 0 && raw.indexOf('公') < 0) continue;
            new Reading(s, layout.partOfLine(s.line()), quotes).read();
        }
        return quotes;
    }

    /** One sentence being read; keeps at most one figure per cell. */
    private static final class Reading {
        private final Sentence sentence;
        private final int part;
        private final List<QuotedNumber> out;
        private final CompactText text;
        private final Set<String> rows = new HashSet<>();

        Reading(Sentence sentence, int part, List<QuotedNumber> out) {
            this.sentence = sentence;
            this.part = part;
            this.out = out;
            this.text = new CompactText(sentence.text());
        }

        void read() {
            String t = text.text();
            boolean aboutApplications = t.contains("申请") && (t.contains("信息公开") || t.contains("依申请"));
            boolean aboutDisclosure = t.contains("信息公开");

            if (aboutApplications) {
                count(NEW_APPLICATIONS, "表三", "R1", "本年新收政府信息公开申请");
                if (t.contains("未") || t.contains("没有")) zero(NO_APPLICATIONS, "表三", "R1", "本年新收政府信息公开申请");
                if (t.contains("办结")) count(HANDLED, "表三", "R3.7", "本年办结政府信息公开申请");
            }
            // Each pattern is tried at every position; the word it cannot do without is looked for first.
            if (t.contains("申请") && t.contains("结转")) count(CARRIED, "表三", "R4", "结转下年度继续办理");
            if (aboutDisclosure && !t.contains("决定书") && (t.contains("复议") || t.contains("诉"))) {
                Matcher both = BOTH.matcher(t);
                if (both.find() && t.substring(0, both.start()).contains("信息公开")) {
                    add("表四", "review", "行政复议", both);
                    add("表四", LITIGATION, "行政诉讼", both);
                }
                caseCount(REVIEW, "表四", "review", "行政复议");
                caseCount(DIRECT, "表四", "direct", "未经复议直接起诉");
                caseCount(LITIGATION_COUNT, "表四", LITIGATION, "行政诉讼");
                negatedCases();
            }
        }

        private void count(Pattern p, String table, String row, String topic) {
            Matcher m = p.matcher(text.text());
            if (m.find()) add(table, row, topic, m);
        }

        /** A table 四 figure counts only after the sentence has said it is about 信息公开. */
        private void caseCount(Pattern p, String table, String row, String topic) {
            Matcher m = p.matcher(text.text());
            if (m.find() && text.text().substring(0, m.start()).contains("信息公开")) add(table, row, topic, m);
        }

        private void zero(Pattern p, String table, String row, String topic) {
            Matcher m = p.matcher(text.text());
            if (m.find()) add(table, row, topic, BigDecimal.ZERO, m.start(), m.end());
        }

        private void add(String table, String row, String topic, Matcher m) {
            add(table, row, topic, new BigDecimal(m.group(1)), m.start(), m.end());
        }

        private void add(String table, String row, String topic, BigDecimal value, int start, int end) {
            if (!rows.add(row)) return;
            out.add(new QuotedNumber(table, row, "total", topic, value, sentence.text(), text.original(start, end),
                    part, sentence.line(), sentence.page()));
        }

        /** "未发生…行政复议、行政诉讼", "无因政府信息公开申请导致行政复议与行政诉讼案件": zero, clause by clause. */
        private void negatedCases() {
            String t = text.text();
            int clauseStart = 0;
            for (String clause : t.split("[,，:：]", -1)) {
                int review = clause.indexOf("行政复议");
                int litigation = clause.indexOf("行政诉讼");
                if (litigation < 0 && review >= 0) {
                    // "行政复议和诉讼" names litigation without 行政.
                    int bare = clause.indexOf("诉讼", review);
                    if (bare >= 0) litigation = bare;
                }
                int first = review >= 0 ? review : litigation;
                if (first >= 0 && !clause.matches(".*\\d.*")) {
                    Matcher neg = NEGATION.matcher(clause);
                    int negStart = -1;
                    while (neg.find() && neg.start() < first) negStart = neg.start();
                    if (negStart >= 0 && first - negStart <= NEGATION_REACH) {
                        int end = Math.max(review, litigation) + 4;
                        end = Math.min(end, clause.length());
                        if (review >= 0) add("表四", "review", "行政复议", BigDecimal.ZERO, clauseStart + negStart, clauseStart + end);
                        if (litigation >= 0) add("表四", LITIGATION, "行政诉讼", BigDecimal.ZERO, clauseStart + negStart, clauseStart + end);
                    }
                }
                clauseStart += clause.length() + 1;
            }
        }
    }
}
