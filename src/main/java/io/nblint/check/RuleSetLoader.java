package io.nblint.check;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Compiles every {@code .drl} file below a directory (sub-folders allowed) into a {@link RuleSet},
 * at run time, so rule authors never rebuild the program. A rule set is refused as a whole when a
 * file does not compile or a rule lacks its metadata (@id, @severity, @basis): a half-loaded rule
 * set would silently check less.
 */
public class RuleSetLoader {
    /** Files that take part in the rule-set version besides the DRL files (scoring configuration). */
    private static final List<String> CONFIG_ENDINGS = List.of(".drl", ".yaml", ".yml", ".json");
    private static final AtomicLong BUILDS = new AtomicLong();

    public RuleSet load(Path directory) throws RuleSetException {
        long start = System.nanoTime();
        Path dir = checkedDirectory(directory);
        List<Path> drlFiles = files(dir, List.of(".drl"));
        String version = version(dir);

        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.nblint.rules", "ruleset", "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (Path file : drlFiles) {
            kfs.write(resourcePath(dir, file), ks.getResources().newByteArrayResource(read(file)));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(describe(directory, m));
        }
        if (!errors.isEmpty()) {
            throw new RuleSetException("规则编译失败（" + errors.size() + " 处错误）", errors);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        List<RuleInfo> rules = rules(kieBase, errors);
        if (!errors.isEmpty()) {
            throw new RuleSetException("规则元数据不完整（" + errors.size() + " 处）", errors);
        }
        return new RuleSet(dir, version, rules, kieBase, (System.nanoTime() - start) / 1_000_000);
    }

    /** The absolute rules directory, refused when missing or without any .drl file. */
    static Path checkedDirectory(Path directory) throws RuleSetException {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException("规则目录不存在: " + directory, List.of());
        }
        if (files(dir, List.of(".drl")).isEmpty()) {
            throw new RuleSetException("规则目录中没有 .drl 文件: " + directory, List.of());
        }
        return dir;
    }

    /** The rule-set version of a directory: hash of every rule and configuration file in it. */
    static String version(Path dir) {
        return version(dir, files(dir, CONFIG_ENDINGS));
    }

    /** Metadata of every rule in {@code kieBase}; problems (missing @id, @severity, @basis) go to {@code errors}. */
    static List<RuleInfo> rules(KieBase kieBase, List<String> errors) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String file = RuleSource.fileOf(rule);
                String where = (file == null ? "" : file + ": ") + "规则 \"" + rule.getName() + "\" ";
                Object id = meta.get("id");
                Severity severity = Severity.parse(meta.get("severity") == null ? null : meta.get("severity").toString());
                Object basis = meta.get("basis");
                if (id == null || id.toString().isBlank()) errors.add(where + "缺少 @id");
                if (severity == null) errors.add(where + "缺少或写错 @severity（应为 ERROR、WARNING 或 NOTICE）");
                if (basis == null || basis.toString().isBlank()) errors.add(where + "缺少 @basis（法规或格式依据）");
                rules.add(new RuleInfo(id == null ? rule.getName() : id.toString(), rule.getName(),
                        text(meta.get("name"), rule.getName()), severity, text(basis, ""),
                        text(description(meta), ""), file));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::drlName));
        return rules;
    }

    /** Drools files {@code @description} under the KIE annotation's class name, not under "description". */
    static Object description(Map<String, Object> meta) {
        Object d = meta.get("description");
        return d != null ? d : meta.get("org.kie.api.definition.type.Description");
    }

    private static String text(Object o, String fallback) {
        return o == null ? fallback : o.toString();
    }

    /** KieFileSystem wants resources under src/main/resources; the relative path is kept for messages. */
    private static String resourcePath(Path dir, Path file) {
        return "src/main/resources/" + dir.relativize(file).toString().replace('\\', '/');
    }

    private static String describe(Path directory, Message m) {
        String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
        String file = path.isEmpty() ? directory.toString() : directory.resolve(path).toString();
        String line = m.getLine() > 0 ? ":" + m.getLine() : "";
        return file + line + ": " + m.getText().replaceAll("\\s+", " ").trim();
    }

    static List<Path> files(Path dir, List<String> endings) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> endings.stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** First 12 hex digits of SHA-256 over every rule and config file's relative path and bytes. */
    static String version(Path dir, List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(read(f));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取规则文件 " + f, e);
        }
    }
}
