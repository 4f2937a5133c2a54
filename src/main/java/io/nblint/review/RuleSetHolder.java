package io.nblint.review;

import io.nblint.check.RuleSet;
import io.nblint.check.RuleSetException;
import io.nblint.check.RuleSetLoader;
import io.nblint.score.ScoringConfig;
import io.nblint.score.ScoringConfigException;
import io.nblint.score.ScoringConfigReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The rule set in force, with its scoring configuration (rules/scoring.yaml, part of the rule-set
 * version). A reload compiles and validates the new rules and reads the scoring file completely before swapping
 * the reference, so a broken edit never replaces working rules; a check takes {@link #current()} once
 * and finishes on that instance whatever happens meanwhile. The rules directory is polled (cheap:
 * modification times only) so an edit takes effect without a restart or a click.
 */
@ApplicationScoped
public class RuleSetHolder {
    private static final Logger LOG = Logger.getLogger(RuleSetHolder.class);

    private final Path directory;
    private final long pollSeconds;
    private final RuleSetLoader loader = new RuleSetLoader();
    private final ScoringConfigReader scoringReader = new ScoringConfigReader();
    private final AtomicReference<ActiveRules> current = new AtomicReference<>();
    /** Scoring of every rule-set version loaded since start, so a review re-scores a check by its own rules. */
    private final java.util.Map<String, ScoringConfig> scoringByVersion = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicReference<ReloadOutcome> lastReload = new AtomicReference<>();
    private volatile long lastStamp;
    private ScheduledExecutorService watcher;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<RulesLoaded> loaded;

    /** Fired (asynchronously) after a rule set was swapped in. */
    public record RulesLoaded(String version) {
    }

    public RuleSetHolder(@ConfigProperty(name = "nblint.rules-dir", defaultValue = "rules") String directory,
                         @ConfigProperty(name = "nblint.rules-poll-seconds", defaultValue = "3") long pollSeconds) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.pollSeconds = pollSeconds;
    }

    void start(@Observes StartupEvent event) {
        reload("启动");
        if (pollSeconds > 0) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "nblint-rules-watch");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, pollSeconds, pollSeconds, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (watcher != null) watcher.shutdownNow();
    }

    /** The rule set in force, or null when none could ever be loaded. */
    public RuleSet current() {
        ActiveRules a = current.get();
        return a == null ? null : a.ruleSet();
    }

    /** The rule set and scoring in force, taken together; null when none could ever be loaded. */
    public ActiveRules active() {
        return current.get();
    }

    /** The scoring that came with a rule-set version, or the one in force when that version is unknown. */
    public ScoringConfig scoringOf(String version) {
        ScoringConfig c = version == null ? null : scoringByVersion.get(version);
        if (c != null) return c;
        ActiveRules a = current.get();
        return a == null ? null : a.scoring();
    }

    /** A compiled rule set and the scoring configuration read from the same directory. */
    public record ActiveRules(RuleSet ruleSet, ScoringConfig scoring) {
    }

    public Path directory() {
        return directory;
    }

    /** The outcome of the latest reload attempt (successful or not). */
    public ReloadOutcome lastReload() {
        return lastReload.get();
    }

    /** Compiles the rules directory; on success swaps it in, on failure keeps the running rules. */
    public synchronized ReloadOutcome reload(String trigger) {
        lastStamp = stamp();
        RuleSet previous = current();
        ReloadOutcome outcome;
        try {
            RuleSet fresh = loader.load(directory);
            ScoringConfig scoring = scoringReader.readFromRules(directory);
            current.set(new ActiveRules(fresh, scoring));
            scoringByVersion.put(fresh.version(), scoring);
            outcome = new ReloadOutcome(true, trigger, OffsetDateTime.now(), fresh.version(),
                    previous == null ? null : previous.version(), fresh.rules().size(), null, List.of());
            LOG.infof("规则已加载：%s，%d 条，版本 %s", directory, fresh.rules().size(), fresh.version());
            if (loaded != null) loaded.fireAsync(new RulesLoaded(fresh.version()));
        } catch (RuleSetException e) {
            outcome = new ReloadOutcome(false, trigger, OffsetDateTime.now(), previous == null ? null : previous.version(),
                    previous == null ? null : previous.version(), previous == null ? 0 : previous.rules().size(),
                    e.getMessage().lines().findFirst().orElse(""), e.getProblems());
            LOG.warnf("规则重新加载失败，继续使用%s：%s", previous == null ? "（无规则）" : "版本 " + previous.version(), e.getMessage());
        } catch (ScoringConfigException e) {
            outcome = new ReloadOutcome(false, trigger, OffsetDateTime.now(), previous == null ? null : previous.version(),
                    previous == null ? null : previous.version(), previous == null ? 0 : previous.rules().size(),
                    "评分配置有误：" + e.getMessage(), List.of(e.getMessage()));
            LOG.warnf("评分配置有误，继续使用%s：%s", previous == null ? "（无规则）" : "版本 " + previous.version(), e.getMessage());
        } catch (RuntimeException e) {
            outcome = new ReloadOutcome(false, trigger, OffsetDateTime.now(), previous == null ? null : previous.version(),
                    previous == null ? null : previous.version(), previous == null ? 0 : previous.rules().size(),
                    "规则加载失败：" + e.getMessage(), List.of());
            LOG.warn("规则重新加载失败", e);
        }
        lastReload.set(outcome);
        return outcome;
    }

    private void reloadIfChanged() {
        try {
            if (stamp() != lastStamp) reload("规则目录变更");
        } catch (RuntimeException e) {
            LOG.warn("监视规则目录失败", e);
        }
    }

    /** A fingerprint of names, sizes and modification times under the rules directory. */
    private long stamp() {
        if (!Files.isDirectory(directory)) return 0;
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return p.toString().hashCode() * 31L + Files.getLastModifiedTime(p).toMillis() * 17 + Files.size(p);
                } catch (IOException e) {
                    return p.toString().hashCode();
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * @param ok        whether the new rules are now in force
     * @param version   the version in force after the attempt
     * @param previous  the version in force before it
     * @param error     one-line summary when it failed
     * @param problems  each problem as "file:line: message"
     */
    public record ReloadOutcome(boolean ok, String trigger, OffsetDateTime at, String version, String previous,
                                int ruleCount, String error, List<String> problems) {
    }
}
