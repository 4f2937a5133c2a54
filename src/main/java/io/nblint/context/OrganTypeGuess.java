package io.nblint.context;

import io.nblint.facts.OrganType;

/**
 * Organ type from a name, for when neither the parser nor the manifest gave one. The order of the
 * tests matters: "…镇人民政府" is a township before it is a government, "…人民政府办公室" is a department.
 */
public final class OrganTypeGuess {
    private OrganTypeGuess() {
    }

    public static OrganType of(String agency) {
        if (agency == null || agency.isBlank()) return OrganType.UNKNOWN;
        String a = AgencyName.key(agency);
        if (a.endsWith("街道办事处") || a.matches(".*[乡镇]人民政府$")) return OrganType.TOWNSHIP;
        if (a.endsWith("人民政府")) return OrganType.GOVERNMENT;
        if (a.matches(".*(局|委员会|委|办公室|办|厅|部|署)$")) return OrganType.DEPARTMENT;
        return OrganType.OTHER;
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
