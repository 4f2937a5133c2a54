package io.nblint.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bordered table on one page: a set of horizontal and vertical rulings that touch each other.
 * Its column edges are the x positions of its vertical rulings, its row edges the y positions of
 * its horizontal ones; which grid cells are merged is decided later by {@link TableGrid}.
 */
final class RuledTable {
    /** Rulings this close (points) are the same line drawn in pieces, or lines that meet. */
    static final float TOUCH = 3f;
    static final float SAME_EDGE = 2f;

    final int page;
    final List<Ruling> horizontals;
    final List<Ruling> verticals;
    final float left, right, top, bottom;

    private RuledTable(int page, List<Ruling> horizontals, List<Ruling> verticals) {
        this.page = page;
        this.horizontals = horizontals;
        this.verticals = verticals;
        float l = Float.MAX_VALUE, r = -Float.MAX_VALUE, t = Float.MAX_VALUE, b = -Float.MAX_VALUE;
        for (Ruling h : horizontals) {
            l = Math.min(l, h.from());
            r = Math.max(r, h.to());
            t = Math.min(t, h.position());
            b = Math.max(b, h.position());
        }
        for (Ruling v : verticals) {
            l = Math.min(l, v.position());
            r = Math.max(r, v.position());
            t = Math.min(t, v.from());
            b = Math.max(b, v.to());
        }
        left = l;
        right = r;
        top = t;
        bottom = b;
    }

    List<Float> columnEdges() {
        List<Float> xs = new ArrayList<>();
        for (Ruling v : verticals) xs.add(v.position());
        return clusterEdges(xs);
    }

    List<Float> rowEdges() {
        List<Float> ys = new ArrayList<>();
        for (Ruling h : horizontals) ys.add(h.position());
        return clusterEdges(ys);
    }

    boolean contains(Glyph g) {
        float x = g.centerX(), y = g.centerY();
        return x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1;
    }

    /** Is there a vertical border at x crossing height y? */
    boolean verticalBorderAt(float x, float y) {
        for (Ruling v : verticals) {
            if (Math.abs(v.position() - x) <= SAME_EDGE && v.covers(y, 0.5f)) return true;
        }
        return false;
    }

    /** Is there a horizontal border at y crossing x? */
    boolean horizontalBorderAt(float y, float x) {
        for (Ruling h : horizontals) {
            if (Math.abs(h.position() - y) <= SAME_EDGE && h.covers(x, 0.5f)) return true;
        }
        return false;
    }

    /** Positions closer than {@link #SAME_EDGE} are one edge (borders drawn per cell wobble a little). */
    static List<Float> clusterEdges(List<Float> positions) {
        List<Float> sorted = new ArrayList<>(positions);
        sorted.sort(Comparator.naturalOrder());
        List<Float> edges = new ArrayList<>();
        float sum = 0;
        int n = 0;
        float last = Float.NaN;
        for (float p : sorted) {
            if (n > 0 && p - last > SAME_EDGE) {
                edges.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += p;
            n++;
            last = p;
        }
        if (n > 0) edges.add(sum / n);
        return edges;
    }

    /** Finds the bordered tables among a page's rulings, top to bottom. */
    static List<RuledTable> find(int page, List<Ruling> rulings) {
        List<Ruling> hs = merge(rulings.stream().filter(Ruling::horizontal).toList());
        List<Ruling> vs = merge(rulings.stream().filter(r -> !r.horizontal()).toList());
        int n = hs.size() + vs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < hs.size(); i++) {
            Ruling h = hs.get(i);
            for (int j = 0; j < vs.size(); j++) {
                Ruling v = vs.get(j);
                if (h.covers(v.position(), TOUCH) && v.covers(h.position(), TOUCH)) union(parent, i, hs.size() + j);
            }
        }
        List<RuledTable> tables = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = findRoot(parent, i);
            if (done[root]) continue;
            done[root] = true;
            List<Ruling> ch = new ArrayList<>(), cv = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (findRoot(parent, k) != root) continue;
                if (k < hs.size()) ch.add(hs.get(k));
                else cv.add(vs.get(k - hs.size()));
            }
            if (ch.size() < 2 || cv.size() < 2) continue;
            RuledTable t = new RuledTable(page, ch, cv);
            if (t.right - t.left < 30 || t.bottom - t.top < 8) continue;
            tables.add(t);
        }
        tables.sort(Comparator.comparingDouble(t -> t.top));
        return tables;
    }

    /** Joins collinear pieces (many producers draw each cell's border separately). */
    private static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::from));
        List<Ruling> merged = new ArrayList<>();
        for (Ruling r : sorted) {
            if (r.to() - r.from() < 2) continue;
            Ruling joined = null;
            for (int i = merged.size() - 1; i >= 0; i--) {
                Ruling m = merged.get(i);
                if (r.position() - m.position() > 1.5f) break;
                if (r.from() <= m.to() + 1.5f && r.to() >= m.from() - 1.5f) {
                    joined = new Ruling(m.horizontal(), (m.position() + r.position()) / 2,
                            Math.min(m.from(), r.from()), Math.max(m.to(), r.to()));
                    merged.set(i, joined);
                    break;
                }
            }
            if (joined == null) merged.add(r);
        }
        return merged;
    }

    private static int findRoot(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[findRoot(parent, a)] = findRoot(parent, b);
    }
}
