package io.nblint.facts;

import java.math.BigDecimal;

/**
 * A figure quoted in the prose that the tables also give, e.g. "新收政府信息公开申请数量 2 件"
 * or "未收到政府信息公开申请" (0). Used by text-vs-table rules (T3-11, T4-06), which only warn:
 * prose is loose and the parser takes only phrasings it recognises.
 */
public class QuotedNumber implements Locatable {
    private final String table;
    private final String row;
    private final String column;
    private final String topic;
    private final BigDecimal value;
    private final String sentence;
    private final String fragment;
    private final int part;
    private final int line;
    private final Integer page;

    public QuotedNumber(String table, String row, String column, String topic, BigDecimal value, String sentence,
                        String fragment, int part, int line, Integer page) {
        this.table = table;
        this.row = row;
        this.column = column;
        this.topic = topic;
        this.value = value;
        this.sentence = sentence;
        this.fragment = fragment;
        this.part = part;
        this.line = line;
        this.page = page;
    }

    /** Table whose cell the figure refers to: "表三" or "表四". */
    public String getTable() { return table; }

    /**
     * Row key of that cell (e.g. "R1" new applications, "R3.7" handled, "R4" carried over; "review" for 行政复议,
     * "direct" for 未经复议直接起诉). "litigation" is not a table row: prose rarely tells 直接起诉 from 复议后起诉,
     * so a 行政诉讼 figure is to be compared with direct.total + after_review.total.
     */
    public String getRow() { return row; }

    /** Column key of that cell (usually "total"). */
    public String getColumn() { return column; }

    /** What the figure counts, in Chinese ("本年新收申请", "行政复议"). */
    public String getTopic() { return topic; }

    public BigDecimal getValue() { return value; }

    public long getCount() { return value.longValue(); }

    /** The whole sentence the figure stands in. */
    public String getSentence() { return sentence; }

    /** The matched words, e.g. "新收政府信息公开申请数量 2 件". */
    public String getFragment() { return fragment; }

    public int getPart() { return part; }

    public int getLine() { return line; }

    @Override
    public Location getLocation() { return Location.ofLine(part == 0 ? null : part, line, page, "正文「" + fragment + "」"); }

    @Override
    public String getEvidence() { return sentence; }
}
