package io.nblint.parse;

/**
 * One sentence of prose: a piece of a paragraph line between 。；！？ (line ends also close a sentence,
 * since extracted text breaks lines where the source did).
 *
 * @param text the sentence as written, trimmed, closing punctuation dropped
 * @param line 1-based line it stands on
 * @param page page (PDF), or null
 */
record Sentence(String text, int line, Integer page) {
}
