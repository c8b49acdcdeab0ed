package org.vwb.core.internal.live;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.vwb.core.LiveRun;
import org.vwb.core.RunResult;
import org.vwb.core.Simulation;
import org.vwb.core.SimulationListener;
import org.vwb.core.SwapRecord;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/** A {@link LiveRun}: a simulation, the thread that paces it, and the change sets it takes. */
final class LiveSession implements LiveRun {

    private final int id;
    private final String configuration;
    private final Simulation simulation;
    private final Pacer pacer;
    private final ChangeSets changeSets;
    private final CompletableFuture<RunResult> finished = new CompletableFuture<>();

    LiveSession(int id, Model running, String configuration, Simulation simulation, double speed) {
        this.id = id;
        this.configuration = configuration;
        this.simulation = simulation;
        long slice = Math.max(1, simulation.endNanos() / 1000);
        this.pacer = new Pacer(simulation, speed, slice);
        this.changeSets = new ChangeSets(running, configuration, simulation, finished, pacer,
                "vwb live run " + id + " model");
    }

    void begin() {
        Thread thread = new Thread(() -> {
            try {
                // the pacer drives the run on a watched thread: a plugin call that does not return within the
                // plugin time-out ends the run with a failure naming the plugin (and so refuses waiting changes)
                Bounded.call(() -> {
                    pacer.run();
                    return null;
                });
                finished.complete(simulation.snapshot());
            } catch (RuntimeException | Error e) {
                // e.g. a request completed twice: the run must fail loudly, not end as if all were well
                finished.completeExceptionally(e);
            } finally {
                changeSets.close();
            }
        }, "vwb live run " + id);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public String configuration() {
        return configuration;
    }

    @Override
    public State state() {
        if (finished.isDone()) {
            return State.FINISHED;
        }
        return pacer.paused() ? State.PAUSED : State.RUNNING;
    }

    @Override
    public double speed() {
        return pacer.speed();
    }

    @Override
    public void setSpeed(double speed) {
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("invalid speed " + speed + " (a factor above 0, or "
                    + "LiveRuns.AS_FAST_AS_POSSIBLE)");
        }
        pacer.speed(speed);
    }

    @Override
    public void pause() {
        pacer.pause(true);
    }

    @Override
    public void resume() {
        pacer.pause(false);
    }

    @Override
    public void stop() {
        simulation.stop();
        pacer.wake();
    }

    @Override
    public CompletableFuture<SwapRecord> change(Consumer<Configuration> edit) {
        return changeSets.change(edit);
    }

    @Override
    public CompletableFuture<SwapRecord> submit(Model owners) {
        return changeSets.submit(owners);
    }

    @Override
    public Model model() {
        return changeSets.copy();
    }

    @Override
    public RunResult snapshot() {
        return simulation.snapshot();
    }

    @Override
    public CompletableFuture<RunResult> finished() {
        return finished;
    }

    @Override
    public void addListener(SimulationListener listener) {
        simulation.addListener(listener);
    }

    @Override
    public void removeListener(SimulationListener listener) {
        simulation.removeListener(listener);
    }
}
