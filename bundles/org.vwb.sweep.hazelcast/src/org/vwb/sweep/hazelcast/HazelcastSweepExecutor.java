package org.vwb.sweep.hazelcast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.durableexecutor.DurableExecutorService;
import com.hazelcast.durableexecutor.DurableExecutorServiceFuture;

import org.osgi.service.component.annotations.Component;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepException;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepTask;

/**
 * Runs a sweep on a cluster of {@code vwb member}s as a client: each run is a task of the cluster's durable
 * executor, which keeps it on a backup partition, so when the member running it dies a survivor runs it again.
 * A task that comes back twice counts once ({@link Results}). At most {@link ClusterSettings#CAPACITY} / 4 tasks
 * are in flight, so the members' result buffers never fill, whatever the size of the sweep.
 */
@Component(service = SweepExecutor.class)
public final class HazelcastSweepExecutor implements SweepExecutor {

    private static final int WINDOW = ClusterSettings.CAPACITY / 4;
    /** How long to look for the cluster before saying it is not there. */
    private static final long CONNECT_MILLIS = 20_000;
    /** A task whose answer is lost (its member died and the retry failed too) is submitted again this often. */
    private static final int ATTEMPTS = 4;
    private static final long CANCEL_WAIT_SECONDS = 30;

    @Override
    public String id() {
        return "hazelcast";
    }

    @Override
    public boolean distributed() {
        return true;
    }

    @Override
    public List<RunFigures> execute(List<SweepTask> tasks, Target target, Listener listener)
            throws SweepException, InterruptedException {
        if (target.members().isEmpty()) {
            throw new SweepException("no cluster member given (HOST:PORT of a vwb member)", null);
        }
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(ClusterSettings.client(target.members(), CONNECT_MILLIS));
        } catch (RuntimeException e) {
            throw new SweepException("no vwb member answers at " + String.join(", ", target.members()) + " ("
                    + e.getMessage() + ")", e);
        }
        String sweep = UUID.randomUUID().toString();
        Deque<Pending> inFlight = new ArrayDeque<>();
        try {
            DurableExecutorService executor = client.getDurableExecutorService(ClusterSettings.EXECUTOR);
            Results results = new Results(tasks.size(), listener);
            int next = 0;
            while (!results.complete()) {
                while (next < tasks.size() && inFlight.size() < WINDOW) {
                    inFlight.add(submit(executor, new RunTask(sweep, tasks.get(next++)), 1));
                }
                Pending oldest = inFlight.poll();
                try {
                    results.accept(oldest.future().get());
                    executor.disposeResult(oldest.future().getTaskId());
                } catch (ExecutionException e) {
                    if (oldest.attempt() >= ATTEMPTS) {
                        throw new SweepException("run " + oldest.task().index() + " was lost " + ATTEMPTS
                                + " times: " + e.getCause(), e.getCause());
                    }
                    // the member holding it left and its answer with it: the run is deterministic, so run it again
                    inFlight.addFirst(submit(executor, oldest.task(), oldest.attempt() + 1));
                }
            }
            return results.inOrder();
        } catch (InterruptedException e) {
            cancel(client, sweep, inFlight);
            throw e;
        } catch (RuntimeException e) {
            throw new SweepException("the cluster failed: " + e.getMessage(), e);
        } finally {
            client.shutdown();
        }
    }

    private static Pending submit(DurableExecutorService executor, RunTask task, int attempt) {
        return new Pending(task, executor.submit(task), attempt);
    }

    /** Tells every member to stop this sweep's runs and waits (bounded) until the runs in flight have ended. */
    private static void cancel(HazelcastInstance client, String sweep, Deque<Pending> inFlight) {
        boolean interrupted = Thread.interrupted();
        try {
            client.getMap(ClusterSettings.CANCELLED).put(sweep, Boolean.TRUE, 1, TimeUnit.HOURS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CANCEL_WAIT_SECONDS);
            for (Pending pending : inFlight) {
                try {
                    pending.future().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    // gone or still stopping: nothing of it reaches the caller either way
                }
            }
        } catch (InterruptedException | RuntimeException e) {
            // a second Ctrl-C, or the cluster gone: stop waiting
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Pending(RunTask task, DurableExecutorServiceFuture<RunFigures> future, int attempt) {
    }
}
