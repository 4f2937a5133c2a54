package io.nblint.read.pdf;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Drops embedded Type 1 font programs from a document loaded for text extraction only. PDFBox parses
 * (and decrypts) every embedded Type 1 program when it first meets the font, which was half of the
 * reading time for LibreOffice PDFs (their CJK subsets are Type 1); the text needs only the font's
 * /ToUnicode map and /Widths, which stay. Fonts without both are left alone. In memory only.
 */
final class FontProgramSkipper {
    private FontProgramSkipper() {
    }

    /** A composite font over an embedded TrueType whose glyph widths are all in /W: the TrueType parse is skipped too. */
    private static void skipCidTrueType(COSDictionary font) {
        if (!(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof org.apache.pdfbox.cos.COSArray descendants)
                || descendants.size() != 1 || !(descendants.getObject(0) instanceof COSDictionary cid)) return;
        if (!COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE)) || !cid.containsKey(COSName.W)) return;
        COSDictionary descriptor = cid.getCOSDictionary(COSName.FONT_DESC);
        if (descriptor != null) descriptor.removeItem(COSName.FONT_FILE2);
    }

    static void apply(PDDocument document) {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) continue;
            for (COSName name : resources.getFontNames()) {
                COSBase base = resources.getCOSObject().getCOSDictionary(COSName.FONT) == null ? null
                        : resources.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name);
                if (!(base instanceof COSDictionary font)) continue;
                if (!font.containsKey(COSName.TO_UNICODE)) continue;
                COSName subtype = font.getCOSName(COSName.SUBTYPE);
                if (COSName.TYPE1.equals(subtype) && font.containsKey(COSName.WIDTHS)) {
                    COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
                    if (descriptor != null) descriptor.removeItem(COSName.FONT_FILE);
                } else if (COSName.TYPE0.equals(subtype)) {
                    skipCidTrueType(font);
                }
            }
        }
    }
}
