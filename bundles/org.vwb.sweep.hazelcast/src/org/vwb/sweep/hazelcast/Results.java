package org.vwb.sweep.hazelcast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vwb.sweep.RunFigures;
import org.vwb.sweep.SweepExecutor;

/**
 * Each run's figures exactly once: a task the cluster ran twice (its member died after running it, before the
 * answer arrived) is the same figures twice, since runs are deterministic; the second is dropped.
 */
final class Results {

    private final RunFigures[] byIndex;
    private final SweepExecutor.Listener listener;
    private int received;

    Results(int size, SweepExecutor.Listener listener) {
        this.byIndex = new RunFigures[size];
        this.listener = listener;
    }

    void accept(RunFigures figures) {
        if (byIndex[figures.index()] == null) {
            byIndex[figures.index()] = figures;
            received++;
            listener.finished(figures);
        }
    }

    boolean complete() {
        return received == byIndex.length;
    }

    List<RunFigures> inOrder() {
        return new ArrayList<>(Arrays.asList(byIndex));
    }
}
