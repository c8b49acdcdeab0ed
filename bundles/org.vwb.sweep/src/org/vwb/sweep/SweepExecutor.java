package org.vwb.sweep;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs the tasks of a sweep: where and on how many workers is the implementation's business; a Declarative
 * Services component, so another engine comes as a plugin. Every implementation keeps these promises: each
 * task's result is delivered exactly once (a task run twice after a failure elsewhere counts once), results do
 * not depend on where a task ran, a failed run does not stop the others, and an interrupt of the calling thread
 * cancels every run before the method returns.
 */
@ConsumerType
public interface SweepExecutor {

    /** Short id the command line selects it by, e.g. {@code local}, {@code hazelcast}. */
    String id();

    /** Whether it runs on the members named in {@link Target#members()} (else it runs in this JVM). */
    boolean distributed();

    /**
     * Runs every task and returns their figures in task order.
     *
     * @param listener told of each result once, as it arrives, from any thread
     * @throws SweepException       when the executor itself cannot go on (no cluster to reach)
     * @throws InterruptedException when the calling thread was interrupted; every run is cancelled by then
     */
    List<RunFigures> execute(List<SweepTask> tasks, Target target, Listener listener)
            throws SweepException, InterruptedException;

    /**
     * Where to run.
     *
     * @param members     {@code HOST:PORT} of cluster members to submit to; empty for a local executor
     * @param parallelism runs at once on this machine (0: one per core); a distributed executor ignores it
     */
    record Target(List<String> members, int parallelism) {

        public Target {
            members = List.copyOf(members);
            if (parallelism < 0) {
                throw new IllegalArgumentException("parallelism below 0: " + parallelism);
            }
        }

        /** Every core of this machine. */
        public static Target local() {
            return new Target(List.of(), 0);
        }
    }

    /** Told of each run's figures as they arrive. */
    @FunctionalInterface
    interface Listener {
        void finished(RunFigures figures);
    }
}
