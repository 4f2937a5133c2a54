package io.nblint.check;

import io.nblint.facts.ReportFacts;
import org.kie.api.runtime.KieSession;

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
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            FindingSink sink = new FindingSink();
            session.setGlobal("findings", sink);
            for (Object fact : facts.all()) {
                session.insert(fact);
            }
            session.fireAllRules();
            return sink.sorted();
        } finally {
            session.dispose();
        }
    }
}
