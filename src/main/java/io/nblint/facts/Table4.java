package io.nblint.facts;

import java.util.List;

/** Table 四 as a whole. See {@link Table}; its cells are {@link Table4Cell} facts. */
public class Table4 extends Table {
    public Table4(FormatVersion format, TableState state, Integer startLine, Integer endLine, Integer page, List<String> problems) {
        super(format, state, startLine, endLine, page, problems);
    }

    @Override
    public String getName() { return "表四"; }

    @Override
    public int getPart() { return 4; }
}
