package io.nblint.parse;

import io.nblint.facts.OrganType;

import java.util.regex.Pattern;

/**
 * Tells the kind of organ from its name, which decides the publication deadline (spec §3):
 * a people's government at county level or above (…省/市/县/区/自治州/旗/盟人民政府), a township
 * government or sub-district office, a government department (…局, …委员会, …办公室, …厅),
 * or something else (派出机构 such as 分局/所/站, 管委会, centres and other bodies).
 */
final class OrganTypeClassifier {
    private static final Pattern TOWNSHIP = Pattern.compile(".*(?:(?:乡|镇|苏木)(?:人民)?政府|街道办事处|街道办|街道)$");
    private static final Pattern GOVERNMENT = Pattern.compile(".*(?:省|市|县|区|州|旗|盟)(?:人民)?政府$");
    /** Sub-units and field offices: their deadline is set locally, like a township's. */
    private static final Pattern FIELD_OFFICE = Pattern.compile(".*(?:分局|所|站|管委会|(?:区|园)管理委员会|中心|队)$");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(?:局|委员会|委|办公室|办|厅|署)$");

    private OrganTypeClassifier() {
    }

    static OrganType classify(String agency) {
        if (agency == null || agency.isBlank()) return OrganType.UNKNOWN;
        String name = Halfwidth.compact(agency);
        if (TOWNSHIP.matcher(name).matches()) return OrganType.TOWNSHIP;
        if (GOVERNMENT.matcher(name).matches()) return OrganType.GOVERNMENT;
        if (FIELD_OFFICE.matcher(name).matches()) return OrganType.OTHER;
        if (DEPARTMENT.matcher(name).matches()) return OrganType.DEPARTMENT;
        return OrganType.OTHER;
    }
}
