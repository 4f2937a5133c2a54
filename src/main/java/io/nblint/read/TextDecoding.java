package io.nblint.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a plain-text report. Chinese government reports come as UTF-8 (with or
 * without BOM), UTF-16 from Windows tools (always with BOM), or GBK/GB18030 from older editors; a
 * byte sequence that is not strict UTF-8 is taken as GB18030, which is a superset of GBK and GB2312.
 */
final class TextDecoding {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text (BOM removed) and the charset it was decoded from. */
    record Decoded(String text, Charset charset) { }

    private TextDecoding() { }

    /** The charset announced by a byte order mark, or null. */
    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    static int bomLength(Charset bom) {
        if (bom == null) return 0;
        return bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static Decoded decode(byte[] bytes) {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bomLength(bom);
            String text = new String(bytes, skip, bytes.length - skip, bom);
            return new Decoded(stripBomChar(text), bom);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(stripBomChar(utf8), StandardCharsets.UTF_8);
        return new Decoded(stripBomChar(new String(bytes, GB18030)), GB18030);
    }

    /** Decodes with errors reported, or returns null when the bytes are not valid in that charset. */
    static String strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * True when the start of a file decodes as text in UTF-8 or GB18030. The head may end in the
     * middle of a multi-byte character, so malformed input in its last few bytes is forgiven.
     */
    static boolean headDecodes(byte[] head) {
        return decodesUpToTail(head, StandardCharsets.UTF_8) || decodesUpToTail(head, GB18030);
    }

    private static boolean decodesUpToTail(byte[] head, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 16);
        var result = decoder.decode(in, out, false);
        if (result.isError()) return false;
        return head.length - in.position() <= 4;
    }

    private static String stripBomChar(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
