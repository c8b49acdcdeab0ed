package org.vwb.measure;

/**
 * What one device did for one direction, per request, after subtracting the idle baseline.
 *
 * @param device             the device
 * @param direction          read (receive) or write (transmit)
 * @param requests           requests driven through it
 * @param accesses           register accesses counted in the window, before the baseline
 * @param baselineAccesses   accesses the idle baseline predicts for a window as long
 * @param interrupts         interrupts the guest took for the device in the window, before the baseline
 * @param baselineInterrupts interrupts the idle baseline predicts for the window
 */
public record DeviceCount(MeasuredDevice device, Direction direction, int requests, long accesses,
        double baselineAccesses, long interrupts, double baselineInterrupts) {

    /** Register accesses per request: each one a VM exit under KVM. */
    public double accessesPerRequest() {
        return Math.max(0, accesses - baselineAccesses) / requests;
    }

    public double interruptsPerRequest() {
        return Math.max(0, interrupts - baselineInterrupts) / requests;
    }
}
