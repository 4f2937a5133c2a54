package io.nblint.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a saved web page's bytes are encoded: a byte-order mark first; then the bytes
 * themselves when they are valid UTF-8 (Chinese text in GBK is practically never valid UTF-8, and
 * pages that declare gb2312 but were re-saved as UTF-8 are common); then the meta charset; then
 * GB18030, which reads GB2312 and GBK too.
 */
final class HtmlCharset {
    private static final Pattern META = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    static final Charset GB18030 = Charset.forName("GB18030");

    record Decoded(String text, Charset charset) {
    }

    private HtmlCharset() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        String strictUtf8 = strictUtf8(bytes);
        if (strictUtf8 != null) return new Decoded(strictUtf8, StandardCharsets.UTF_8);
        Charset declared = declared(bytes);
        Charset charset = declared == null || declared.equals(StandardCharsets.UTF_8) || isGbFamily(declared) ? GB18030 : declared;
        return new Decoded(new String(bytes, charset), charset);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1).trim());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isGbFamily(Charset c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        return name.startsWith("gb") || name.equals("x-euc-cn") || name.equals("euc-cn");
    }
}
