package io.nblint.cli;

import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetCache;
import io.nblint.check.RuleSetException;
import io.nblint.check.RuleSetLoader;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Where the rules come from, shared by every subcommand that loads them. */
public class RuleSetOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "规则目录（.drl 文件），默认 ${DEFAULT-VALUE}（相对当前目录）")
    Path rulesDir;

    @Option(names = "--no-cache", description = "不读写已编译规则缓存（$NBLINT_CACHE，默认 ~/.cache/nblint），每次重新编译")
    boolean noCache;

    /** The rule set, or null after printing its problems (file:line: message) to {@code err}. */
    RuleSet load(PrintWriter err) {
        try {
            return noCache ? new RuleSetLoader().load(rulesDir)
                    : new RuleSetCache(RuleSetCache.defaultDirectory()).load(rulesDir);
        } catch (RuleSetException e) {
            err.println("nblint: 规则集错误：" + e.getMessage().lines().findFirst().orElse(""));
            for (String problem : e.getProblems()) {
                err.println("  " + problem);
            }
            err.flush();
            return null;
        }
    }
}
