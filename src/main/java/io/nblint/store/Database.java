package io.nblint.store;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The service's database: an H2 file under the data directory unless a JDBC URL is configured
 * ({@code nblint.db.url}, e.g. jdbc:postgresql://host/nblint). The schema is brought up to date by
 * Flyway before the first query; the migrations are portable SQL, so one build serves both.
 */
@Startup // migrate at start, not on the first request
@ApplicationScoped
public class Database {
    private static final Logger LOG = Logger.getLogger(Database.class);

    private final AgroalDataSource dataSource;
    private final String url;

    public Database(DataDirectory dataDir,
                    @ConfigProperty(name = "nblint.db.url") Optional<String> url,
                    @ConfigProperty(name = "nblint.db.user") Optional<String> user,
                    @ConfigProperty(name = "nblint.db.password") Optional<String> password) {
        this.url = url.filter(u -> !u.isBlank()).orElseGet(() -> h2Url(dataDir.path()));
        Map<String, String> props = new HashMap<>();
        props.put(AgroalPropertiesReader.JDBC_URL, this.url);
        props.put(AgroalPropertiesReader.MAX_SIZE, "8");
        props.put(AgroalPropertiesReader.MIN_SIZE, "0");
        props.put(AgroalPropertiesReader.INITIAL_SIZE, "1");
        props.put(AgroalPropertiesReader.PRINCIPAL, user.orElse(this.url.startsWith("jdbc:h2:") ? "sa" : ""));
        props.put(AgroalPropertiesReader.CREDENTIAL, password.orElse(""));
        try {
            this.dataSource = AgroalDataSource.from(new AgroalPropertiesReader().readProperties(props).get());
        } catch (SQLException e) {
            throw new IllegalStateException("无法连接数据库 " + this.url + "（" + e.getMessage() + "）", e);
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        LOG.infof("数据库就绪：%s", this.url);
    }

    /**
     * File mode; every commit is durable before it returns (H2's default write delay would lose the
     * last half second on kill -9, so it is switched off).
     */
    static String h2Url(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建数据目录 " + dataDir, e);
        }
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("nblint").toString().replace('\\', '/')
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public String url() {
        return url;
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    @PreDestroy
    void close() {
        dataSource.close();
    }
}
