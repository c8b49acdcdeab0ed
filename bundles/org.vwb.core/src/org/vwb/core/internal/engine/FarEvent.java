package org.vwb.core.internal.engine;

/**
 * An event scheduled far ahead ({@link Engine#scheduleFar}), such as a workload's next arrival. While it waits in
 * a calendar bucket ({@link FarEvents}) it carries its own place in the order (time and scheduling sequence), so
 * that a bucket holds only the events: appending one then writes one array instead of an array of events and one
 * of keys, and with thousands of workloads each such write is a cache miss. It waits in a bucket once at a time.
 */
public abstract class FarEvent implements Event {

    long bucketTime;
    long bucketSequence;
    boolean inBucket;
}
