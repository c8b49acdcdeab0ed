package org.vwb.sweep;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs one task of a sweep where it is called: reads the model text, applies the parameters, checks the result
 * as {@code vwb validate} and the installed plugins would, simulates. Every executor calls it, in this JVM or on
 * a cluster member, so a task's figures do not depend on where it ran. A Declarative Services component.
 */
@ProviderType
public interface SweepWorker {

    /**
     * The task's figures. A combination that is invalid or that the installed plugins cannot run is a failed
     * {@link RunFigures} naming its reason, not an exception. Stops early, with {@link InterruptedException},
     * when the calling thread is interrupted or {@code cancelled} says so (checked between slices of simulated
     * time).
     */
    RunFigures run(SweepTask task, java.util.function.BooleanSupplier cancelled) throws InterruptedException;

    /**
     * Checks that every parameter's path names something the model has and every value can be written, by
     * applying each combination to a copy without running it; returns one reason per problem (naming the
     * parameter), empty when all apply. Problems that only a run shows (a vendor profile that is not installed,
     * a combination that does not validate) are left to the run, which reports them with the combination.
     */
    java.util.List<String> check(java.util.List<SweepTask> tasks);
}
