package io.nblint.check;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/** Which .drl file a compiled rule came from; the public KIE API does not say, the engine's rule class does. */
final class RuleSource {
    private RuleSource() {
    }

    static String fileOf(Rule rule) {
        if (rule instanceof RuleImpl impl) {
            Resource r = impl.getResource();
            if (r != null && r.getSourcePath() != null) {
                return r.getSourcePath().replaceFirst("^src/main/resources/", "");
            }
        }
        return null;
    }
}
