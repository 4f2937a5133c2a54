package io.nblint.parse;

import io.nblint.facts.QuotedNumber;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedNumberTest {

    private static List<String> quotes(String... partOneLines) {
        String text = "某局2023年政府信息公开工作年度报告\n一、总体情况\n" + String.join("\n", partOneLines);
        return AbsentTables.parser().parse(PlainLines.of("synthetic.txt", text)).quotes().stream()
                .map(q -> q.getTable() + " " + q.getRow() + "." + q.getColumn() + "=" + q.getCount() + " 「" + q.getFragment() + "」")
                .toList();
    }

    @Test
    void applicationsHandledAndCarriedOver() {
        assertEquals(List.of(
                "表三 R1.total=15 「收到政府信息公开申请15件」",
                "表三 R3.7.total=14 「办结14件」",
                "表三 R4.total=1 「结转下年度1件」"),
                quotes("2023年，我局共收到政府信息公开申请15件，办结14件，结转下年度1件。"));
    }

    @Test
    void reviewAndLitigationCounts() {
        assertEquals(List.of(
                "表四 review.total=2 「行政复议2件」",
                "表四 litigation.total=1 「行政诉讼1件」"),
                quotes("全年因政府信息公开被申请行政复议2件，被提起行政诉讼1件。"));
        assertEquals(List.of("表四 direct.total=1 「直接起诉1件」", "表四 litigation.total=1 「行政诉讼1件」"),
                quotes("因政府信息公开引起的行政诉讼1件，为未经复议直接起诉1件。"));
        assertEquals(List.of("表四 review.total=0 「行政复议和行政诉讼均为0件」", "表四 litigation.total=0 「行政复议和行政诉讼均为0件」"),
                quotes("本年度因政府信息公开引起的行政复议和行政诉讼均为0件。"));
    }

    @Test
    void negatedCases() {
        assertEquals(List.of("表四 review.total=0 「未发生因政府信息公开引起的行政复议」"),
                quotes("全年未发生因政府信息公开引起的行政复议。"));
        assertEquals(List.of("表三 R1.total=0 「未收到政府信息公开申请」",
                        "表四 review.total=0 「未发生行政复议、行政诉讼」",
                        "表四 litigation.total=0 「未发生行政复议、行政诉讼」"),
                quotes("本年度未收到政府信息公开申请，未发生行政复议、行政诉讼。"));
    }

    @Test
    void unrelatedFiguresAreLeftAlone() {
        assertEquals(List.of(), quotes(
                "全年办理行政复议案件50件，行政诉讼应诉30件。",
                "在门户网站公开《行政复议决定书》14件，实现政府信息公开规范化。",
                "核查上级转办线索2件，办结2件。",
                "及时办结市政协提案 7 件。",
                "共受理行政复议申请12件，其中政府信息公开类0件，纠错率下降。",
                "未收到社会评议相关反馈。"));
    }
}
