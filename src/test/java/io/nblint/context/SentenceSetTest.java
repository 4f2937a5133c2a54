package io.nblint.context;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written normalisation must equal its definition (NFKC, drop [\s\p{Z}*], mask numbers). */
class SentenceSetTest {
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}*]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9〇零一二三四五六七八九十百千万]+(?=[年月日件条项份次个人])|[0-9]+");

    @Test
    void yearsAndCountsAreMasked() {
        assertEquals("#年共受理申请#件", SentenceSet.normalise("2024 年共受理申请 １２ 件"));
        assertEquals("二是加强培训", SentenceSet.normalise("**二是加强培训**"));
    }

    @Test
    void matchesTheDefinitionOnRandomText() {
        char[] alphabet = "2０十年件申请 \t\u3000\u00A0\u2028*一百人。，".toCharArray();
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(14);
            for (int i = 0; i < len; i++) b.append(alphabet[random.nextInt(alphabet.length)]);
            String s = b.toString();
            String expected = DIGITS.matcher(SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll("")).replaceAll("#");
            assertEquals(expected, SentenceSet.normalise(s), s);
        }
    }
}
