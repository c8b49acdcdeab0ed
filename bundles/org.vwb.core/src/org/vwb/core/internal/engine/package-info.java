/**
 * The discrete-event engine: simulated nanoseconds, an event heap ordered by time and then by scheduling order
 * (so the same inputs give bit-identical runs), host cores as a contended resource, vCPU slots, and the
 * log-bucketed latency histogram. Knows nothing of devices or hypervisors.
 */
package org.vwb.core.internal.engine;
