package org.vwb.ui.internal.handlers;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.vwb.model.Configuration;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.editor.ConfigurationEditorPart;
import org.vwb.ui.internal.session.Session;
import org.vwb.ui.internal.views.LivePart;

/**
 * The UI-thread benchmark ({@code releng/benchmarks/ui-responsiveness.sh}): with {@code -Dvwb.responsiveness=S}
 * and a model opened, a background thread posts a runnable to the UI thread every {@value #EVERY_MILLIS} ms and
 * the runnable notes how long it waited; first for S seconds with the window idle, then for S seconds while the
 * live dashboard runs the second configuration as fast as possible (charts and tables redrawn as a user sees
 * them). Prints count, p50, p99 and maximum delay of each phase and the simulated time the run reached, then
 * closes the workbench.
 */
final class Responsiveness {

    private static final long EVERY_MILLIS = 10;

    private final Display display;
    private final MApplication application;
    private final Session session;
    private final long seconds;

    Responsiveness(Display display, MApplication application, Session session, long seconds) {
        this.display = display;
        this.application = application;
        this.session = session;
        this.seconds = seconds;
    }

    void start() {
        Thread probe = new Thread(this::measure, "vwb responsiveness probe");
        probe.setDaemon(true);
        probe.start();
    }

    private void measure() {
        Costs idle = new Costs(display.getThread());
        List<Long> quiet = delays();
        report("idle window", quiet, idle.since());
        display.syncExec(this::startLiveRun);
        Costs running = new Costs(display.getThread());
        List<Long> live = delays();
        String costs = running.since();
        long[] simulated = new long[1];
        display.syncExec(() -> {
            LivePart part = livePart();
            simulated[0] = part.run() == null ? 0 : part.run().snapshot().simulatedNanos();
            part.stop();
        });
        report("live run as fast as possible", live, costs);
        System.out.printf(Locale.ROOT, "the live run reached %.1f simulated s in %d wall s%n", simulated[0] / 1e9,
                seconds);
        System.out.flush();
        display.asyncExec(() -> application.getContext().get(IWorkbench.class).close());
    }

    private void startLiveRun() {
        Configuration second = session.document().orElseThrow().configurations().get(1);
        EPartService parts = application.getChildren().get(0).getContext().get(EPartService.class);
        ((ConfigurationEditorPart) parts.showPart(PartIds.EDITOR, EPartService.PartState.ACTIVATE).getObject())
                .reveal(second);
        LivePart live = (LivePart) parts.showPart(PartIds.LIVE, EPartService.PartState.ACTIVATE).getObject();
        live.changeSpeed(LivePart.AS_FAST_AS_POSSIBLE_INDEX);
        live.start();
    }

    private LivePart livePart() {
        EPartService parts = application.getChildren().get(0).getContext().get(EPartService.class);
        return (LivePart) parts.findPart(PartIds.LIVE).getObject();
    }

    /** Posts a runnable every few ms for the phase's length; each notes its wait (ns) once the UI thread runs it. */
    private List<Long> delays() {
        List<Long> delays = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            display.asyncExec(() -> {
                long waited = System.nanoTime() - posted;
                synchronized (delays) {
                    delays.add(waited);
                }
            });
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        display.syncExec(() -> { }); // the last posted ones have run
        synchronized (delays) {
            return new ArrayList<>(delays);
        }
    }

    private static void report(String phase, List<Long> delays, String costs) {
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d runnables posted, delay p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                phase, sorted.length, rank(sorted, 0.50) / 1e6, rank(sorted, 0.99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  where the time went (%s): %s%n", phase, costs);
        System.out.flush();
    }

    /**
     * What a phase cost besides waiting: the UI thread's CPU time (painting, layout, event handling) and the
     * JVM's garbage collections, which stop the UI thread too.
     */
    private static final class Costs {

        private final Thread ui;
        private final long start = System.nanoTime();
        private final long uiCpu;
        private final long collections;
        private final long collecting;

        Costs(Thread ui) {
            this.ui = ui;
            this.uiCpu = cpu(ui);
            this.collections = gc(GarbageCollectorMXBean::getCollectionCount);
            this.collecting = gc(GarbageCollectorMXBean::getCollectionTime);
        }

        String since() {
            double wall = (System.nanoTime() - start) / 1e6;
            double busy = (cpu(ui) - uiCpu) / 1e6;
            return String.format(Locale.ROOT, "UI thread CPU %.0f ms of %.0f ms (%.0f%%), %d garbage collections "
                    + "taking %d ms", busy, wall, 100 * busy / wall, gc(GarbageCollectorMXBean::getCollectionCount)
                    - collections, gc(GarbageCollectorMXBean::getCollectionTime) - collecting);
        }

        private static long cpu(Thread thread) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : 0;
        }

        private static long gc(java.util.function.ToLongFunction<GarbageCollectorMXBean> figure) {
            return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(figure)
                    .filter(v -> v > 0).sum();
        }
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} of them at or below it. */
    private static long rank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
