package io.nblint.web;

import io.nblint.store.DataDirectory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The service's users: {@code <data-dir>/users.properties}, one line per user,
 * {@code name = pbkdf2:<iterations>:<salt>:<hash>:<role,role>}. On first start the file is created
 * with one user {@code admin} (roles reviewer and rule-admin) whose password is
 * {@code nblint.admin-password} when configured, otherwise random and printed once to the log.
 * More users: {@code java -cp ... io.nblint.web.Users <data-dir> <name> <password> <roles>} appends one.
 * The file is re-read when it changes, so users are added without a restart.
 */
@ApplicationScoped
public class Users {
    private static final Logger LOG = Logger.getLogger(Users.class);
    public static final String REVIEWER = "reviewer";
    public static final String RULE_ADMIN = "rule-admin";
    private static final int ITERATIONS = 120_000;

    private final Path file;
    private final Optional<String> adminPassword;
    private volatile Properties users = new Properties();
    private volatile long loadedStamp = -1;

    public Users(DataDirectory dataDir, @ConfigProperty(name = "nblint.admin-password") Optional<String> adminPassword) {
        this.file = dataDir.path().resolve("users.properties");
        this.adminPassword = adminPassword.filter(p -> !p.isBlank());
    }

    void onStart(@Observes StartupEvent event) {
        if (!Files.exists(file)) createFirstAdmin();
        reloadIfChanged();
    }

    private void createFirstAdmin() {
        String password = adminPassword.orElseGet(Users::randomPassword);
        try {
            Files.createDirectories(file.getParent());
            add(file, "admin", password, REVIEWER + "," + RULE_ADMIN);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建用户文件 " + file, e);
        }
        if (adminPassword.isPresent()) {
            LOG.infof("已创建初始管理员 admin（密码取自配置 nblint.admin-password），用户文件：%s", file);
        } else {
            LOG.warnf("\n==== 首次启动：已创建管理员账号 ====\n用户名: admin\n密码:   %s\n（仅显示这一次；用户文件 %s）\n====", password, file);
        }
    }

    /** The user's roles when name and password match, otherwise empty. */
    public Optional<Set<String>> authenticate(String name, String password) {
        reloadIfChanged();
        String entry = users.getProperty(name);
        if (entry == null) {
            hash(password, new byte[16], ITERATIONS); // same work either way: no user-name probing by timing
            return Optional.empty();
        }
        String[] p = entry.split(":", 5);
        if (p.length < 4 || !p[0].equals("pbkdf2")) return Optional.empty();
        byte[] expected = Base64.getDecoder().decode(p[3]);
        byte[] actual = hash(password, Base64.getDecoder().decode(p[2]), Integer.parseInt(p[1]));
        if (!MessageDigest.isEqual(expected, actual)) return Optional.empty();
        Set<String> roles = new LinkedHashSet<>();
        if (p.length == 5) for (String r : p[4].split(",")) if (!r.isBlank()) roles.add(r.trim());
        return Optional.of(roles);
    }

    private synchronized void reloadIfChanged() {
        try {
            long stamp = Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() + Files.size(file) : 0;
            if (stamp == loadedStamp) return;
            Properties p = new Properties();
            if (stamp != 0) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
            users = p;
            loadedStamp = stamp;
        } catch (IOException e) {
            LOG.warnf("无法读取用户文件 %s：%s", file, e.getMessage());
        }
    }

    static void add(Path file, String name, String password, String roles) throws IOException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String line = name + "=pbkdf2:" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash(password, salt, ITERATIONS)) + ":" + roles + "\n";
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
            w.write(line);
        }
    }

    private static byte[] hash(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Adds a user: {@code Users <data-dir> <name> <password> <roles>}, roles e.g. "reviewer" or "reviewer,rule-admin". */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("用法: Users <数据目录> <用户名> <密码> <角色，如 reviewer 或 reviewer,rule-admin>");
            System.exit(2);
        }
        Path f = Path.of(args[0]).resolve("users.properties");
        Files.createDirectories(f.getParent());
        add(f, args[1], args[2], args[3]);
        System.out.println("已添加用户 " + args[1] + " 到 " + f);
    }
}
