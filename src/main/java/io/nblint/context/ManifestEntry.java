package io.nblint.context;

import io.nblint.facts.OrganType;

import java.time.LocalDate;

/**
 * What the batch manifest says about one file.
 *
 * @param file        file name or path relative to the batch folder / zip
 * @param agency      organ name, or null
 * @param published   publication date on the portal, or null
 * @param organType   organ type, or null to take it from the report
 * @param line        manifest line, for messages
 */
public record ManifestEntry(String file, String agency, LocalDate published, OrganType organType, int line) {
}
