package io.nblint.parse;

/**
 * A sentence folded to half-width with whitespace and "**" removed, remembering where each character
 * came from, so a phrase matched in the compact form ("新收政府信息公开申请数量2件") can be quoted as
 * written ("新收政府信息公开申请数量 2 件").
 */
final class CompactText {
    private final String original;
    private final String compact;
    private final int[] origin;

    CompactText(String original) {
        this.original = original;
        String folded = Halfwidth.fold(original);
        StringBuilder b = new StringBuilder(folded.length());
        int[] from = new int[folded.length()];
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) continue;
            if (c == '*' && i + 1 < folded.length() && folded.charAt(i + 1) == '*') {
                i++;
                continue;
            }
            from[b.length()] = i;
            b.append(c);
        }
        this.compact = b.toString();
        this.origin = from;
    }

    String text() {
        return compact;
    }

    /** The original text behind compact characters {@code start} (inclusive) to {@code end} (exclusive). */
    String original(int start, int end) {
        if (start >= end) return "";
        return original.substring(origin[start], origin[end - 1] + 1);
    }
}
