package org.vwb.ui.internal.handlers;

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
    /** A runnable that waited this long is late: the target is a p99 under 50 ms. */
    private static final long LATE_NANOS = 30_000_000;

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
        PhaseCosts idle = new PhaseCosts(display);
        List<long[]> quiet = delays();
        report("idle window", quiet, idle.since());
        display.syncExec(this::startLiveRun);
        UiThreadSampler sampler = Boolean.getBoolean("vwb.responsiveness.sample")
                ? new UiThreadSampler(display.getThread()) : null;
        if (sampler != null) {
            sampler.start();
        }
        PhaseCosts running = new PhaseCosts(display);
        List<long[]> live = delays();
        String costs = running.since();
        if (sampler != null) {
            sampler.stop();
        }
        long[] simulated = new long[1];
        display.syncExec(() -> {
            LivePart part = livePart();
            simulated[0] = part.run() == null ? 0 : part.run().snapshot().simulatedNanos();
            part.stop();
        });
        report("live run as fast as possible", live, costs);
        if (sampler != null) {
            System.out.print(sampler.lateReport(live, LATE_NANOS, 12));
        }
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

    /**
     * Posts a runnable every few ms for the phase's length; each notes when it was posted and its wait (ns) once
     * the UI thread runs it.
     */
    private List<long[]> delays() {
        List<long[]> delays = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            long posted = System.nanoTime();
            display.asyncExec(() -> {
                long waited = System.nanoTime() - posted;
                synchronized (delays) {
                    delays.add(new long[] { posted, waited });
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

    private static void report(String phase, List<long[]> delays, String costs) {
        long[] sorted = delays.stream().mapToLong(d -> d[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d runnables posted, delay p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                phase, sorted.length, rank(sorted, 0.50) / 1e6, rank(sorted, 0.99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "  where the time went (%s): %s%n", phase, costs);
        System.out.flush();
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} of them at or below it. */
    private static long rank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
