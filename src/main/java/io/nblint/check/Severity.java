package io.nblint.check;

import java.util.Locale;

/** How serious a finding is (spec §6): an explicit rule or exact identity broken, a probable defect, or a remark. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    NOTICE("提示");

    private final String label;

    Severity(String label) { this.label = label; }

    /** Chinese label shown to clerks. */
    public String getLabel() { return label; }

    /** Parses a rule's @severity value: ERROR / WARNING / NOTICE, any case, or the Chinese label. */
    public static Severity parse(String text) {
        if (text == null) return null;
        String t = text.trim();
        for (Severity s : values()) {
            if (s.name().equals(t.toUpperCase(Locale.ROOT)) || s.label.equals(t)) return s;
        }
        return null;
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) { return ordinal() <= other.ordinal(); }
}
