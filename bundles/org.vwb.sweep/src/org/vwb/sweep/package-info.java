/**
 * Sweeps: many independent runs of one model, each a combination of varied parameters and a seed, executed
 * by a {@link org.vwb.sweep.SweepExecutor} (on every local core by default, or on a cluster by a plugin). A
 * {@link org.vwb.sweep.SweepTask} carries everything a run needs as plain data, so any executor can ship it to
 * another JVM; a {@link org.vwb.sweep.SweepWorker} turns it into {@link org.vwb.sweep.RunFigures} wherever it runs.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.sweep;
