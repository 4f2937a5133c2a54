package io.nblint.parse;

import io.nblint.read.TextLine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether one line is a part heading and which part it names. The canonical part comes from
 * the wording (spec §1.3 and its variants), never from the numeral: "1、 总体情况" is part 1 and
 * "五、政府信息公开工作存在的主要问题及改进举措" is part 5 whatever precedes them.
 *
 * <p>What is deliberately not a heading: bracketed subsections ("（一）主动公开情况"), enumerations
 * ("一是…"), and table 三's row labels ("一、本年新收政府信息公开申请数量", "三、本年度办理结果",
 * "四、结转下年度继续办理"), whose wording matches no part.
 */
final class PartHeadingMatcher {
    /** Marker before the wording: 一、 一． 一. 1、 1. 第一部分 (whitespace and ** already removed). */
    private static final Pattern MARKER = Pattern.compile(
            "^#*(?:第(?<ord>[一二三四五六七八九十]{1,2})(?:部分|章|项)[、:.,]?"
                    + "|(?<cn>[一二三四五六七八九十]{1,2})[、.,]"
                    + "|(?<ar>\\d{1,2})(?:[、,]|\\.(?!\\d)))(?<rest>.*)$");

    private static final Pattern[] STRICT = {
        Pattern.compile("^(?:政府信息公开|政务公开|信息公开)?(?:工作)?的?(?:总体情况|总体概述|总体概况|总体工作情况)"),
        Pattern.compile("^(?:主动公开的?政府信息|政府信息主动公开|主动公开政府信息工作)(?:工作)?的?情况"),
        Pattern.compile("^(?:收到[和及与、]处理政府信息公开申请|依申请公开政府信息(?:和不予公开政府信息)?|政府信息公开申请的?(?:收到|受理|办理|处理))"),
        Pattern.compile("^(?:因|关于)?(?:政府信息公开)?(?:工作|申请)?(?:引起|引发|被申请|被|的)?[^0-9]{0,4}行政复议[^0-9]{0,10}行政诉讼"),
        Pattern.compile("^(?:政府信息公开|政务公开|信息公开)?(?:工作)?中?(?:存在的?)?(?:主要)?的?问题(?:及|和|与|以及|、)?其?(?:改进|整改)"),
        Pattern.compile("^其他(?:需要|需|应当|应)报告的?事项"),
    };

    /** Short forms: only taken when the numeral written agrees with the part they name. */
    private static final Pattern[] LOOSE = {
        Pattern.compile("^(?:基本情况|概述|概况|工作概况)"),
        Pattern.compile("^主动公开(?:工作)?的?情况"),
        Pattern.compile("^依申请公开(?:工作)?的?(?:办理)?情况"),
        Pattern.compile("^(?:行政复议|复议)[、和及与]?(?:行政)?诉讼"),
        Pattern.compile("^(?:存在的?|主要)(?:主要)?问题"),
        Pattern.compile("^其他(?:事项|情况)"),
    };

    /**
     * What may follow the wording: a closing word ("情况", "举措") and then nothing or punctuation
     * with body text. Anything else means the words were part of a sentence ("主动公开政府信息情况良好的…").
     */
    private static final Pattern AFTER_WORDING = Pattern.compile(
            "^(?:的|案件|工作|方面)?(?:情况|举措|措施|方向|计划|思路)?(?:[。.:：;；,，(（\\[【].*)?$");

    /** What may end a wrapped heading: a closing word only, no body text. */
    private static final Pattern WHOLE_AFTER = Pattern.compile("^(?:的|案件|工作|方面)?(?:情况|举措|措施|方向|计划|思路)?$");

    /** A heading standing alone is short; longer lines only when body text follows after 。or ：. */
    private static final int MAX_HEADING = 40;

    private PartHeadingMatcher() {
    }

