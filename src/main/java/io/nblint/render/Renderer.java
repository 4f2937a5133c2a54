package io.nblint.render;

import java.io.IOException;
import java.io.Writer;

/** Writes a batch of results in one output format. Renderers know nothing about rules (PMD style). */
public interface Renderer {
    void render(Batch batch, Writer out) throws IOException;
}
