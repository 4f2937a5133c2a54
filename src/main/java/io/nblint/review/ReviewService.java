package io.nblint.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nblint.check.Checker;
import io.nblint.check.Finding;
import io.nblint.check.RuleSet;
import io.nblint.context.AgencyName;
import io.nblint.context.ContextFacts;
import io.nblint.context.PriorSummary;
import io.nblint.score.Score;
import io.nblint.score.Scorer;
import io.nblint.score.ScoringConfig;
import io.nblint.facts.ReportFacts;
import io.nblint.read.UnreadableReportException;
import io.nblint.store.CheckRecord;
import io.nblint.store.NewCheck;
import io.nblint.store.ReviewDecision;
import io.nblint.store.StoredFinding;
import io.nblint.store.StoredSubmission;
import io.nblint.store.SubmissionStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Upload, check, re-check and review: the service's use cases over the core pipeline and the store.
 * Every check takes the rule set in force once, at its start, and finishes on it.
 */
@ApplicationScoped
public class ReviewService {
    private final SubmissionStore store;
    private final RuleSetHolder rules;
    private final ReportAnalyzer analyzer;
    private final ObjectMapper json;

    public ReviewService(SubmissionStore store, RuleSetHolder rules, ReportAnalyzer analyzer, ObjectMapper json) {
        this.store = store;
        this.rules = rules;
        this.analyzer = analyzer;
        this.json = json;
    }

    /** Stores and checks one file, committed before this returns; the same bytes again return the stored one. */
    public UploadOutcome upload(String fileName, byte[] bytes, String user) {
        String sha = Fingerprint.sha256(bytes);
        Optional<StoredSubmission> existing = store.findByHash(sha);
        if (existing.isPresent()) return outcome(fileName, existing.get(), true);
        NewCheck check = check(fileName, bytes);
        SubmissionStore.Inserted inserted = store.insert(fileName, sha, bytes, user, check);
        return outcome(fileName, inserted.submission(), inserted.duplicate());
    }

    /** Checks a stored submission again under the rule set now in force; the earlier checks stay. */
    public Optional<SubmissionView> recheck(long id) {
        Optional<StoredSubmission> sub = store.get(id);
        if (sub.isEmpty()) return Optional.empty();
        store.addCheck(id, check(sub.get().fileName(), store.content(id)));
        return view(id);
    }

    /**
     * Re-checks every submission whose newest check was made under another rule set (or under none);
     * each re-check is its own transaction. Returns how many were re-checked.
     */
    public int recheckOutdated() {
        RuleSet ruleSet = rules.current();
        if (ruleSet == null) return 0;
        int n = 0;
        for (var entry : store.latestChecks().entrySet()) {
            if (!ruleSet.version().equals(entry.getValue().ruleSetVersion())) {
                recheck(entry.getKey());
                n++;
            }
        }
        return n;
    }

    /** Files stored while no rule set could be loaded are checked as soon as one is. */
    void onRulesLoaded(@jakarta.enterprise.event.ObservesAsync RuleSetHolder.RulesLoaded event) {
        for (var entry : store.latestChecks().entrySet()) {
            if (NO_RULES.equals(entry.getValue().ruleSetVersion())) recheck(entry.getKey());
        }
    }

    static final String NO_RULES = "无规则";

    public Optional<SubmissionView> review(long id, String fingerprint, ReviewDecision.Decision decision, String comment,
                                           String reviewer) {
        Optional<SubmissionView> view = view(id);
        if (view.isEmpty()) return Optional.empty();
        boolean known = view.get().findings().stream().anyMatch(f -> f.fingerprint().equals(fingerprint));
        if (!known) throw new IllegalArgumentException("该报告当前的问题清单中没有编号为 " + fingerprint + " 的问题");
        store.addReview(id, fingerprint, decision, comment, reviewer);
        return view(id);
    }

