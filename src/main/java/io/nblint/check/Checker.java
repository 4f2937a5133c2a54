package io.nblint.check;

import io.nblint.facts.ReportFacts;
import org.kie.api.runtime.KieSession;

import java.util.Collection;
import java.util.List;

/** Runs one rule set over one report's facts. Thread-safe: every check gets its own session. */
public class Checker {
    private final RuleSet ruleSet;

    public Checker(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public List<Finding> check(ReportFacts facts) {
        return check(facts, List.of());
    }

    /**
     * As {@link #check(ReportFacts)} with facts that do not come from the report itself: the
     * publication record and deadline calendar, the previous year's report (io.nblint.context.ContextFacts).
     */
    public List<Finding> check(ReportFacts facts, Collection<?> context) {
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            FindingSink sink = new FindingSink();
            session.setGlobal("findings", sink);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            for (Object fact : context) {
                session.insert(fact);
            }
            session.fireAllRules();
            return sink.sorted();
        } finally {
            session.dispose();
        }
    }
}
