package io.nblint.check;

import org.kie.api.KieBase;

import java.nio.file.Path;
import java.util.List;

/**
 * A compiled, validated set of rules from one directory. Immutable; checks hold on to the
 * instance they started with, so a reload never changes a check in flight.
 *
 * @param directory where the .drl files were read
 * @param version   short hash of every rule and configuration file, so a result can be traced to its rules
 * @param rules     metadata of every loaded rule, sorted by id
 * @param kieBase   the compiled rules
 * @param buildMillis time spent compiling (or loading from cache)
 */
public record RuleSet(Path directory, String version, List<RuleInfo> rules, KieBase kieBase, long buildMillis) {
}
