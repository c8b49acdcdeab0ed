/**
 * Live runs ({@link org.vwb.core.LiveRuns}): a simulation paced against the wall clock on a thread of its own
 * ({@link org.vwb.core.internal.live.Pacer}), and its change sets, one at a time on a model thread that hands each
 * candidate model (a detached copy of its owner's) to the simulation and keeps the one that runs
 * ({@link org.vwb.core.internal.live.ChangeSets}).
 */
package org.vwb.core.internal.live;
