package io.nblint.parse;

import io.nblint.facts.Part;
import io.nblint.facts.ReportFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PartHeadingsTest {

    private static ReportFacts parse(String text) {
        return AbsentTables.parser().parse(PlainLines.of("synthetic.txt", text));
    }

    private static List<Integer> numbers(ReportFacts f) {
        return f.parts().stream().map(Part::getNumber).toList();
    }

    private static List<Integer> lines(ReportFacts f) {
        return f.parts().stream().map(Part::getStartLine).toList();
    }

    @Test
    void boldGbStyleAndVariantHeadings() {
        ReportFacts f = parse(String.join("\n",
                "某市交通运输局2023年政府信息公开工作年度报告",
                "**一．总体情况**",
                "一是加强组织领导。",
                "  **二．主动公开政府信息情况**",
                "（一）主动公开情况",
                "三．收到和处理政府信息公开申请情况",
                "四．因政府信息公开工作被申请行政复议和提起行政诉讼情况",
                "五．政府信息公开工作存在的主要问题及改进举措",
                "六．其他需要报告的事项"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers(f));
        assertEquals(List.of(2, 4, 6, 7, 8, 9), lines(f));
        assertEquals("一．总体情况", f.parts().get(0).getHeading());
        assertEquals("二．主动公开政府信息情况", f.parts().get(1).getHeading());
        assertEquals("一", f.parts().get(0).getNumeral());
        assertEquals("一是加强组织领导。", f.parts().get(0).getText());
        assertEquals("（一）主动公开情况", f.parts().get(1).getText());
    }

    @Test
    void missingPartAndWrongNumeralKeepCanonicalNumberFromWording() {
        ReportFacts f = parse(String.join("\n",
                "某县人民政府2023年政府信息公开工作年度报告",
                "一、总体情况",
                "二、主动公开政府信息情况",
                "三、收到和处理政府信息公开申请情况",
                "四、存在的主要问题及改进情况",
                "五、其他需要报告的事项"));
        assertEquals(List.of(1, 2, 3, 5, 6), numbers(f));
        assertEquals("四", f.parts().get(3).getNumeral());
        assertEquals(3, f.parts().get(3).getOrder());
    }

    @Test
    void tableRowLabelsAreNotParts() {
        ReportFacts f = parse(String.join("\n",
                "某局2023年政府信息公开工作年度报告",
                "一、总体情况",
                "正文。",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0",
                "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0",
                "三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0",
                "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0",
                "四、结转下年度继续办理",
                "2. 主动公开政府信息情况良好的单位名单"));
        assertEquals(List.of(1, 3), numbers(f));
        assertEquals(10, f.parts().get(1).getEndLine());
    }

    @Test
    void subsectionWithArabicNumeralLosesToTheRealHeading() {
        ReportFacts f = parse(String.join("\n",
                "某局2023年政府信息公开工作年度报告",
                "一、总体情况",
                "2.主动公开政府信息情况",
                "全年公开信息100条。",
                "二、主动公开政府信息情况",
                "表格"));
        assertEquals(List.of(1, 2), numbers(f));
        assertEquals(List.of(2, 5), lines(f));
        assertEquals("2.主动公开政府信息情况\n全年公开信息100条。", f.parts().get(0).getText());
    }

    @Test
    void bodyTextOnTheHeadingLine() {
        ReportFacts f = parse(String.join("\n",
                "某局2023年政府信息公开工作年度报告",
                "六、其他需要报告的事项：无。"));
        assertEquals(List.of(6), numbers(f));
        assertEquals("六、其他需要报告的事项", f.parts().get(0).getHeading());
        assertEquals("无。", f.parts().get(0).getText());
    }

    @Test
    void enumerationsAndLongSentencesAreNotHeadings() {
        ReportFacts f = parse(String.join("\n",
                "某局2023年政府信息公开工作年度报告",
                "一是总体情况良好，主动公开政府信息情况符合要求。",
                "一、总体情况方面，我局认真贯彻落实条例要求，持续推进政务公开，不断提升政府信息公开质量和实效水平",
                "（五）存在的主要问题及改进情况"));
        assertEquals(List.of(), numbers(f));
    }
}
