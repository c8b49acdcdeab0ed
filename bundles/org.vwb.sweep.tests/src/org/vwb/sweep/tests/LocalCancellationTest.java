package org.vwb.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.vwb.sweep.Assignment;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.SweepWorker;
import org.vwb.sweep.internal.LocalSweepExecutor;

/**
 * Ctrl-C interrupts the command's thread: the local executor then stops every run and returns only when none is
 * left running, with no result delivered for the runs it cancelled, and starts none of those still waiting.
 */
class LocalCancellationTest {

    /** A worker whose runs last until they are interrupted, counting how many started and how many still run. */
    private static final class EndlessWorker implements SweepWorker {
        final CountDownLatch twoStarted = new CountDownLatch(2);
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();

        @Override
        public RunFigures run(SweepTask task, BooleanSupplier cancelled) throws InterruptedException {
            started.incrementAndGet();
            running.incrementAndGet();
            twoStarted.countDown();
            try {
                new CountDownLatch(1).await();
                throw new IllegalStateException("unreachable: nothing counts this latch down");
            } finally {
                running.decrementAndGet();
            }
        }

        @Override
        public List<String> check(List<SweepTask> tasks) {
            return List.of();
        }
    }

    @Test
    void anInterruptCancelsEveryRunBeforeTheExecutorReturns() throws Exception {
        EndlessWorker worker = new EndlessWorker();
        List<SweepTask> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tasks.add(new SweepTask(i, "<model/>", "c", List.of(new Assignment("rate", "1")), i, 1));
        }
        AtomicInteger delivered = new AtomicInteger();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread command = new Thread(() -> {
            try {
                new LocalSweepExecutor(worker).execute(tasks, new SweepExecutor.Target(List.of(), 2),
                        f -> delivered.incrementAndGet());
            } catch (Throwable t) {
                ended.set(t);
            }
        });
        command.start();
        worker.twoStarted.await();
        command.interrupt();
        command.join();
        assertTrue(ended.get() instanceof InterruptedException, () -> "ended with " + ended.get());
        assertEquals(0, worker.running.get(), "no run goes on after the executor returned");
        assertEquals(2, worker.started.get(), "the waiting runs never start");
        assertEquals(0, delivered.get());
    }
}
