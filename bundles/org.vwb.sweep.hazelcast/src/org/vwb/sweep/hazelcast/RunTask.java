package org.vwb.sweep.hazelcast;

import java.io.Serializable;
import java.util.concurrent.Callable;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.IMap;

import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.SweepWorker;

/**
 * One run as a cluster task: the sweep's task (model text, parameters, seed) goes over the wire; the member that
 * runs it hands it to its own {@link SweepWorker}, so the figures are those any other member or the local
 * executor would give.
 */
final class RunTask implements Callable<RunFigures>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;
    /** How often a run asks the cluster whether its sweep was cancelled; a cheap read, but not one per slice. */
    private static final long LOOK_EVERY_NANOS = 250_000_000L;

    private final String sweep;
    private final SweepTask task;
    private transient HazelcastInstance member;

    RunTask(String sweep, SweepTask task) {
        this.sweep = sweep;
        this.task = task;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public RunFigures call() {
        SweepWorker worker = (SweepWorker) member.getUserContext().get(ClusterSettings.WORKER);
        if (worker == null) {
            return RunFigures.failed(task.index(), "member " + member.getCluster().getLocalMember().getAddress()
                    + " is not a vwb member (no sweep worker)");
        }
        notice();
        IMap<String, Boolean> cancelled = member.getMap(ClusterSettings.CANCELLED);
        long[] next = { System.nanoTime() };
        try {
            return worker.run(task, () -> {
                long now = System.nanoTime();
                if (now < next[0]) {
                    return false;
                }
                next[0] = now + LOOK_EVERY_NANOS;
                return cancelled.containsKey(sweep);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RunFigures.failed(task.index(), "cancelled");
        }
    }

    /** The first run of a sweep on this member says so on the member's terminal. */
    @SuppressWarnings("unchecked")
    private void notice() {
        var seen = (java.util.Set<String>) member.getUserContext().get(ClusterSettings.SWEEPS_SEEN);
        var notices = (java.util.function.Consumer<String>) member.getUserContext().get(ClusterSettings.NOTICES);
        if (seen != null && notices != null && seen.add(sweep)) {
            notices.accept("taking runs of sweep " + sweep);
        }
    }

    int index() {
        return task.index();
    }

    SweepTask task() {
        return task;
    }
}
