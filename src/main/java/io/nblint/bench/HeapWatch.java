package io.nblint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Samples the heap while a run goes: the highest heap in use (live data plus garbage not yet
 * collected) and the highest heap left after a collection (what the run actually keeps alive).
 */
public final class HeapWatch implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxUsed;
    private volatile long maxAfterGc;

    public HeapWatch() {
        System.gc();
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = 0;
            long afterGc = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) continue;
                used += pool.getUsage().getUsed();
                MemoryUsage collected = pool.getCollectionUsage();
                if (collected != null) afterGc += collected.getUsed();
            }
            maxUsed = Math.max(maxUsed, used);
            maxAfterGc = Math.max(maxAfterGc, afterGc);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public long maxUsedMb() {
        return maxUsed / (1024 * 1024);
    }

    public long maxAfterGcMb() {
        return maxAfterGc / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
