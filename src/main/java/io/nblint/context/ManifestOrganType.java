package io.nblint.context;

import io.nblint.facts.OrganType;

/** Organ type as a batch manifest writes it; from a name, {@link io.nblint.parse.OrganTypeClassifier} decides. */
public final class ManifestOrganType {
    private ManifestOrganType() {
    }

    /** Parses the manifest's organ type: the enum name or its Chinese label, or common words. */
    public static OrganType parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.trim();
        for (OrganType o : OrganType.values()) {
            if (o.name().equalsIgnoreCase(t) || o.getLabel().equals(t)) return o;
        }
        return switch (t) {
            case "部门", "政府部门", "县级以上政府部门" -> OrganType.DEPARTMENT;
            case "政府", "人民政府", "县级以上人民政府" -> OrganType.GOVERNMENT;
            case "乡镇", "街道", "乡镇街道", "乡镇人民政府", "街道办事处" -> OrganType.TOWNSHIP;
            case "其他" -> OrganType.OTHER;
            default -> null;
        };
    }
}
