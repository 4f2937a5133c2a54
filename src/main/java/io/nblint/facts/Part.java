package io.nblint.facts;

/**
 * One of the six mandatory parts, found by its heading. Inserted only for parts that are present.
 * The canonical number comes from what the heading says ("存在的主要问题及改进情况" is part 5
 * whatever numeral precedes it); the numeral as written is kept for numbering checks.
 */
public class Part implements Locatable {
    /** Canonical titles of parts 1…6 in the 2021 format. */
    public static final String[] TITLES = {
        "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"
    };

    private final int number;
    private final String numeral;
    private final String heading;
    private final int order;
    private final String text;
    private final int startLine;
    private final int endLine;
    private final Integer page;

    public Part(int number, String numeral, String heading, int order, String text, int startLine, int endLine, Integer page) {
        this.number = number;
        this.numeral = numeral;
        this.heading = heading;
        this.order = order;
        this.text = text;
        this.startLine = startLine;
        this.endLine = endLine;
        this.page = page;
    }

    /** Canonical part number 1…6 (一…六), decided by the heading's wording. */
    public int getNumber() { return number; }

    /** The numeral as written before the heading ("一", "1", "四"); empty if the heading had none. */
    public String getNumeral() { return numeral; }

    /** Heading as written, e.g. "五、存在的主要问题及改进情况". */
    public String getHeading() { return heading; }

    /** Canonical title of this part ({@link #TITLES}). */
    public String getTitle() { return TITLES[number - 1]; }

    /** 0-based position among the headings found, in reading order. */
    public int getOrder() { return order; }

    /** Body text under the heading up to the next part heading (tables included as tab-joined lines). */
    public String getText() { return text; }

    /** Body length in characters, whitespace excluded. */
    public int getTextLength() { return text.replaceAll("\\s", "").length(); }

    public int getStartLine() { return startLine; }

    public int getEndLine() { return endLine; }

    @Override
    public Location getLocation() { return Location.ofLine(number, startLine, page, "第" + "一二三四五六".charAt(number - 1) + "部分"); }

    @Override
    public String getEvidence() { return heading; }
}
