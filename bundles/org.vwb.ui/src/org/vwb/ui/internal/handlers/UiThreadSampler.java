package org.vwb.ui.internal.handlers;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Where the UI thread is when a posted runnable is late (the responsiveness benchmark with
 * {@code -Dvwb.responsiveness.sample}): a thread takes the UI thread's stack every {@value #EVERY_NANOS} ns, and
 * the samples that fall inside a late runnable's wait are counted by place. A place is the innermost frames and
 * the innermost vwb frame, so "in a native X call under a chart's paint" and "asleep in the event loop" (the
 * runnable was posted but the thread was not woken or not scheduled) tell apart. Sampling stops the JVM at a safe
 * point each time, so the delays measured with it on are for diagnosis only.
 */
final class UiThreadSampler {

    private static final long EVERY_NANOS = 1_000_000;
    private static final int DEPTH = 24;
    private static final int INNERMOST = 3;

    private record Sample(long at, String place) {
    }

    private final Thread ui;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running = true;
    private Thread sampler;

    UiThreadSampler(Thread ui) {
        this.ui = ui;
    }

    void start() {
        sampler = new Thread(this::sample, "vwb UI thread sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Stops sampling; the samples stay for {@link #lateReport}. */
    void stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The places the UI thread was sampled in while runnables waited longer than {@code lateNanos}: the most
     * frequent first, as share of those samples. {@code waits} holds (posted, waited) pairs in ns.
     */
    String lateReport(List<long[]> waits, long lateNanos, int places) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        int late = 0;
        for (long[] wait : waits) {
            if (wait[1] < lateNanos) {
                continue;
            }
            late++;
            for (Sample s : samples) {
                if (s.at() >= wait[0] && s.at() <= wait[0] + wait[1]) {
                    counts.merge(s.place(), 1, Integer::sum);
                    total++;
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "  UI thread sampled every %.0f ms: %d samples, %d in the waits of %d runnables late by %.0f ms or more%n",
                EVERY_NANOS / 1e6, samples.size(), total, late, lateNanos / 1e6));
        int all = total;
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(places).forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n",
                        100.0 * e.getValue() / all, e.getKey())));
        return out.toString();
    }

    private void sample() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (running) {
            ThreadInfo info = threads.getThreadInfo(ui.getId(), DEPTH);
            if (info != null) {
                samples.add(new Sample(System.nanoTime(), place(info)));
            }
            LockSupport.parkNanos(EVERY_NANOS);
        }
    }

    private static String place(ThreadInfo info) {
        StackTraceElement[] stack = info.getStackTrace();
        StringBuilder place = new StringBuilder(info.getThreadState().toString());
        for (int i = 0; i < Math.min(INNERMOST, stack.length); i++) {
            place.append(i == 0 ? " " : " < ").append(frame(stack[i]));
        }
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.vwb.")) {
                place.append(" << ").append(frame(frame));
                break;
            }
        }
        return place.toString();
    }

    private static String frame(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
    }
}
