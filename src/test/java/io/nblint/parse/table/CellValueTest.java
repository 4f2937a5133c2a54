package io.nblint.parse.table;

import io.nblint.facts.CellState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CellValueTest {
    private static void number(String raw, String value, String unit) {
        CellValue v = CellValue.of(raw);
        assertEquals(CellState.NUMBER, v.state(), raw);
        assertEquals(0, new BigDecimal(value).compareTo(v.value()), raw);
        assertEquals(unit, v.unit(), raw);
    }

    @Test
    void numbers() {
        number("0", "0", null);
        number("10.78 万元", "10.78", "万元");
        number("251000元", "251000", "元");
        number("5件", "5", "件");
        number("1,234", "1234", null);
        number("１２３", "123", null);
        number("０．５", "0.5", null);
        number("-8", "-8", null);
        number("－8", "-8", null);
        number("\u00A00", "0", null);
    }

    @Test
    void placeholdersBlanksAndText() {
        for (String p : new String[] {"/", "／", "-", "—", "——", "－", "\\", "无"}) {
            assertEquals(CellState.PLACEHOLDER, CellValue.of(p).state(), p);
        }
        for (String b : new String[] {"", "  ", "\u00A0", "&nbsp;", "\u3000"}) {
            assertEquals(CellState.BLANK, CellValue.of(b).state(), "[" + b + "]");
        }
        CellValue text = CellValue.of("见附件");
        assertEquals(CellState.TEXT, text.state());
        assertEquals("见附件", text.raw());
        assertNull(text.value());
    }

    @Test
    void labelsAreNormalised() {
        assertEquals("商业企业", LabelText.core("商业\n企业"));
        assertEquals("结果维持", LabelText.core("结果 维持"));
        assertEquals("属于国家秘密", LabelText.core("1．属于国家秘密"));
        assertEquals("其他", LabelText.core("3、其他"));
        assertEquals("总计", LabelText.core("（七）总计"));
        assertEquals("危及三安全一稳定", LabelText.core("3.危及“三安全一稳定”"));
        assertEquals("第二十条第(一)项", LabelText.core("第二十条 第（一）项"));
    }
}
