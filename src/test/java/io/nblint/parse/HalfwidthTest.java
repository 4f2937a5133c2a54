package io.nblint.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The hand-written loops must do exactly what the plain definitions say (they replaced regexes for speed). */
class HalfwidthTest {

    @Test
    void foldsFullWidthFormsAndSpaces() {
        assertEquals("(一)2023年:1~2 ", Halfwidth.fold("（一）２０２３年：１～２\u3000"));
    }

    @Test
    void anUnchangedLineIsNotCopied() {
        String s = "二、主动公开政府信息情况";
        assertSame(s, Halfwidth.fold(s));
    }

    @Test
    void compactDropsWhitespaceAndEmphasis() {
        assertEquals("(二)部分公开12", Halfwidth.compact(" **（二）部分 公开**\t１２\u3000"));
        assertEquals("*", Halfwidth.compact("***"));
        assertEquals("**", Halfwidth.compact("* *"));
        assertEquals("", Halfwidth.compact("＊＊"));
    }

    @Test
    void matchesTheDefinitionOnRandomText() {
        char[] alphabet = "（）０９ａＺ＊* \t\n\u3000\u00A0\u2002年一、.:：,".toCharArray();
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            String s = b.toString();
            String folded = definitionFold(s);
            assertEquals(folded, Halfwidth.fold(s), s);
            assertEquals(folded.replace("**", "").replaceAll("\\s+", ""), Halfwidth.compact(s), s);
        }
    }

    private static String definitionFold(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') b.append((char) (c - 0xFEE0));
            else if (c == '\u3000' || c == '\u00A0') b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }
}
