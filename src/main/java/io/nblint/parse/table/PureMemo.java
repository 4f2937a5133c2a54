package io.nblint.parse.table;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a cell or label text. A template's labels and the usual
 * cell texts recur in every report, so a batch computes each once; the map is emptied when it reaches
 * its limit, so odd reports cannot grow it without bound. Safe for the batch's threads.
 */
final class PureMemo<V> {
    private final Map<String, V> results = new ConcurrentHashMap<>();
    private final Function<String, V> function;
    private final int limit;

    PureMemo(Function<String, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    V apply(String key) {
        V v = results.get(key);
        if (v != null) return v;
        v = function.apply(key);
        if (results.size() >= limit) results.clear();
        results.put(key, v);
        return v;
    }
}
