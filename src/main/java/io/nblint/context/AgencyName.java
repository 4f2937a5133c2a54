package io.nblint.context;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Agency names as keys for matching one organ's reports across years: the same organ is written
 * with full- or half-width characters, stray spaces, brackets or a trailing "（本级）", and the body
 * text says "我局" instead of the name.
 */
public final class AgencyName {
    /** Words reports use for themselves instead of their name. */
    private static final Set<String> SELF_REFERENCES = Set.of("我局", "本局", "我委", "本委", "我办", "本办", "我厅", "本厅",
            "我单位", "本单位", "本机关", "我机关", "我院", "本院", "我署", "本署", "我中心", "本中心", "我部", "本部", "我府", "本府");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    private static final Pattern TITLE_AGENCY = Pattern.compile("^(.*?)\\s*(?:19|20)\\d{2}\\s*年");

    private AgencyName() {
    }

    /** The matching key: NFKC (full/half width), without whitespace, punctuation and symbols. */
    public static String key(String name) {
        if (name == null) return "";
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return NOISE.matcher(n).replaceAll("");
    }

    public static boolean isSelfReference(String name) {
        return name != null && SELF_REFERENCES.contains(key(name));
    }

    /**
     * The organ's name: {@code agency} when it is a real name; for a blank or a self-reference
     * ("我局"), the manifest's name, else the text before the year in the title.
     */
    public static String resolve(String agency, String title, String manifestAgency) {
        if (agency != null && !agency.isBlank() && !isSelfReference(agency)) return agency.trim();
        if (manifestAgency != null && !manifestAgency.isBlank()) return manifestAgency.trim();
        if (title != null) {
            var m = TITLE_AGENCY.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC).trim());
            if (m.find() && !m.group(1).isBlank()) return m.group(1).trim();
        }
        return agency == null || agency.isBlank() ? null : agency.trim();
    }

    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
