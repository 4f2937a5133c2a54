package io.nblint.facts;

import java.math.BigDecimal;

/**
 * A sentence about 信息处理费 (the information processing fee of 国办函〔2020〕109号), wherever it stands.
 * One fact per sentence that names the fee. Amounts are in 元 as written (万元 converted);
 * a figure the sentence does not give is null, and "未收取"-style statements set {@link #isNoneCollected()}.
 */
public class FeeStatement implements Locatable {
    private final String text;
    private final int part;
    private final int line;
    private final Integer page;
    private final Integer noticesIssued;
    private final BigDecimal noticeAmount;
    private final BigDecimal collectedAmount;
    private final boolean noneCollected;
    private final boolean noNotices;

    public FeeStatement(String text, int part, int line, Integer page, Integer noticesIssued, BigDecimal noticeAmount,
                        BigDecimal collectedAmount, boolean noneCollected, boolean noNotices) {
        this.text = text;
        this.part = part;
        this.line = line;
        this.page = page;
        this.noticesIssued = noticesIssued;
        this.noticeAmount = noticeAmount;
        this.collectedAmount = collectedAmount;
        this.noneCollected = noneCollected;
        this.noNotices = noNotices;
    }

    /** The sentence as written. */
    public String getText() { return text; }

    /** Canonical part (1…6) the sentence stands in; 0 when before part 一. */
    public int getPart() { return part; }

    public int getLine() { return line; }

    /** Number of fee notices (收费通知) issued, when stated. */
    public Integer getNoticesIssued() { return noticesIssued; }

    /** Total amount of the notices issued, in 元, when stated. */
    public BigDecimal getNoticeAmount() { return noticeAmount; }

    /** Amount actually collected, in 元, when stated (0 for "未收取"). */
    public BigDecimal getCollectedAmount() { return collectedAmount; }

    /** The sentence says no fee was collected ("未收取", "收取0元", "没有收取"). */
    public boolean isNoneCollected() { return noneCollected; }

    /** The sentence says no fee notice was issued ("未发出收费通知"). */
    public boolean isNoNotices() { return noNotices; }

    /** How many of the three figures (notices, their amount, collected) the sentence gives, zero statements included. */
    public int getFiguresGiven() {
        int n = 0;
        if (noticesIssued != null || noNotices) n++;
        if (noticeAmount != null || noNotices) n++;
        if (collectedAmount != null || noneCollected) n++;
        return n;
    }

    @Override
    public Location getLocation() { return Location.ofLine(part == 0 ? null : part, line, page, "信息处理费说明"); }

    @Override
    public String getEvidence() { return text; }
}
