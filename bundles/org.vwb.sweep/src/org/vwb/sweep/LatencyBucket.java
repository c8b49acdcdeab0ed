package org.vwb.sweep;

import java.io.Serializable;

/**
 * One bar of a latency histogram: requests that took at most {@code upperMicros}.
 *
 * @param upperMicros upper bound of the bucket in microseconds
 * @param count       requests in it
 */
public record LatencyBucket(double upperMicros, long count) implements Serializable {

    private static final long serialVersionUID = 1L;
}
