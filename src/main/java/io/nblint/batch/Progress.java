package io.nblint.batch;

import java.io.PrintStream;

/**
 * Batch progress: a redrawn bar on a terminal, plain lines otherwise (a log file or a CI job
 * gets one line per report instead of a screen of carriage returns).
 */
public interface Progress {
    void start(String stage, int total);

    void done(String file, boolean ok);

    void finish();

    static Progress forConsole(PrintStream out) {
        return System.console() != null ? new Bar(out) : new Lines(out);
    }

    static Progress silent() {
        return new Progress() {
            public void start(String stage, int total) { }
            public void done(String file, boolean ok) { }
            public void finish() { }
        };
    }

    final class Bar implements Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private String stage;
        private int total;
        private int done;
        private int failed;
        private long started;

        Bar(PrintStream out) { this.out = out; }

        public synchronized void start(String stage, int total) {
            this.stage = stage;
            this.total = total;
            this.done = 0;
            this.failed = 0;
            this.started = System.nanoTime();
            draw();
        }

        public synchronized void done(String file, boolean ok) {
            done++;
            if (!ok) failed++;
            draw();
        }

        private void draw() {
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            double secs = (System.nanoTime() - started) / 1e9;
            String rate = secs > 0.5 ? String.format(" %.1f 份/秒", done / secs) : "";
            out.print("\r" + stage + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + (failed > 0 ? "（无法检查 " + failed + "）" : "") + rate + "   ");
            out.flush();
        }

        public synchronized void finish() {
            out.println();
        }
    }

    final class Lines implements Progress {
        private final PrintStream out;
        private String stage;
        private int total;
        private int done;

        Lines(PrintStream out) { this.out = out; }

        public synchronized void start(String stage, int total) {
            this.stage = stage;
            this.total = total;
            this.done = 0;
            out.println(stage + "：共 " + total + " 个文件");
        }

        public synchronized void done(String file, boolean ok) {
            done++;
            out.println(stage + " " + done + "/" + total + " " + (ok ? "完成" : "无法检查") + " " + file);
        }

        public synchronized void finish() {
            out.flush();
        }
    }
}
