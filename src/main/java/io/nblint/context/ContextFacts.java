package io.nblint.context;

import io.nblint.parse.OrganTypeClassifier;

import io.nblint.facts.DeadlineCalendar;
import io.nblint.facts.OrganType;
import io.nblint.facts.Publication;
import io.nblint.facts.Report;
import io.nblint.facts.ReportFacts;
import io.nblint.facts.TextSimilarity;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts a check needs besides the report's own (pass them to
 * {@link io.nblint.check.Checker#check(ReportFacts, java.util.Collection)}): the {@link Publication}
 * record and the {@link DeadlineCalendar} for the DATE rules, and, when the batch holds the agency's
 * previous report, that report's {@link io.nblint.facts.PriorReport}, prior cells and {@link TextSimilarity}.
 */
public final class ContextFacts {
    private static final int EXAMPLES = 5;

    private ContextFacts() {
    }

    /** For a single report without manifest or prior year (the {@code check} command). */
    public static List<Object> of(ReportFacts facts, DeadlineCalendar deadlines) {
        return of(facts, null, null, deadlines, 0.8, 8);
    }

    /**
     * @param entry     the manifest line for this file, or null
     * @param prior     the same agency's previous-year summary, or null
     */
    public static List<Object> of(ReportFacts facts, ManifestEntry entry, PriorSummary prior, DeadlineCalendar deadlines,
                                  double duplicateShare, int minSentenceChars) {
        return of(facts, entry, prior, prior == null ? null : SentenceSet.of(facts, minSentenceChars), deadlines, duplicateShare);
    }

    /**
     * @param sentences the report's own sentences ({@link SentenceSet#of}); needed only with a prior
     */
    public static List<Object> of(ReportFacts facts, ManifestEntry entry, PriorSummary prior, SentenceSet sentences,
                                  DeadlineCalendar deadlines, double duplicateShare) {
        List<Object> out = new ArrayList<>();
        out.add(deadlines);
        out.add(publication(facts.report(), entry));
        if (prior != null) {
            out.add(prior.report());
            out.addAll(prior.cells());
            List<String> shared = sentences.sharedWith(prior.sentenceHashes());
            out.add(new TextSimilarity(sentences.size(), shared.size(), duplicateShare, prior.source(), prior.year(),
                    shared.subList(0, Math.min(EXAMPLES, shared.size()))));
        }
        return out;
    }

    static Publication publication(Report r, ManifestEntry entry) {
        String agency = AgencyName.resolve(r.getAgency(), r.getTitle(), entry == null ? null : entry.agency());
        OrganType organ;
        String organSource;
        if (entry != null && entry.organType() != null) {
            organ = entry.organType();
            organSource = "批次清单";
        } else if (r.getOrganType() != null && r.getOrganType() != OrganType.UNKNOWN) {
            organ = r.getOrganType();
            organSource = "机关名称";
        } else {
            organ = OrganTypeClassifier.classify(agency);
            organSource = "机关名称";
        }
        if (entry != null && entry.published() != null) {
            return new Publication(r.getYear(), entry.published(), "批次清单",
                    entry.published().toString(), organ, organSource, null);
        }
        if (r.getPublicationDate() != null) {
            return new Publication(r.getYear(), r.getPublicationDate(), "报告落款", r.getPublicationDateText(), organ,
                    organSource, r.getPublicationDateLine());
        }
        return new Publication(r.getYear(), null, null, null, organ, organSource, null);
    }
}
