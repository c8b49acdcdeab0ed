/**
 * Sweeps on a Hazelcast cluster: {@code vwb member} runs a member (the headless product, so the simulation code
 * is there), and a {@link org.vwb.sweep.SweepExecutor} submits each run as a task to the cluster's durable
 * executor, whose tasks a surviving member re-runs when their member dies. TCP/IP join with explicit members
 * only; no multicast, no phone-home, no CP subsystem. Nothing outside this package knows Hazelcast.
 */
package org.vwb.sweep.hazelcast;
