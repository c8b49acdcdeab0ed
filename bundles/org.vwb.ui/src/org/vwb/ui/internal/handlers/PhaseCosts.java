package org.vwb.ui.internal.handlers;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * What a phase of the responsiveness benchmark cost besides waiting: the UI thread's CPU time (painting, layout,
 * event handling), the paints it did, the JVM's garbage collections (which stop the UI thread too), the busiest
 * other thread of the JVM, and the X server's CPU time when {@code -Dvwb.responsiveness.xserver=PID} names it
 * (on Xvfb the X server renders what the UI thread asks for, on the same cores: its time is not the UI thread's,
 * but the UI thread waits for it at every round trip).
 */
final class PhaseCosts {

    /** Linux's clock ticks per second for {@code /proc/PID/stat}'s CPU times (USER_HZ, fixed at 100). */
    private static final double USER_HZ = 100;

    private final Display display;
    private final long start = System.nanoTime();
    private final long uiCpu;
    private final long collections;
    private final long collecting;
    private final long xCpuTicks;
    private final Map<Long, Long> threadCpu;
    private final AtomicInteger paints = new AtomicInteger();
    /** Paints by kind of widget (the filter runs on the UI thread only). */
    private final Map<String, Integer> painted = new HashMap<>();
    private final Listener countPaints = e -> {
        paints.incrementAndGet();
        painted.merge(e.widget.getClass().getSimpleName(), 1, Integer::sum);
    };

    PhaseCosts(Display display) {
        this.display = display;
        this.uiCpu = cpu(display.getThread().getId());
        this.collections = gc(GarbageCollectorMXBean::getCollectionCount);
        this.collecting = gc(GarbageCollectorMXBean::getCollectionTime);
        this.xCpuTicks = xServerTicks();
        this.threadCpu = threadCpu();
        display.syncExec(() -> display.addFilter(SWT.Paint, countPaints));
    }

    /** The phase's costs until now, in one line. */
    String since() {
        display.syncExec(() -> display.removeFilter(SWT.Paint, countPaints));
        double wall = (System.nanoTime() - start) / 1e6;
        double busy = (cpu(display.getThread().getId()) - uiCpu) / 1e6;
        Map<Long, Long> now = threadCpu();
        long busiest = 0;
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            if (thread.getKey() != display.getThread().getId()) {
                busiest = Math.max(busiest, thread.getValue() - threadCpu.getOrDefault(thread.getKey(), 0L));
            }
        }
        String x = xCpuTicks < 0 ? "" : String.format(Locale.ROOT, ", X server CPU %.0f ms",
                (xServerTicks() - xCpuTicks) * 1000 / USER_HZ);
        return String.format(Locale.ROOT, "UI thread CPU %.0f ms of %.0f ms (%.0f%%), %d paints %s, %d garbage "
                + "collections taking %d ms, busiest other thread CPU %.0f ms%s", busy, wall, 100 * busy / wall,
                paints.get(), painted, gc(GarbageCollectorMXBean::getCollectionCount) - collections,
                gc(GarbageCollectorMXBean::getCollectionTime) - collecting, busiest / 1e6, x);
    }

    private static long cpu(long thread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread) : 0;
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : ManagementFactory.getThreadMXBean().getAllThreadIds()) {
            cpu.put(id, Math.max(0, cpu(id)));
        }
        return cpu;
    }

    private static long gc(ToLongFunction<GarbageCollectorMXBean> figure) {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(figure).filter(v -> v > 0).sum();
    }

    /** The X server's user and system CPU ticks, or -1 when it is not named or cannot be read. */
    private static long xServerTicks() {
        String pid = System.getProperty("vwb.responsiveness.xserver", "");
        if (pid.isEmpty()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces: utime is the 14th
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Arrays.stream(fields, 11, 13).mapToLong(Long::parseLong).sum();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
