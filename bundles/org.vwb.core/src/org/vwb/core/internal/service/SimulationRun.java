package org.vwb.core.internal.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

import org.vwb.core.PreparedConfiguration;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.SimulationListener;
import org.vwb.core.SwapRecord;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.model.Configuration;

/**
 * A run driven by one thread. Other threads talk to it only through a queue of actions that the driving thread
 * performs at the next safe point (between two events): reconfigurations, plugin arrivals and departures, stop.
 */
final class SimulationRun implements Simulation {

    private final World world;
    private final RunOptions options;
    private final Supplier<Catalog> catalog;
    private final Function<Configuration, PreparedConfiguration> preparer;
    private final Reconfigurer reconfigurer;
    private final List<SimulationListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Runnable> actions = new ConcurrentLinkedQueue<>();
    private final SwapLog swaps = new SwapLog();
    private volatile boolean interrupted;
    private volatile boolean stopped;
    private volatile RunResult snapshot;
    private volatile boolean finished;
    private long nextSnapshotWall = System.nanoTime() + SNAPSHOT_EVERY_MILLIS * 1_000_000L;
    private static final long SNAPSHOT_EVERY_MILLIS = 250;
    /** A periodic snapshot may take at most 1/this of the run's wall time. */
    private static final long SNAPSHOT_SHARE = 50;

    SimulationRun(World world, RunOptions options, Supplier<Catalog> catalog,
            Function<Configuration, PreparedConfiguration> preparer) {
        this.world = world;
        this.options = options;
        this.catalog = catalog;
        this.preparer = preparer;
        this.reconfigurer = new Reconfigurer(world, catalog, this::recordSwap);
        this.snapshot = Results.of(world, RunResult.Status.RUNNING, swaps.view());
    }

    @Override
    public String configuration() {
        return world.spec().name();
    }

    @Override
    public long now() {
        return snapshot.simulatedNanos();
    }

    @Override
    public long endNanos() {
        return options.durationNanos();
    }

    @Override
    public void addListener(SimulationListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(SimulationListener listener) {
        listeners.remove(listener);
    }

    /**
     * Runs on a watched thread while the caller waits (see {@code org.vwb.core.internal.plugins.Bounded}): a
     * plugin call that does not return within the plugin time-out fails the run, naming the plugin, instead of
     * holding the caller forever. Listeners hear progress on that thread.
     */
    @Override
    public RunResult advanceTo(long simulatedNanos) {
        try {
            return Bounded.call(() -> advanceHere(simulatedNanos));
        } catch (org.vwb.core.PluginFailure e) {
            world.pluginFailed(e);
            stop();
            finish();
            return snapshot;
        }
    }

    private RunResult advanceHere(long simulatedNanos) {
        run(simulatedNanos);
        if (!finished) {
            snapshot = Results.of(world, RunResult.Status.RUNNING, swaps.view());
        }
        return snapshot;
    }

    @Override
    public void advance(long simulatedNanos) {
        run(simulatedNanos);
        if (!finished) {
            publishSnapshotNowAndThen();
        }
    }

    private void run(long simulatedNanos) {
        long target = Math.min(simulatedNanos, options.durationNanos());
        while (!finished && world.engine().now() < target && !stopped && world.failure() == null) {
            performActions();
            long step = Math.min(target, world.engine().now() + options.progressEveryNanos());
            world.engine().runUntil(step, () -> interrupted || world.failure() != null);
            publishSnapshotNowAndThen();
            for (SimulationListener listener : listeners) {
                listener.progress(world.engine().now(), world.engine().processed(), snapshot);
            }
        }
        performActions();
        if (!finished && (world.engine().now() >= options.durationNanos() || stopped || world.failure() != null)) {
            finish();
        }
    }

    /**
     * Figures for other threads, rebuilt at most every {@value #SNAPSHOT_EVERY_MILLIS} ms of wall time, and
     * never more often than keeps them under 1/{@value #SNAPSHOT_SHARE} of the run: a snapshot summarizes every
     * device's latency histogram, about 100 ms for 20,000 devices, which every 250 ms was a third of the run.
     */
    private void publishSnapshotNowAndThen() {
        long wall = System.nanoTime();
        if (wall - nextSnapshotWall >= 0) {
            snapshot = Results.of(world, RunResult.Status.RUNNING, swaps.view());
            long done = System.nanoTime();
            nextSnapshotWall = done + Math.max(SNAPSHOT_EVERY_MILLIS * 1_000_000L, (done - wall) * SNAPSHOT_SHARE);
        }
    }

    /** Once: by the driving thread, or by the caller that gave up on a plugin that never answered. */
    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        reconfigurer.refuseAllPending("the run ended before the change could be applied");
        snapshot = Results.of(world, RunResult.Status.COMPLETED, swaps.view());
        for (SimulationListener listener : listeners) {
            listener.finished(snapshot);
        }
    }

    private void performActions() {
        interrupted = false;
        for (Runnable action = actions.poll(); action != null; action = actions.poll()) {
            action.run();
        }
    }

    /** Queues an action for the driving thread's next safe point. */
    void atSafePoint(Runnable action) {
        actions.add(action);
        interrupted = true;
    }

    @Override
    public RunResult snapshot() {
        return snapshot;
    }

    @Override
    public CompletableFuture<SwapRecord> reconfigure(Configuration next) {
        return reconfigure(preparer.apply(next));
    }

    @Override
    public CompletableFuture<SwapRecord> reconfigure(PreparedConfiguration next) {
        CompletableFuture<SwapRecord> done = new CompletableFuture<>();
        Reconfigurer.Proposal proposal = Reconfigurer.propose(Prepared.of(next), catalog.get());
        atSafePoint(() -> reconfigurer.apply(proposal, done, devices -> Results.of(world, devices, swaps.view())));
        return done;
    }

    /** Plugins changed: park devices whose provider went away, resume those whose provider is back. */
    void pluginsChanged() {
        atSafePoint(reconfigurer::pluginsChanged);
    }

    private RunResult snapshotNow() {
        return Results.of(world, RunResult.Status.RUNNING, swaps.view());
    }

    private void recordSwap(SwapRecord swap) {
        swaps.add(swap);
        snapshot = snapshotNow();
        for (SimulationListener listener : listeners) {
            listener.swapped(swap);
        }
    }

    @Override
    public void stop() {
        stopped = true;
        interrupted = true;
    }

    boolean finished() {
        return finished;
    }
}