    /** The heading this line is, or null. */
    static PartHeading match(List<TextLine> lines, int index) {
        TextLine line = lines.get(index);
        if (line.isBlank()) return null;
        String written = line.text().strip();
        String compact = Halfwidth.compact(written);
        if (compact.isEmpty() || compact.length() > 200) return null;
        Matcher m = MARKER.matcher(compact);
        String numeral;
        Integer numeralValue;
        boolean chinese;
        String rest;
        if (m.matches()) {
            numeral = m.group("ar") != null ? m.group("ar") : m.group("cn") != null ? m.group("cn") : m.group("ord");
            numeralValue = ChineseNumerals.parse(numeral);
            chinese = m.group("ar") == null;
            rest = m.group("rest");
        } else {
            // An unnumbered heading must be exactly a canonical title on a line of its own, never a table cell.
            if (line.isTableRow() || written.contains("\t")) return null;
            // Nothing may follow an unnumbered heading (see matchWording), so it is never longer than a
            // heading: most prose lines stop here before a dozen patterns are tried on them.
            if (compact.length() > MAX_HEADING) return null;
            numeral = "";
            numeralValue = null;
            chinese = false;
            int hashes = 0;
            while (hashes < compact.length() && compact.charAt(hashes) == '#') hashes++;
            rest = compact.substring(hashes);
        }
        PartHeading h = matchWording(index, rest, numeral, numeralValue, chinese, written, compact, false);
        if (h != null || numeral.isEmpty() || line.isTableRow() || index + 1 >= lines.size()) return h;
        // A heading wrapped onto a second line (PDF and narrow Word layouts):
        // "四、政府信息公开行政复议、行政" + "诉讼情况". The second line is short and unnumbered.
        TextLine next = lines.get(index + 1);
        String nextCompact = Halfwidth.compact(next.text().strip());
        if (next.isTableRow() || nextCompact.isEmpty() || nextCompact.length() > 12 || MARKER.matcher(nextCompact).matches()) return null;
        return matchWording(index, rest + nextCompact, numeral, numeralValue, chinese,
                written + next.text().strip(), compact + nextCompact, true);
    }

    private static PartHeading matchWording(int index, String rest, String numeral, Integer numeralValue, boolean chinese,
                                            String written, String compact, boolean wrapped) {
        for (int n = 1; n <= 6; n++) {
            boolean strict;
            Matcher w = STRICT[n - 1].matcher(rest);
            if (w.find()) {
                strict = true;
            } else {
                w = LOOSE[n - 1].matcher(rest);
                if (!w.find() || numeralValue == null || numeralValue != n) continue;
                strict = false;
            }
            String after = rest.substring(w.end());
            if (!AFTER_WORDING.matcher(after).matches()) return null;
            if (numeral.isEmpty() && !after.matches("[^.:;,(\\[【。；，]*:?")) return null;
            // A wrapped heading is only taken when the joined text is the whole heading, nothing after.
            if (wrapped && !WHOLE_AFTER.matcher(after).matches()) return null;
            return heading(index, n, numeral, numeralValue, chinese, strict, written, compact, after, wrapped);
        }
        return null;
    }

    private static PartHeading heading(int index, int n, String numeral, Integer numeralValue, boolean chinese,
                                       boolean strict, String written, String compact, String after, boolean wrapped) {
        // Body text on the heading line ("六、其他需要报告的事项：无。") is cut off at the first 。or ：.
        int cut = firstOf(written, "。：:");
        String heading = written;
        String trailing = "";
        if (cut >= 0 && cut < written.length() - 1) {
            heading = written.substring(0, cut).strip();
            trailing = written.substring(cut + 1).strip();
        } else if (cut == written.length() - 1) {
            heading = written.substring(0, cut).strip();
        }
        if (Halfwidth.compact(heading).length() > MAX_HEADING) return null;
        if (trailing.isEmpty() && compact.length() > MAX_HEADING) return null;
        // A table row whose first cell happens to be a heading-like label carries numbers after it.
        if (written.contains("\t") && after.matches(".*\\d.*")) return null;
        return new PartHeading(index, n, numeral, numeralValue, chinese, strict, heading.replace("**", "").strip(), trailing, wrapped);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
