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

    public ExportResource(ReviewService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
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
            case "html" -> file(Exports.html(views).getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html; charset=UTF-8", base + ".html");
            case "xlsx" -> Response.status(501).type("application/json")
                    .entity(java.util.Map.of("error", "XLSX 导出待 io.nblint.render 接入")).build();
            default -> throw new BadRequestException("不支持的导出格式 " + format + "（可选 json、csv、xlsx、html）");
        };
    }

    record Listing(Summary submission, List<io.nblint.review.FindingView> findings) {
    }

    private static Response file(byte[] bytes, String type, String name) {
        return Response.ok(bytes).type(type).header("Content-Disposition", Exports.attachment(name)).build();
    }
}
