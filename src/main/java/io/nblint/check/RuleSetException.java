package io.nblint.check;

import java.util.List;

/** A rule set that cannot be used: DRL syntax errors, missing metadata, an empty or missing directory. */
public class RuleSetException extends Exception {
    private final List<String> problems;

    public RuleSetException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    /** One entry per problem, each starting with "file:line:" where known. */
    public List<String> getProblems() { return problems; }
}
