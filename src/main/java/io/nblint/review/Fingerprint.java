package io.nblint.review;

import io.nblint.check.Finding;
import io.nblint.facts.Location;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across re-checks: rule id + where (part, table cell, label) + evidence, hashed.
 * Line and page numbers and the message wording are left out on purpose: a better reader may shift
 * lines and a rule author may reword a message, and a reviewer's decision must still apply.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Finding f) {
        Location l = f.location();
        String key = String.join("\u001f", f.ruleId(), f.status().name(), s(l.part()), s(l.table()), s(l.row()),
                s(l.column()), s(l.label()), f.evidence() == null ? "" : f.evidence().replaceAll("\\s+", " ").trim());
        return sha256(key.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }
}
