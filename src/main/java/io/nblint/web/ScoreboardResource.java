package io.nblint.web;

import io.nblint.review.ReviewService;
import io.nblint.review.Summary;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;

/** Ranking of a year's reports by score after review; equal scores share a rank. */
@Path("/api/scoreboard")
@Produces(MediaType.APPLICATION_JSON)
public class ScoreboardResource {
    private final ReviewService service;

    public ScoreboardResource(ReviewService service) {
        this.service = service;
    }

    public record Entry(int rank, Summary submission) {
    }

    @GET
    public List<Entry> board(@QueryParam("year") Integer year, @QueryParam("grade") String grade,
                             @QueryParam("agency") String agency) {
        List<Summary> ranked = SubmissionResource.filter(service.summaries(), year, grade, agency).stream()
                .filter(s -> s.score() != null).toList();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            int rank = i > 0 && ranked.get(i).score().compareTo(ranked.get(i - 1).score()) == 0 ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, ranked.get(i)));
        }
        return entries;
    }
}
