/**
 * Measurements of a real QEMU guest: {@link QemuHarness} boots a Linux guest under QEMU with the devices of
 * {@link MeasuredDevice}, drives a fixed number of requests through each, counts the guest's register accesses to
 * each device from QEMU's trace events (each one a VM exit under KVM) and the interrupts the guest took, per request
 * after an idle baseline, and {@link MeasurementsCsv} writes them as a measurements file that {@code vwb calibration}
 * sets beside the model's figures.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.measure;