    private NewCheck check(String fileName, byte[] bytes) {
        RuleSetHolder.ActiveRules active = rules.active(); // taken once: a reload meanwhile does not touch this check
        String version = active == null ? NO_RULES : active.ruleSet().version();
        ReportFacts facts;
        try {
            facts = analyzer.analyze(fileName, bytes);
        } catch (UnreadableReportException e) {
            return new NewCheck(version, null, null, null, null, e.getReason(), null, null, List.of());
        } catch (RuntimeException e) {
            return new NewCheck(version, null, null, null, null, "解析失败（" + e + "）", null, null, List.of());
        }
        String factsJson;
        try {
            factsJson = json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            factsJson = null;
        }
        var report = facts.report();
        String agency = AgencyName.resolve(report.getAgency(), report.getTitle(), null);
        if (active == null) {
            return new NewCheck(version, agency, report.getYear(), report.getTitle(), factsJson,
                    "规则未加载，未检查：" + Optional.ofNullable(rules.lastReload()).map(RuleSetHolder.ReloadOutcome::error).orElse(""),
                    null, null, List.of());
        }
        ScoringConfig config = active.scoring();
        List<Object> context = ContextFacts.of(facts, null, prior(agency, report.getYear(), config), config.deadlines(),
                config.duplicateShare(), config.minSentenceChars());
        List<Finding> findings;
        try {
            findings = new Checker(active.ruleSet()).check(facts, context);
        } catch (RuntimeException | StackOverflowError e) {
            return new NewCheck(version, agency, report.getYear(), report.getTitle(), factsJson,
                    "规则执行出错（" + e + "）", null, null, List.of());
        }
        List<StoredFinding> stored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : findings) {
            String fp = Fingerprint.of(f);
            if (!seen.add(fp)) continue; // same rule, place and evidence twice says nothing new
            stored.add(new StoredFinding(0, stored.size() + 1, fp, f));
        }
        Score score = new Scorer(config).score(findings, version);
        return new NewCheck(version, agency, report.getYear(), report.getTitle(), factsJson, null,
                score.total(), score.grade(), stored);
    }

    /**
     * The same agency's report for the previous year, if one was uploaded: its facts feed the
     * cross-year rules (carried-over applications, repeated text), as in a CLI batch.
     */
    private PriorSummary prior(String agency, Integer year, ScoringConfig config) {
        if (agency == null || year == null) return null;
        for (var e : store.latestChecks().entrySet()) {
            CheckRecord c = e.getValue();
            if (c.year() == null || c.year() != year - 1 || !AgencyName.same(agency, c.agency())) continue;
            StoredSubmission sub = store.get(e.getKey()).orElse(null);
            if (sub == null) continue;
            try {
                ReportFacts facts = analyzer.analyze(sub.fileName(), store.content(sub.id()));
                return PriorSummary.of(facts, c.agency(), c.year(), sub.fileName(), config.minSentenceChars());
            } catch (UnreadableReportException | RuntimeException ex) {
                return null;
            }
        }
        return null;
    }

    private UploadOutcome outcome(String fileName, StoredSubmission sub, boolean duplicate) {
        SubmissionView view = view(sub.id()).orElseThrow();
        return new UploadOutcome(fileName, sub.id(), duplicate,
                duplicate ? "该文件已于 " + sub.uploadedAt() + " 上传（" + sub.fileName() + "），返回已有记录" : "已保存并检查",
                view.check() == null ? null : view.check().readError(), view.summary());
    }

    /** One submission with its newest check, findings in their review state, and the effective score. */
    public Optional<SubmissionView> view(long id) {
        Optional<StoredSubmission> sub = store.get(id);
        if (sub.isEmpty()) return Optional.empty();
        List<CheckRecord> checks = store.checks(id);
        CheckRecord latest = checks.isEmpty() ? null : checks.get(checks.size() - 1);
        return Optional.of(assemble(sub.get(), latest, checks, store.reviewsInForce(id)));
    }

    /** Every submission's summary, for lists and the scoreboard. */
    public List<Summary> summaries() {
        Map<Long, CheckRecord> latest = store.latestChecks();
        List<Summary> list = new ArrayList<>();
        for (StoredSubmission sub : store.all()) {
            CheckRecord check = latest.get(sub.id());
            list.add(assemble(sub, check, List.of(), store.reviewsInForce(sub.id())).summary());
        }
        return list;
    }

    public List<ReviewDecision> reviewTrail(long id) {
        return store.reviews(id);
    }

    public byte[] original(long id) {
        return store.content(id);
    }

    private SubmissionView assemble(StoredSubmission sub, CheckRecord check, List<CheckRecord> history,
                                    Map<String, ReviewDecision> decisions) {
        List<FindingView> findings = new ArrayList<>();
        List<Finding> counted = new ArrayList<>();
        if (check != null) {
            for (StoredFinding sf : store.findings(check.id())) {
                ReviewDecision d = decisions.get(sf.fingerprint());
                findings.add(new FindingView(sf.fingerprint(), sf.seq(), sf.finding(), d));
                if (d == null || d.decision() != ReviewDecision.Decision.DISMISSED) counted.add(sf.finding());
            }
        }
        Score effective = null;
        if (check != null && check.score() != null) {
            ScoringConfig config = rules.scoringOf(check.ruleSetVersion());
            if (config != null) effective = new Scorer(config).score(counted, check.ruleSetVersion());
        }
        Summary summary = new Summary(sub.id(), sub.fileName(), sub.sha256(), sub.uploadedAt(), sub.uploadedBy(),
                check == null ? null : check.agency(), check == null ? null : check.year(),
                check == null ? null : check.title(),
                effective == null ? (check == null ? null : check.score()) : effective.total(),
                effective == null ? (check == null ? null : check.grade()) : effective.grade(),
                check == null ? null : check.score(),
                (int) findings.stream().filter(f -> f.finding().isFailed() && !f.dismissed()).count(),
                (int) findings.stream().filter(f -> !f.finding().isFailed()).count(),
                (int) findings.stream().filter(FindingView::dismissed).count(),
                check == null ? null : check.ruleSetVersion(), check == null ? null : check.checkedAt(),
                check == null ? null : check.readError());
        return new SubmissionView(summary, check, findings, history);
    }
}
