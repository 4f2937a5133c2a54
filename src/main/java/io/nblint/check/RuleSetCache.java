package io.nblint.check;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps compiled rule sets on disk so a fresh JVM need not compile the DRL again (ECJ compiling
 * ~40 rules costs seconds; reading them back costs a fraction of that).
 * <p>
 * What is stored is the compiled {@link KiePackage}s (rules with their generated consequence and
 * predicate classes as bytecode), written with Drools' own {@link DroolsObjectOutputStream}; on load
 * they are added to a new knowledge base, which only builds the Rete network.
 * <p>
 * The file name is the key: the rule-set version (hash of every rule and configuration file) plus a
 * fingerprint of the program (nblint's classes, Drools and Java versions), because the compiled rules
 * refer to the fact classes by shape. A missing, stale or unreadable entry is never an error: the
 * rules are compiled as usual and the entry rewritten. Wrong rules cannot be served, since an entry
 * is only found under the hash of the exact files it was compiled from.
 */
public class RuleSetCache {
    private static final String MAGIC = "nblint-ruleset-cache-1";

    private final Path cacheDir;
    private final RuleSetLoader compiler;

    public RuleSetCache(Path cacheDir) {
        this(cacheDir, new RuleSetLoader());
    }

    public RuleSetCache(Path cacheDir, RuleSetLoader compiler) {
        this.cacheDir = cacheDir;
        this.compiler = compiler;
    }

    /** System property {@code nblint.cache}, else {@code $NBLINT_CACHE}, else {@code ~/.cache/nblint}. */
    public static Path defaultDirectory() {
        String property = System.getProperty("nblint.cache");
        if (property != null && !property.isBlank()) return Path.of(property);
        String env = System.getenv("NBLINT_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".cache", "nblint");
    }

    public Path directory() {
        return cacheDir;
    }

    /** The rule set of {@code directory}: from the cache when a matching entry exists, else compiled and stored. */
    public RuleSet load(Path directory) throws RuleSetException {
        long start = System.nanoTime();
        Path dir = RuleSetLoader.checkedDirectory(directory);
        String version = RuleSetLoader.version(dir);
        Path entry = entryFor(version);
        if (entry == null) return compiler.load(directory);
        RuleSet cached = read(entry, dir, version, start);
        if (cached != null) return cached;

        RuleSet compiled = compiler.load(directory);
        // A rule file edited while compiling would store new rules under the old hash: only store when unchanged.
        if (compiled.version().equals(version) && version.equals(RuleSetLoader.version(dir))) {
            write(entry, compiled.kieBase());
        }
        return compiled;
    }

    /** Where the entry for rule-set {@code version} lives under this program build; null when the build is unknown. */
    Path entryFor(String version) {
        String program = programFingerprint();
        return program.isEmpty() ? null : cacheDir.resolve("rules-" + version + "-" + program + ".bin");
    }

    private RuleSet read(Path entry, Path dir, String version, long start) {
        if (!Files.isRegularFile(entry)) return null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(entry));
             ObjectInputStream objects = new DroolsObjectInputStream(in, RuleSetCache.class.getClassLoader())) {
            if (!MAGIC.equals(objects.readUTF())) return null;
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            List<String> errors = new ArrayList<>();
            List<RuleInfo> rules = RuleSetLoader.rules(kieBase, errors);
            if (!errors.isEmpty() || rules.isEmpty()) return null;
            return new RuleSet(dir, version, rules, kieBase, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception | LinkageError e) {
            // Unreadable or from an incompatible build: compile instead, the entry will be overwritten.
            return null;
        }
    }

    private void write(Path entry, KieBase kieBase) {
        Path tmp = null;
        try {
            Files.createDirectories(cacheDir);
            tmp = Files.createTempFile(cacheDir, "rules-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp));
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeUTF(MAGIC);
                objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Exception e) {
            // A cache that cannot be written (read-only home, full disk) only costs speed next time.
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    private static volatile String fingerprint;

    /**
     * Identifies the program the rules were compiled against: the size and time of nblint's own
     * classes (the jar, or the class files of a development build) and the Drools and Java versions.
     */
    static String programFingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = computeFingerprint();
            fingerprint = f;
        }
        return f;
    }

    private static String computeFingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            Package drools = KiePackage.class.getPackage();
            sha.update(String.valueOf(drools == null ? null : drools.getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(KnowledgeBaseFactory.class.getProtectionDomain().getCodeSource().getLocation())
                    .getBytes(StandardCharsets.UTF_8));
            CodeSource own = RuleSetCache.class.getProtectionDomain().getCodeSource();
            Path location = own == null ? null : Path.of(own.getLocation().toURI());
            if (location != null && Files.isDirectory(location)) {
                try (Stream<Path> walk = Files.walk(location.resolve("io/nblint"))) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        stamp(sha, p);
                    }
                }
            } else if (location != null) {
                stamp(sha, location);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            // Unknown build: no caching at all rather than risk reading rules compiled for other classes.
            return "";
        }
    }

    private static void stamp(MessageDigest sha, Path p) throws IOException {
        sha.update(p.toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Long.toString(Files.size(p)).getBytes(StandardCharsets.UTF_8));
        sha.update(Long.toString(Files.getLastModifiedTime(p).toMillis()).getBytes(StandardCharsets.UTF_8));
    }
}
