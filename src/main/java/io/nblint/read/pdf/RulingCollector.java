package io.nblint.read.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the straight horizontal and vertical lines a page draws: stroked lines and rectangle
 * edges, and thin filled rectangles (WPS and Word often draw cell borders as hairline fills).
 * Large filled rectangles (cell shading, page backgrounds) are ignored: their edges are not
 * reliably borders, and a page-sized background would swallow the whole page into one "table".
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A fill thinner than this (points) is a line, not an area. */
    private static final float THIN = 2.5f;
    private static final float STRAIGHT = 1.0f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private List<Point2D.Float> current;
    private final float cropLeft;
    private final float cropBottom;
    private final float cropHeight;
    private int images;

    RulingCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        cropLeft = crop.getLowerLeftX();
        cropBottom = crop.getLowerLeftY();
        cropHeight = crop.getHeight();
    }

    List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    int images() {
        return images;
    }

    private Point2D.Float toPage(Point2D p) {
        return new Point2D.Float((float) p.getX() - cropLeft, cropHeight - ((float) p.getY() - cropBottom));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> rect = new ArrayList<>(List.of(toPage(p0), toPage(p1), toPage(p2), toPage(p3), toPage(p0)));
        subpaths.add(rect);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(toPage(new Point2D.Float(x, y)));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) moveTo(x, y);
        current.add(toPage(new Point2D.Float(x, y)));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // Curves are never table borders; break the subpath so no false segment joins across.
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        if (current == null || current.isEmpty()) return new Point2D.Float();
        Point2D.Float p = current.get(current.size() - 1);
        return new Point2D.Float(p.x + cropLeft, cropHeight - p.y + cropBottom);
    }

    @Override
    public void closePath() {
        if (current != null && !current.isEmpty()) current.add(current.get(0));
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() {
        for (List<Point2D.Float> path : subpaths) {
            for (int i = 1; i < path.size(); i++) addSegment(path.get(i - 1), path.get(i));
        }
        reset();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D.Float> path : subpaths) addThinFill(path);
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The clip path is ended by endPath (n); nothing to collect.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void reset() {
        subpaths.clear();
        current = null;
    }

    private void addSegment(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) < STRAIGHT && Math.abs(a.x - b.x) > STRAIGHT) {
            rulings.add(new Ruling(true, (a.y + b.y) / 2, a.x, b.x));
        } else if (Math.abs(a.x - b.x) < STRAIGHT && Math.abs(a.y - b.y) > STRAIGHT) {
            rulings.add(new Ruling(false, (a.x + b.x) / 2, a.y, b.y));
        }
    }

    private void addThinFill(List<Point2D.Float> path) {
        if (path.size() < 3) return;
        float minX = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, minY = Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (Point2D.Float p : path) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        float w = maxX - minX, h = maxY - minY;
        if (h <= THIN && w > h) rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        else if (w <= THIN && h > w) rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
    }
}
