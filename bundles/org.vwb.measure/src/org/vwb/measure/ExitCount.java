package org.vwb.measure;

import java.util.Map;

/**
 * What KVM itself counted for one device and direction, per request, after subtracting the idle baseline: the
 * vCPU's exits in all ({@code exits}) and by reason ({@code io_exits}, {@code mmio_exits}, {@code irq_exits}, ...),
 * as KVM names them. Only where the guest ran under KVM.
 *
 * @param device     the device
 * @param direction  read (receive) or write (transmit)
 * @param requests   requests driven through it
 * @param perRequest each counter's increase per request, baseline subtracted, never below zero
 */
public record ExitCount(MeasuredDevice device, Direction direction, int requests, Map<String, Double> perRequest) {

    public ExitCount {
        perRequest = Map.copyOf(perRequest);
    }

    /** One counter per request, or 0 where KVM does not have it. */
    public double of(String counter) {
        return perRequest.getOrDefault(counter, 0.0);
    }
}
