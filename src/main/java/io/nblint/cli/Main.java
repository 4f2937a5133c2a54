package io.nblint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code nblint} command line: a plain Java main over the core pipeline. It never boots
 * Quarkus and never opens a port, so a check costs one JVM start and nothing else.
 */
@Command(name = "nblint", mixinStandardHelpOptions = true, version = "nblint 0.1.0",
        description = "政府信息公开工作年度报告合规检查（nblint）",
        subcommands = {CheckCommand.class, BatchCommand.class, RulesCommand.class, BenchCommand.class, AccuracyCommand.class, BenchBatchCommand.class, CommandLine.HelpCommand.class})
public class Main implements Runnable {
    /** Exit codes, documented in README.md. */
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    static final int USAGE_OR_RULES = 2;
    static final int UNREADABLE_INPUT = 3;
    static final int INTERNAL_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static {
        // Drools logs through SLF4J; the only provider on the class path wants the JBoss log manager,
        // which a plain main does not install. Silence it instead of printing binding warnings.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs one command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> INTERNAL_ERROR);
        cmd.setParameterExceptionHandler((e, a) -> {
            err.println("nblint: " + e.getMessage());
            e.getCommandLine().usage(err);
            err.flush();
            return USAGE_OR_RULES;
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> {
            // A bug must still end in one readable line, never a stack trace for the user.
            err.println("nblint: 内部错误：" + e);
            if (System.getenv("NBLINT_DEBUG") != null) e.printStackTrace(err);
            err.flush();
            return INTERNAL_ERROR;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
