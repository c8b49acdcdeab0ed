package org.vwb.measure.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads KVM's counters at each of the guest's marks, on a thread of its own, so that a slow or hung QMP never
 * holds the watch over the guest. The guest pauses after each mark under KVM (GuestScript), and the sample is
 * taken within that pause: the window between two samples is the window between two marks.
 */
final class ExitSampler implements AutoCloseable {

    /** The counters at one mark, with the host's time. */
    record Sample(String label, long nanos, Map<String, Long> counters) {
    }

    private final Path socket;
    private final boolean everyMark;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vwb measure: QMP");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<Sample>> samples = new ArrayList<>();
    private volatile Qmp qmp;

    /**
     * @param everyMark a sample at every mark (under KVM), or only at the first (under TCG, where the one sample
     *                  shows that QMP answers and offers no KVM counters)
     */
    ExitSampler(Path socket, boolean everyMark) {
        this.socket = socket;
        this.everyMark = everyMark;
    }

    /** Takes a sample for the mark just printed. */
    void mark(String label) {
        if (everyMark || samples.isEmpty()) {
            samples.add(thread.submit(() -> sample(label)));
        }
    }

    /** Every sample, in the order of the marks; the first failure ends the list with its reason. */
    Result samples(Duration bound) throws InterruptedException {
        List<Sample> taken = new ArrayList<>();
        long deadline = System.nanoTime() + bound.toNanos();
        for (Future<Sample> sample : samples) {
            try {
                taken.add(sample.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (ExecutionException e) {
                return new Result(taken, "QMP: " + e.getCause().getMessage());
            } catch (TimeoutException e) {
                return new Result(taken, "QMP did not answer within " + bound.toSeconds() + " s");
            }
        }
        return new Result(taken, "");
    }

    /** The samples taken, and why they stop short if they do (empty when all were taken). */
    record Result(List<Sample> samples, String failure) {
    }

    private Sample sample(String label) throws IOException, InterruptedException {
        if (qmp == null) {
            qmp = Qmp.connect(socket, Duration.ofSeconds(30));
        }
        return new Sample(label, System.nanoTime(), VcpuCounters.read(qmp));
    }

    @Override
    public void close() throws IOException {
        thread.shutdownNow();
        if (qmp != null) {
            qmp.close();
        }
    }
}
