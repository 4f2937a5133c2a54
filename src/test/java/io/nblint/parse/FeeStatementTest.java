package io.nblint.parse;

import io.nblint.facts.FeeStatement;
import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeeStatementTest {

    private static List<FeeStatement> fees(String... partSixLines) {
        String text = "某局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n六、其他需要报告的事项\n" + String.join("\n", partSixLines);
        ReportFacts f = AbsentTables.parser().parse(PlainLines.of("synthetic.txt", text));
        return f.fees();
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " vs " + actual);
    }

    @Test
    void allThreeFigures() {
        List<FeeStatement> fees = fees("本年度共发出收费通知3件，金额共计1200元，实际收取信息处理费共计400元。");
        assertEquals(1, fees.size());
        FeeStatement fee = fees.get(0);
        assertEquals(6, fee.getPart());
        assertEquals(5, fee.getLine());
        assertEquals(3, fee.getNoticesIssued());
        assertAmount("1200", fee.getNoticeAmount());
        assertAmount("400", fee.getCollectedAmount());
        assertFalse(fee.isNoneCollected());
        assertFalse(fee.isNoNotices());
        assertEquals(3, fee.getFiguresGiven());
    }

    @Test
    void tenThousandYuanAreConverted() {
        FeeStatement fee = fees("本机关收取政府信息公开信息处理费0.04万元。").get(0);
        assertAmount("400", fee.getCollectedAmount());
        assertNull(fee.getNoticesIssued());
        assertEquals(1, fee.getFiguresGiven());
    }

    @Test
    void zeroStatements() {
        FeeStatement fee = fees("本年度未发出收费通知，未收取信息处理费。").get(0);
        assertTrue(fee.isNoNotices());
        assertTrue(fee.isNoneCollected());
        assertEquals(0, fee.getNoticesIssued());
        assertAmount("0", fee.getCollectedAmount());
        assertEquals(3, fee.getFiguresGiven());

        FeeStatement zeroYuan = fees("收取信息处理费0元。").get(0);
        assertTrue(zeroYuan.isNoneCollected());

        FeeStatement notices = fees("发出收费通知书2份，申请人均未缴纳，没有收取信息处理费。").get(0);
        assertEquals(2, notices.getNoticesIssued());
        assertTrue(notices.isNoneCollected());
        assertFalse(notices.isNoNotices());
    }

    @Test
    void otherFeesAndHeadingsAreNotFeeStatements() {
        assertEquals(List.of(), fees("代收污水处理费100万元。", "（二）收取信息处理费情况", "本年度无其他需要报告的事项。"));
        assertEquals(1, fees("对政府信息公开申请不收取处理费。").size());
    }

    @Test
    void everySentenceIsOneStatement() {
        List<FeeStatement> fees = fees("本年度未收取信息处理费；", "信息处理费按国办函〔2020〕109号执行。");
        assertEquals(2, fees.size());
        assertEquals(5, fees.get(0).getLine());
        assertEquals(6, fees.get(1).getLine());
        assertTrue(fees.get(0).isNoneCollected());
        assertFalse(fees.get(1).isNoneCollected());
        assertEquals(0, fees.get(1).getFiguresGiven());
    }
}
