package io.nblint.parse;

import io.nblint.facts.OrganType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganTypeClassifierTest {
    @Test
    void namesByLevel() {
        assertEquals(OrganType.GOVERNMENT, OrganTypeClassifier.classify("淮安市人民政府"));
        assertEquals(OrganType.GOVERNMENT, OrganTypeClassifier.classify("乌拉特中旗人民政府"));
        assertEquals(OrganType.GOVERNMENT, OrganTypeClassifier.classify("广西壮族自治区人民政府"));
        assertEquals(OrganType.GOVERNMENT, OrganTypeClassifier.classify("延边朝鲜族自治州人民政府"));
        assertEquals(OrganType.TOWNSHIP, OrganTypeClassifier.classify("滨河镇人民政府"));
        assertEquals(OrganType.TOWNSHIP, OrganTypeClassifier.classify("某某乡人民政府"));
        assertEquals(OrganType.TOWNSHIP, OrganTypeClassifier.classify("文昌街道办事处"));
        assertEquals(OrganType.DEPARTMENT, OrganTypeClassifier.classify("隆德县司法局"));
        assertEquals(OrganType.DEPARTMENT, OrganTypeClassifier.classify("中卫市发展和改革委员会"));
        assertEquals(OrganType.DEPARTMENT, OrganTypeClassifier.classify("某市人民政府办公室"));
        assertEquals(OrganType.DEPARTMENT, OrganTypeClassifier.classify("某省教育厅"));
        assertEquals(OrganType.OTHER, OrganTypeClassifier.classify("某市公安局某某分局"));
        assertEquals(OrganType.OTHER, OrganTypeClassifier.classify("某经济技术开发区管理委员会"));
        assertEquals(OrganType.OTHER, OrganTypeClassifier.classify("某市政务服务中心"));
        assertEquals(OrganType.UNKNOWN, OrganTypeClassifier.classify(null));
    }
}
