package io.nblint.facts;

import java.math.BigDecimal;

/** A cell of table 四. Rows are the three groups: review 行政复议, direct 未经复议直接起诉, after_review 复议后起诉. Columns: upheld 结果维持, corrected 结果纠正, other 其他结果, pending 尚未审结, total 总计. */
public class Table4Cell extends TableCell {
    public Table4Cell(String row, String column, String rowLabel, String columnLabel, String raw,
                      CellState state, BigDecimal value, String unit, Integer line, Integer page) {
        super(row, column, rowLabel, columnLabel, raw, state, value, unit, line, page);
    }

    @Override
    public String getTable() { return "表四"; }

    @Override
    public int getPart() { return 4; }
}
