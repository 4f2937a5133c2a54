package io.nblint.parse;

import io.nblint.facts.FeeStatement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every sentence about the information processing fee (信息处理费, 国办函〔2020〕109号) and reads
 * the three figures the 2021 format asks for: notices issued, their amount, and the amount collected.
 * "信息处理费" and "信息公开处理费" always count; a bare "处理费" only in a sentence that is about
 * 信息公开 or 申请 (other 处理费 exist: 污水处理费, 垃圾处理费).
 */
final class FeeStatementExtractor {
    private static final Pattern FEE = Pattern.compile("信息(?:公开)?处理费");
    private static final Pattern BARE_FEE = Pattern.compile("处理费");
    private static final Pattern FEE_CONTEXT = Pattern.compile("信息公开|申请");

    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final String UNIT = "(万元|元)";
    private static final String NOTICE = "(?:收费|缴费)通知(?:书|单)?";

    /** "发出收费通知3件", "收费通知书2份", "共发出收费通知共计3件". */
    private static final Pattern NOTICES_AFTER = Pattern.compile(NOTICE + "(?:共计|合计|总计|共|数量|为|:)*(\\d+)(?:件|份|次|个|张)");
    /** "发出3份收费通知". */
    private static final Pattern NOTICES_BEFORE = Pattern.compile("(\\d+)\\s*(?:件|份|次|个|张)" + NOTICE);
    /** "未发出收费通知", "没有开具收费通知书". */
    private static final Pattern NO_NOTICES = Pattern.compile("(?:未|没有|无|不)(?:向申请人)?(?:发出|出具|开具|下发|送达|发放|制发)?(?:过)?(?:任何)?" + NOTICE);
    /** Amount of the notices: "收费通知…金额共计1200元", "收费通知3件，共计1200元", "应收…1200元". */
    private static final Pattern NOTICE_AMOUNT = Pattern.compile(
            "(?:(?:通知|应收|应缴)(?:的|书)?(?:总)?金额|" + NOTICE + "\\d+\\s*(?:件|份|次|个|张)[,，]?(?:金额)?)(?:共计|合计|总计|共|为|:)*" + NUM + "\\s*" + UNIT);
    /** "实际收取信息处理费共计400元", "收取政府信息公开信息处理费0.04万元", "收取0元": a few words may stand between. */
    private static final Pattern COLLECTED = Pattern.compile(
            "(?:实际)?(?:收取|收缴|收到|征收|缴纳)(?:了)?[^,，;；\\d]{0,14}?(?:共计|合计|总计|共|金额|为|:)*" + NUM + "\\s*" + UNIT);
    private static final Pattern NONE_COLLECTED = Pattern.compile(
            "未收取|没有收取|未产生|不收取|未收费|未曾收取|无收取|未发生(?:[^,，]{0,10})?(?:收费|处理费)");

    /** A subsection heading such as "（二）收取信息处理费情况": names the fee but states nothing. */
    private static final Pattern HEADING = Pattern.compile("^(?:[(（]?[一二三四五六七八九十\\d]{1,2}[)）、.]?)?[^,，]{0,20}情况[:：]?$");

    private FeeStatementExtractor() {
    }

    static List<FeeStatement> extract(List<Sentence> sentences, PartLayout layout) {
        List<FeeStatement> fees = new ArrayList<>();
        for (Sentence s : sentences) {
            String t = Halfwidth.compact(s.text());
            boolean about = FEE.matcher(t).find() || (BARE_FEE.matcher(t).find() && FEE_CONTEXT.matcher(t).find());
            if (!about || HEADING.matcher(t).matches()) continue;
            Integer notices = null;
            boolean noNotices = NO_NOTICES.matcher(t).find();
            Matcher m = NOTICES_AFTER.matcher(t);
            if (m.find()) notices = Integer.valueOf(m.group(1));
            else if ((m = NOTICES_BEFORE.matcher(t)).find()) notices = Integer.valueOf(m.group(1));
            if (notices != null && notices == 0) noNotices = true;
            if (noNotices && notices == null) notices = 0;

            BigDecimal noticeAmount = null;
            m = NOTICE_AMOUNT.matcher(t);
            if (m.find()) noticeAmount = Amounts.yuan(m.group(1), m.group(2));
            else if (noNotices) noticeAmount = BigDecimal.ZERO;

            BigDecimal collected = null;
            m = COLLECTED.matcher(t);
            if (m.find()) collected = Amounts.yuan(m.group(1), m.group(2));
            boolean none = NONE_COLLECTED.matcher(t).find() || (collected != null && collected.signum() == 0);
            if (none && collected == null) collected = BigDecimal.ZERO;

            fees.add(new FeeStatement(s.text(), layout.partOfLine(s.line()), s.line(), s.page(), notices,
                    noticeAmount, collected, none, noNotices));
        }
        return fees;
    }
}
