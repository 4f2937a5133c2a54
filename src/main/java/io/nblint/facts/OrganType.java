package io.nblint.facts;

/** The kind of organ that publishes the report; it decides the publication deadline (spec §3). */
public enum OrganType {
    /** A department of a people's government at county level or above (…局, …委员会, …办公室): 1-31. */
    DEPARTMENT("政府部门"),
    /** A people's government at county level or above (…市人民政府, …县人民政府): 3-31. */
    GOVERNMENT("县级以上人民政府"),
    /** Township government or sub-district office (…乡/镇人民政府, …街道办事处): local deadline. */
    TOWNSHIP("乡镇人民政府、街道办事处"),
    /** Anything else (派出机构, authorised organisations, public institutions): local deadline. */
    OTHER("其他机关或组织"),
    UNKNOWN("无法判断");

    private final String label;

    OrganType(String label) { this.label = label; }

    public String getLabel() { return label; }
}
