package io.nblint.store;

import io.nblint.check.Finding;
import io.nblint.check.FindingStatus;
import io.nblint.check.Severity;
import io.nblint.facts.Location;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions, their checks, findings and review decisions, in plain JDBC. Chosen over Hibernate ORM
 * because the schema is four tables read in whole rows, every write is one explicit short transaction
 * (an upload is acknowledged only after its commit), and the same SQL must run on H2 and PostgreSQL
 * without an ORM's dialect layer or its boot time on a 2-core machine.
 */
@ApplicationScoped
public class SubmissionStore {
    private final Database db;

    public SubmissionStore(Database db) {
        this.db = db;
    }

    public Optional<StoredSubmission> findByHash(String sha256) {
        return one("SELECT " + SUB_COLS + " FROM submission WHERE sha256 = ?", sha256);
    }

    public Optional<StoredSubmission> get(long id) {
        return one("SELECT " + SUB_COLS + " FROM submission WHERE id = ?", id);
    }

    public List<StoredSubmission> all() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + SUB_COLS + " FROM submission ORDER BY id")) {
            return submissions(ps);
        } catch (SQLException e) {
            throw new StoreException("读取提交列表失败", e);
        }
    }

    /**
     * Stores the file and its first check in one transaction and commits before returning. When the
     * same bytes were stored meanwhile (a concurrent upload), the existing submission is returned.
     */
    public Inserted insert(String fileName, String sha256, byte[] content, String user, NewCheck check) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO submission (sha256, file_name, size_bytes, content, uploaded_by, uploaded_at) VALUES (?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, sha256);
                    ps.setString(2, fileName);
                    ps.setLong(3, content.length);
                    ps.setBytes(4, content);
                    ps.setString(5, user);
                    ps.setObject(6, now());
                    ps.executeUpdate();
                    id = generatedId(ps);
                }
                insertCheck(c, id, check);
                c.commit();
                return new Inserted(get(id).orElseThrow(), false);
            } catch (SQLException e) {
                c.rollback();
                Optional<StoredSubmission> existing = findByHash(sha256);
                if (existing.isPresent()) return new Inserted(existing.get(), true);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("保存上传文件 " + fileName + " 失败", e);
        }
    }

    /** @param duplicate true when the bytes were already stored and nothing new was written */
    public record Inserted(StoredSubmission submission, boolean duplicate) {
    }

    /** Adds a re-check; earlier checks stay as history. */
    public long addCheck(long submissionId, NewCheck check) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                long id = insertCheck(c, submissionId, check);
                c.commit();
                return id;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("保存复查结果失败", e);
        }
    }

    public byte[] content(long submissionId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT content FROM submission WHERE id = ?")) {
            ps.setLong(1, submissionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("读取原始文件失败", e);
        }
    }

    /** Every check of a submission, oldest first. */
    public List<CheckRecord> checks(long submissionId) {
        return checks("SELECT " + CHECK_COLS + " FROM check_run WHERE submission_id = ? ORDER BY id", submissionId);
    }

    public Optional<CheckRecord> latestCheck(long submissionId) {
        List<CheckRecord> all = checks(submissionId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The newest check of every submission, by submission id. */
    public Map<Long, CheckRecord> latestChecks() {
        Map<Long, CheckRecord> latest = new LinkedHashMap<>();
        for (CheckRecord r : checks("SELECT " + CHECK_COLS + " FROM check_run ORDER BY id")) {
            latest.put(r.submissionId(), r);
        }
        return latest;
    }

    public List<StoredFinding> findings(long checkId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, seq, fingerprint, rule_id, rule_name, severity, status, basis, message, "
                     + "part_no, table_name, row_key, column_key, location_label, line_no, page_no, evidence "
                     + "FROM finding WHERE check_id = ? ORDER BY seq")) {
            ps.setLong(1, checkId);
            List<StoredFinding> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Location loc = new Location(intOrNull(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13),
                            rs.getString(14), intOrNull(rs, 15), intOrNull(rs, 16));
                    Finding f = new Finding(rs.getString(4), rs.getString(5), Severity.valueOf(rs.getString(6)),
                            FindingStatus.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), loc, rs.getString(17));
                    list.add(new StoredFinding(rs.getLong(1), rs.getInt(2), rs.getString(3), f));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new StoreException("读取问题清单失败", e);
        }
    }

    public ReviewDecision addReview(long submissionId, String fingerprint, ReviewDecision.Decision decision,
                                    String comment, String reviewer) {
        OffsetDateTime at = now();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO review (submission_id, fingerprint, decision, comment, reviewer, decided_at) VALUES (?,?,?,?,?,?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, submissionId);
            ps.setString(2, fingerprint);
            ps.setString(3, decision.name());
            ps.setString(4, comment);
            ps.setString(5, reviewer);
            ps.setObject(6, at);
            ps.executeUpdate();
            return new ReviewDecision(generatedId(ps), submissionId, fingerprint, decision, comment, reviewer, at);
        } catch (SQLException e) {
            throw new StoreException("保存复核意见失败", e);
        }
    }

    /** Every decision on a submission, oldest first (the audit trail). */
    public List<ReviewDecision> reviews(long submissionId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, submission_id, fingerprint, decision, comment, reviewer, decided_at "
                     + "FROM review WHERE submission_id = ? ORDER BY id")) {
            ps.setLong(1, submissionId);
            List<ReviewDecision> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new ReviewDecision(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            ReviewDecision.Decision.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                            rs.getObject(7, OffsetDateTime.class)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new StoreException("读取复核记录失败", e);
        }
    }

    /** The decision in force per fingerprint: the latest one. */
    public Map<String, ReviewDecision> reviewsInForce(long submissionId) {
        Map<String, ReviewDecision> inForce = new LinkedHashMap<>();
        for (ReviewDecision r : reviews(submissionId)) inForce.put(r.fingerprint(), r);
        return inForce;
    }

    /** True when the database answers; for the health check. */
    public boolean ping() {
        try (Connection c = db.connection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private long insertCheck(Connection c, long submissionId, NewCheck check) throws SQLException {
        long checkId;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO check_run (submission_id, ruleset_version, checked_at, agency, report_year, title, facts_json, read_error, score, grade) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, submissionId);
            ps.setString(2, check.ruleSetVersion());
            ps.setObject(3, now());
            ps.setString(4, clip(check.agency(), 300));
            if (check.year() == null) ps.setNull(5, Types.INTEGER); else ps.setInt(5, check.year());
            ps.setString(6, clip(check.title(), 1000));
            ps.setString(7, check.factsJson());
            ps.setString(8, check.readError());
            ps.setBigDecimal(9, check.score());
            ps.setString(10, check.grade());
            ps.executeUpdate();
            checkId = generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO finding (check_id, seq, fingerprint, rule_id, rule_name, severity, status, basis, message, part_no, "
                        + "table_name, row_key, column_key, location_label, line_no, page_no, evidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (StoredFinding sf : check.findings()) {
                Finding f = sf.finding();
                Location l = f.location();
                ps.setLong(1, checkId);
                ps.setInt(2, sf.seq());
                ps.setString(3, sf.fingerprint());
                ps.setString(4, clip(f.ruleId(), 100));
                ps.setString(5, clip(f.ruleName(), 300));
                ps.setString(6, f.severity().name());
                ps.setString(7, f.status().name());
                ps.setString(8, f.basis());
                ps.setString(9, f.message());
                setInt(ps, 10, l.part());
                ps.setString(11, clip(l.table(), 20));
                ps.setString(12, clip(l.row(), 50));
                ps.setString(13, clip(l.column(), 50));
                ps.setString(14, clip(l.label(), 500));
                setInt(ps, 15, l.line());
                setInt(ps, 16, l.page());
                ps.setString(17, f.evidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return checkId;
    }

    private static final String SUB_COLS = "id, sha256, file_name, size_bytes, uploaded_by, uploaded_at";
    private static final String CHECK_COLS = "id, submission_id, ruleset_version, checked_at, agency, report_year, title, facts_json, read_error, score, grade";

    private Optional<StoredSubmission> one(String sql, Object key) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            List<StoredSubmission> list = submissions(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        } catch (SQLException e) {
            throw new StoreException("读取提交记录失败", e);
        }
    }

    private static List<StoredSubmission> submissions(PreparedStatement ps) throws SQLException {
        List<StoredSubmission> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new StoredSubmission(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
            }
        }
        return list;
    }

    private List<CheckRecord> checks(String sql, Object... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            List<CheckRecord> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new CheckRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                            rs.getString(5), intOrNull(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getBigDecimal(10), rs.getString(11)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new StoreException("读取检查记录失败", e);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("数据库未返回新记录编号");
            return keys.getLong(1);
        }
    }

    private static Integer intOrNull(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    private static void setInt(PreparedStatement ps, int col, Integer v) throws SQLException {
        if (v == null) ps.setNull(col, Types.INTEGER); else ps.setInt(col, v);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
