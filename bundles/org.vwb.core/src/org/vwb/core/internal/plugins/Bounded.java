package org.vwb.core.internal.plugins;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.vwb.core.PluginFailure;

/**
 * Runs work that calls plugins on a watched thread and waits for it as long as its plugin calls keep returning:
 * a run of an hour is fine, one call that has not returned after the {@link PluginTimeout plugin time-out} is
 * not. Then the caller gets a {@link PluginFailure} naming the plugin and the question, and the stuck thread is
 * interrupted and left behind (a daemon: it cannot keep the process alive). Work started on a thread that is
 * already watched runs inline, under the same watch.
 */
public final class Bounded {

    /** Work that may throw a checked exception of one type. */
    @FunctionalInterface
    public interface Work<T, X extends Exception> {
        T run() throws X;
    }

    private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "vwb-plugin-calls-" + THREAD_NUMBERS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {
    }

    /** Runs the work under watch and returns its result; inline if this thread is already watched. */
    public static <T, X extends Exception> T call(Work<T, X> work) throws X {
        if (CallSlot.current() != null) {
            return work.run();
        }
        return submit(work).await();
    }

    /** Starts the work on a watched thread; {@link Watched#await} waits for it. */
    public static <T, X extends Exception> Watched<T, X> submit(Work<T, X> work) {
        AtomicReference<CallSlot> slot = new AtomicReference<>();
        Future<T> future = THREADS.submit(() -> {
            slot.set(CallSlot.install());
            try {
                return work.run();
            } finally {
                CallSlot.uninstall();
            }
        });
        return new Watched<>(future, slot);
    }

    /** Runs a task on a daemon thread of the same pool, unwatched (a task with its own deadline). */
    public static void background(Runnable task) {
        THREADS.execute(task);
    }

    /** How often a waiting caller looks at a watched thread: a twentieth of the time-out, at least 1 ms. */
    public static long tickNanos() {
        return Math.max(1_000_000L, PluginTimeout.nanos() / 20);
    }

    /** Work running on a watched thread. */
    public static final class Watched<T, X extends Exception> {

        private final Future<T> future;
        private final AtomicReference<CallSlot> slot;
        private final long timeout = PluginTimeout.nanos();
        private Call watched;
        private long count = -1;
        private long since;

        private Watched(Future<T> future, AtomicReference<CallSlot> slot) {
            this.future = future;
            this.slot = slot;
        }

        /**
         * The work's result, or what it threw; a {@link PluginFailure} once one plugin call has not returned
         * within the time-out. An interrupt of the waiting thread cancels the work.
         */
        @SuppressWarnings("unchecked")
        public T await() throws X {
            while (true) {
                try {
                    return future.get(tickNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    check();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw (X) cause;
                } catch (InterruptedException e) {
                    future.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while waiting for plugins to answer");
                }
            }
        }

        /**
         * Whether the work has ended ({@link #await} then returns at once), without waiting: for a caller that
         * watches several at a time. Throws the {@link PluginFailure} once a plugin call has overrun.
         */
        public boolean done() {
            if (future.isDone()) {
                return true;
            }
            check();
            return false;
        }

        /** A plugin call that stays the same, while the thread's count of calls does not move, has not returned. */
        private void check() {
            CallSlot worker = slot.get();
            Call call = worker == null ? null : worker.call();
            long calls = worker == null ? -1 : worker.calls();
            if (call == null || call != watched || calls != count) {
                watched = call;
                count = calls;
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= timeout) {
                future.cancel(true);
                throw PluginFailure.timedOut(call.plugin().toString(), call.question(), PluginTimeout.text());
            }
        }
    }
}
