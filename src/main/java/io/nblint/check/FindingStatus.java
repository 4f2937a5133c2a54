package io.nblint.check;

/** Whether a rule found a defect, or could not decide because the cells it needs were unreadable. */
public enum FindingStatus {
    /** The report breaks the rule. */
    FAILED("不符合"),
    /** The rule could not be checked ("无法核对"): never counted as a defect, listed so a person looks. */
    UNCERTAIN("无法核对");

    private final String label;

    FindingStatus(String label) { this.label = label; }

    public String getLabel() { return label; }
}
