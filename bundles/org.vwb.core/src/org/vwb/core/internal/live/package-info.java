/**
 * Live runs ({@link org.vwb.core.LiveRuns}): a simulation paced against the wall clock on a thread of its own
 * ({@link org.vwb.core.internal.live.Pacer}), and the live EMF model it owns, changed one change set at a time
 * on a model thread that records, checks, submits and, when refused, undoes each change
 * ({@link org.vwb.core.internal.live.ChangeSets}).
 */
package org.vwb.core.internal.live;
