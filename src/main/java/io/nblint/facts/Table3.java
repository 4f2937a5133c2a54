package io.nblint.facts;

import java.util.List;

/** Table 三 as a whole. See {@link Table}; its cells are {@link Table3Cell} facts. */
public class Table3 extends Table {
    public Table3(FormatVersion format, TableState state, Integer startLine, Integer endLine, Integer page, List<String> problems) {
        super(format, state, startLine, endLine, page, problems);
    }

    @Override
    public String getName() { return "表三"; }

    @Override
    public int getPart() { return 3; }
}
