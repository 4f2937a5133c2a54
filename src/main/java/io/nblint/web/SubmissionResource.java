package io.nblint.web;

import io.nblint.review.ReviewService;
import io.nblint.review.SubmissionView;
import io.nblint.review.Summary;
import io.nblint.review.UploadOutcome;
import io.nblint.store.CheckRecord;
import io.nblint.store.ReviewDecision;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Upload, list, view, re-check and review submissions. */
@Path("/api/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {
    private final ReviewService service;
    private final UploadUnpacker unpacker;

    public SubmissionResource(ReviewService service,
                              @ConfigProperty(name = "nblint.upload.max-zip-entries", defaultValue = "500") int maxEntries,
                              @ConfigProperty(name = "nblint.upload.max-file-mb", defaultValue = "64") long maxFileMb,
                              @ConfigProperty(name = "nblint.upload.max-unzipped-mb", defaultValue = "512") long maxTotalMb,
                              @ConfigProperty(name = "nblint.upload.max-zip-ratio", defaultValue = "100") int maxRatio) {
        this.service = service;
        this.unpacker = new UploadUnpacker(maxEntries, maxFileMb * 1024 * 1024, maxTotalMb * 1024 * 1024, maxRatio);
    }

    /**
     * Stores and checks every report among the uploaded files (zips are unpacked). Each report is
     * committed on its own before the answer is sent, so an interrupted batch keeps what it acknowledged.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public List<UploadOutcome> upload(@RestForm("files") List<FileUpload> files, @Context SecurityContext who) {
        if (files == null || files.isEmpty()) throw new BadRequestException("请选择要上传的报告文件（表单字段 files）");
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (FileUpload file : files) {
            String name = file.fileName() == null || file.fileName().isBlank() ? "未命名文件" : UploadUnpacker.baseName(file.fileName());
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                outcomes.add(UploadOutcome.refused(name, "无法读取上传内容"));
                continue;
            }
            for (UploadUnpacker.Item item : unpacker.unpack(name, bytes)) {
                outcomes.add(item.refusal() != null ? UploadOutcome.refused(item.name(), item.refusal())
                        : service.upload(item.name(), item.bytes(), who.getUserPrincipal().getName()));
            }
        }
        return outcomes;
    }

    /** Submissions with score and grade, filtered by year, grade and agency (substring), best first. */
    @GET
    public List<Summary> list(@QueryParam("year") Integer year, @QueryParam("grade") String grade,
                              @QueryParam("agency") String agency) {
        return filter(service.summaries(), year, grade, agency);
    }

    static List<Summary> filter(List<Summary> all, Integer year, String grade, String agency) {
        return all.stream()
                .filter(s -> year == null || year.equals(s.year()))
                .filter(s -> grade == null || grade.isBlank() || grade.equals(s.grade()))
                .filter(s -> agency == null || agency.isBlank()
                        || s.agency() != null && s.agency().toLowerCase(Locale.ROOT).contains(agency.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(Summary::score, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Summary::id))
                .toList();
    }

    @GET
    @Path("/{id}")
    public Detail get(@PathParam("id") long id) {
        return detail(service.view(id).orElseThrow(() -> notFound(id)), id);
    }

    /** The original file as uploaded. */
    @GET
    @Path("/{id}/file")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response file(@PathParam("id") long id) {
        SubmissionView view = service.view(id).orElseThrow(() -> notFound(id));
        return Response.ok(service.original(id))
                .header("Content-Disposition", Exports.attachment(view.summary().fileName())).build();
    }

    /** Checks the stored file again under the rules now in force; the earlier check stays in the history. */
    @POST
    @Path("/{id}/recheck")
    public Detail recheck(@PathParam("id") long id) {
        return detail(service.recheck(id).orElseThrow(() -> notFound(id)), id);
    }

    public record RecheckAll(int rechecked) {
    }

    /** Re-checks every submission last checked under another rule set; history is kept. */
    @POST
    @Path("/recheck-outdated")
    public RecheckAll recheckOutdated() {
        return new RecheckAll(service.recheckOutdated());
    }

    public record ReviewRequest(String decision, String comment) {
    }

    /** Confirms or dismisses a finding (by fingerprint); a dismissed finding deducts nothing. */
    @POST
    @Path("/{id}/findings/{fingerprint}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail review(@PathParam("id") long id, @PathParam("fingerprint") String fingerprint, ReviewRequest body,
                         @Context SecurityContext who) {
        if (body == null || body.decision() == null) throw new BadRequestException("缺少 decision（CONFIRMED 或 DISMISSED）");
        ReviewDecision.Decision decision;
        try {
            decision = ReviewDecision.Decision.valueOf(body.decision().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("decision 应为 CONFIRMED（确认）或 DISMISSED（驳回）");
        }
        if (decision == ReviewDecision.Decision.DISMISSED && (body.comment() == null || body.comment().isBlank())) {
            throw new BadRequestException("驳回问题须填写理由");
        }
        try {
            return detail(service.review(id, fingerprint, decision, body.comment(), who.getUserPrincipal().getName())
                    .orElseThrow(() -> notFound(id)), id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** A light line of the check history (facts left out). */
    public record CheckLine(long id, String ruleSetVersion, OffsetDateTime checkedAt, java.math.BigDecimal score,
                            String grade, String readError) {
    }

    public record Detail(Summary summary, CheckRecord check, List<io.nblint.review.FindingView> findings,
                         List<CheckLine> history, List<ReviewDecision> reviews) {
    }

    private Detail detail(SubmissionView v, long id) {
        List<CheckLine> history = v.history().stream()
                .map(c -> new CheckLine(c.id(), c.ruleSetVersion(), c.checkedAt(), c.score(), c.grade(), c.readError()))
                .toList();
        return new Detail(v.summary(), v.check(), v.findings(), history, service.reviewTrail(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("没有编号为 " + id + " 的提交");
    }
}
