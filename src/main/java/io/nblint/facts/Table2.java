package io.nblint.facts;

import java.util.List;

/** Table 二 as a whole. See {@link Table}; its cells are {@link Table2Cell} facts. */
public class Table2 extends Table {
    public Table2(FormatVersion format, TableState state, Integer startLine, Integer endLine, Integer page, List<String> problems) {
        super(format, state, startLine, endLine, page, problems);
    }

    @Override
    public String getName() { return "表二"; }

    @Override
    public int getPart() { return 2; }
}
