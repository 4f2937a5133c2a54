package io.nblint.parse;

import io.nblint.facts.FormatVersion;
import io.nblint.facts.Table;
import io.nblint.read.TextLine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which template the report follows from the labels its tables were found to use, never from
 * its year (the rules compare the two). Table 四 is the same in the 2019 and 2021 templates (spec §2.3),
 * so only tables 二 and 三 can tell them apart. With no table at all, a report for 2018 or earlier, or one
 * organised by the 2008 items ("收费及减免情况"), is LEGACY.
 */
final class FormatVersionDecider {
    private static final Pattern LEGACY_ITEM = Pattern.compile("收费[及和、与]减免");

    private FormatVersionDecider() {
    }

    static FormatVersion decide(List<Table> tables, Integer year, List<TextLine> lines) {
        Set<FormatVersion> seen = EnumSet.noneOf(FormatVersion.class);
        boolean anyTable = false;
        for (Table t : tables) {
            if (!t.isPresent()) continue;
            anyTable = true;
            if (t.getPart() == 4) continue;
            if (t.getFormat() == FormatVersion.V2021 || t.getFormat() == FormatVersion.V2019) seen.add(t.getFormat());
        }
        if (seen.size() > 1) return FormatVersion.MIXED;
        if (seen.size() == 1) return seen.iterator().next();
        if (anyTable) return FormatVersion.UNKNOWN;
        if (year != null && year <= 2018) return FormatVersion.LEGACY;
        return hasLegacyItem(lines) ? FormatVersion.LEGACY : FormatVersion.UNKNOWN;
    }

    private static boolean hasLegacyItem(List<TextLine> lines) {
        for (TextLine line : lines) {
            if (LEGACY_ITEM.matcher(Halfwidth.compact(line.text())).find()) return true;
        }
        return false;
    }
}
