package io.nblint.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The REST API against the real embedded H2 database in a temp data directory, with the service
 * test rules (SVC-T3: ERROR on table 三 R1 total, -10; SVC-TITLE: NOTICE on the title, -1).
 */
@QuarkusTest
@QuarkusTestResource(ServiceTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceApiTest {
    private static final String ADMIN = "admin";

    static Path seed000() {
        var seed = Seeds.find("000_");
        assumeTrue(seed.isPresent(), "seed 000 not found (fixtures/seeds or ../shared/seeds)");
        return seed.get();
    }

    static Response upload(String user, String password, Path... files) {
        var req = given().auth().preemptive().basic(user, password);
        for (Path f : files) req = req.multiPart("files", f.toFile(), "text/plain");
        return req.post("/api/submissions");
    }

    @Test
    @Order(1)
    void refusesAnonymousAndWrongPassword() {
        given().get("/api/submissions").then().statusCode(401).body("error", containsString("未登录"));
        given().auth().preemptive().basic(ADMIN, "wrong").get("/api/submissions").then().statusCode(401);
        given().auth().preemptive().basic("reviewer", ServiceTestResource.REVIEWER_PASSWORD)
                .post("/api/rules/reload").then().statusCode(403).body("error", containsString("rule-admin"));
    }

    @Test
    @Order(2)
    void uploadListFindingsDismissAndDuplicate() throws Exception {
        Path seed = seed000();
        // 隆德县司法局 2023 report (seed 000): read from the file itself, 新收 total 0.
        Response r = upload("reviewer", ServiceTestResource.REVIEWER_PASSWORD, seed);
        r.then().statusCode(200).body("[0].duplicate", equalTo(false)).body("[0].readError", equalTo(null));
        long id = r.jsonPath().getLong("[0].submissionId");
        // 100 - 10 (SVC-T3 ERROR) - 1 (SVC-TITLE NOTICE)
        assertEquals(89f, r.jsonPath().getFloat("[0].summary.score"));

        given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD).get("/api/submissions?year=2023")
                .then().statusCode(200)
                .body("find { it.id == " + id + " }.agency", equalTo("隆德县司法局"))
                .body("find { it.id == " + id + " }.year", equalTo(2023))
                .body("find { it.id == " + id + " }.grade", equalTo("良好"));
        given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD).get("/api/submissions?year=1999")
                .then().statusCode(200).body("size()", equalTo(0));

        Response detail = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .get("/api/submissions/" + id);
        detail.then().statusCode(200)
                .body("check.factsJson.report.agency", equalTo("隆德县司法局"))
                .body("findings.finding.ruleId", hasItem("SVC-T3"));
        List<Map<String, Object>> findings = detail.jsonPath().getList("findings");
        Map<String, Object> t3 = findings.stream()
                .filter(f -> "SVC-T3".equals(((Map<?, ?>) f.get("finding")).get("ruleId"))).findFirst().orElseThrow();
        Map<?, ?> location = (Map<?, ?>) ((Map<?, ?>) t3.get("finding")).get("location");
        assertEquals("表三", location.get("table"));
        assertEquals("R1", location.get("row"));
        assertEquals("total", location.get("column"));
        String fp = (String) t3.get("fingerprint");
        assertEquals(64, fp.length());

        // Dismissing without a reason is refused; with one, the finding deducts nothing.
        given().auth().preemptive().basic("reviewer", ServiceTestResource.REVIEWER_PASSWORD)
                .contentType("application/json").body(Map.of("decision", "DISMISSED"))
                .post("/api/submissions/" + id + "/findings/" + fp + "/review").then().statusCode(400);
        Response dismissed = given().auth().preemptive().basic("reviewer", ServiceTestResource.REVIEWER_PASSWORD)
                .contentType("application/json").body(Map.of("decision", "DISMISSED", "comment", "表中确为 0，误报"))
                .post("/api/submissions/" + id + "/findings/" + fp + "/review");
        dismissed.then().statusCode(200)
                .body("reviews[0].reviewer", equalTo("reviewer"))
                .body("reviews[0].decision", equalTo("DISMISSED"))
                .body("reviews[0].comment", equalTo("表中确为 0，误报"));
        assertEquals(99f, dismissed.jsonPath().getFloat("summary.score"), "the dismissed ERROR no longer deducts 10");
        assertEquals(89f, dismissed.jsonPath().getFloat("summary.checkedScore"));

        // The same bytes again are recognised; nothing new is stored.
        Response again = upload(ADMIN, ServiceTestResource.ADMIN_PASSWORD, seed);
        again.then().statusCode(200).body("[0].duplicate", equalTo(true)).body("[0].message", containsString("已"));
        assertEquals(id, again.jsonPath().getLong("[0].submissionId"));

        // A re-check adds a check record; the dismissal survives it (same fingerprint).
        Response rechecked = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .post("/api/submissions/" + id + "/recheck");
        rechecked.then().statusCode(200).body("history.size()", equalTo(2));
        assertEquals(99f, rechecked.jsonPath().getFloat("summary.score"));

        // Exports carry the decision.
        String csv = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .get("/api/exports/" + id + "?format=csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("SVC-T3") && csv.contains("已驳回") && csv.contains("表中确为 0，误报"), csv);
        byte[] xlsx = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .get("/api/exports?format=xlsx&year=2023").then().statusCode(200).extract().asByteArray();
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K', "an xlsx (zip) workbook");
        String html = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .get("/api/exports/" + id + "?format=html").then().statusCode(200).extract().asString();
        assertTrue(html.contains("隆德县司法局") && html.contains("问题清单") && html.contains("SVC-TITLE"), html);
        assertFalse(html.contains("测试规则：表三新收申请总计"), "the dismissed finding is left out of the findings list");
        given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .get("/api/scoreboard?year=2023").then().statusCode(200).body("[0].rank", equalTo(1));
    }

    @Test
    @Order(3)
    void zipBatchAndRefusals() throws Exception {
        var seed = Seeds.find("001_");
        assumeTrue(seed.isPresent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../evil/001.txt"));
            zip.write(Files.readAllBytes(seed.get()));
            zip.putNextEntry(new ZipEntry("run.exe"));
            zip.write(new byte[]{1, 2, 3});
            // 50 MB of zeros compresses ~1000:1: refused as a bomb, not inflated.
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) zip.write(zeros);
        }
        Response r = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .multiPart("files", "batch.zip", bytes.toByteArray(), "application/zip")
                .post("/api/submissions");
        r.then().statusCode(200);
        List<Map<String, Object>> out = r.jsonPath().getList("$");
        assertEquals(3, out.size(), out.toString());
        assertEquals("batch.zip!001.txt", out.get(0).get("fileName"), "entry path is reduced to its base name");
        assertNotNull(out.get(0).get("submissionId"));
        assertTrue(String.valueOf(out.get(1).get("message")).contains("不接受的文件类型"));
        assertTrue(String.valueOf(out.get(2).get("message")).contains("压缩炸弹"));
    }

    @Test
    @Order(4)
    void brokenRuleKeepsOldRulesAndSaysWhere() throws Exception {
        String before = given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .get("/api/rules").then().statusCode(200).body("rules.id", hasItem("SVC-T3"))
                .extract().path("version");
        Path broken = ServiceTestResource.rulesDir().resolve("broken.drl");
        Files.writeString(broken, """
                package io.nblint.servicetest

                rule "broken"
                    @id("SVC-BROKEN") @severity("ERROR") @basis("测试")
                when
                    this is not drl
                then
                end
                """);
        try {
            given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                    .post("/api/rules/reload").then().statusCode(200)
                    .body("ok", equalTo(false))
                    .body("version", equalTo(before))
                    .body("problems[0]", containsString("broken.drl:"));
            given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                    .get("/api/rules").then().statusCode(200)
                    .body("version", equalTo(before))
                    .body("lastReload.ok", equalTo(false))
                    .body("rules.id", hasItem("SVC-T3"));
        } finally {
            Files.delete(broken);
        }
        given().auth().preemptive().basic(ADMIN, ServiceTestResource.ADMIN_PASSWORD)
                .post("/api/rules/reload").then().statusCode(200).body("ok", equalTo(true));
    }

    @Test
    @Order(5)
    void healthAndOpenApi() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        String spec = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertTrue(spec.contains("/api/submissions"));
        assertFalse(given().get("/q/swagger-ui").then().statusCode(200).extract().asString().isBlank());
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }
}
