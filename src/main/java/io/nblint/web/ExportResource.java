package io.nblint.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.nblint.review.ReviewService;
import io.nblint.review.SubmissionView;
import io.nblint.review.Summary;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** The findings list (问题清单) of one submission or of all (filtered like the list) as JSON, CSV, HTML or XLSX. */
@Path("/api/exports")
public class ExportResource {
    private final ReviewService service;
    private final ObjectMapper json;
    private final io.nblint.review.RuleSetHolder rules;

    public ExportResource(ReviewService service, ObjectMapper json, io.nblint.review.RuleSetHolder rules) {
        this.service = service;
        this.json = json;
        this.rules = rules;
    }

    @GET
    @Path("/{id}")
    public Response one(@PathParam("id") long id, @QueryParam("format") String format) throws Exception {
        SubmissionView v = service.view(id).orElseThrow(() -> SubmissionResource.notFound(id));
        return render(List.of(v), format, "问题清单-" + id);
    }

    @GET
    public Response all(@QueryParam("format") String format, @QueryParam("year") Integer year,
                        @QueryParam("grade") String grade, @QueryParam("agency") String agency) throws Exception {
        List<SubmissionView> views = SubmissionResource.filter(service.summaries(), year, grade, agency).stream()
                .map(Summary::id).map(service::view).flatMap(java.util.Optional::stream).toList();
        return render(views, format, "问题清单-全部" + (year == null ? "" : "-" + year));
    }

    private Response render(List<SubmissionView> views, String format, String base) throws Exception {
        String f = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        return switch (f) {
            case "json" -> file(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    views.stream().map(v -> new Listing(v.summary(), v.findings())).toList()), "application/json; charset=UTF-8", base + ".json");
            case "csv" -> file(Exports.csv(views).getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv; charset=UTF-8", base + ".csv");
            case "html" -> file((views.size() == 1 && checked(views.get(0)) != null
                    ? io.nblint.render.FindingsHtml.render(checked(views.get(0)), java.time.LocalDate.now())
                    : Exports.html(views)).getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=UTF-8", base + ".html");
            case "xlsx" -> file(xlsx(views), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base + ".xlsx");
            default -> throw new BadRequestException("不支持的导出格式 " + format + "（可选 json、csv、xlsx、html）");
        };
    }

    /**
     * A submission as the shared renderers see it: the findings a reviewer has not dismissed, scored
     * by the scoring of the rule set that produced them. Null when the file could not be checked.
     */
    private io.nblint.render.CheckedReport checked(SubmissionView v) {
        if (v.check() == null || v.check().score() == null) return null;
        io.nblint.score.ScoringConfig config = rules.scoringOf(v.check().ruleSetVersion());
        if (config == null) return null;
        List<io.nblint.check.Finding> kept = v.findings().stream().filter(f -> !f.dismissed())
                .map(io.nblint.review.FindingView::finding).toList();
        io.nblint.score.Score score = new io.nblint.score.Scorer(config).score(kept, v.check().ruleSetVersion());
        return new io.nblint.render.CheckedReport(v.summary().fileName(), v.summary().agency(), v.summary().year(), null,
                kept, score);
    }

    /** Workbook with the 成绩榜 and 问题清单 sheets (dismissed findings left out). */
    private byte[] xlsx(List<SubmissionView> views) throws java.io.IOException {
        List<io.nblint.render.ScoreboardRow> rows = new java.util.ArrayList<>();
        try (io.nblint.render.ResultWorkbook book = new io.nblint.render.ResultWorkbook()) {
            for (SubmissionView v : views) {
                io.nblint.render.CheckedReport r = checked(v);
                if (r == null) {
                    rows.add(io.nblint.render.ScoreboardRow.failed(v.summary().fileName(),
                            v.summary().readError() == null ? "未检查" : v.summary().readError()));
                } else {
                    book.addFindings(r);
                    rows.add(io.nblint.render.ScoreboardRow.of(r, null));
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            book.write(new io.nblint.render.Scoreboard(rows), out);
            return out.toByteArray();
        }
    }

    record Listing(Summary submission, List<io.nblint.review.FindingView> findings) {
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes).type(type).header("Content-Disposition", Exports.attachment(name)).build();
    }
}
