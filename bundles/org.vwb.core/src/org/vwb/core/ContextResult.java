package org.vwb.core;

import org.vwb.core.api.ContextKind;

/**
 * CPU spent by one execution context.
 *
 * @param kind        kind of context
 * @param name        e.g. {@code hypervisor}, {@code root}, {@code vmwp.exe (legacy-vm)}, {@code legacy-vm}
 * @param cpuSeconds  CPU seconds spent
 * @param utilization share of the whole host's CPU capacity over the run, 0..1
 */
public record ContextResult(ContextKind kind, String name, double cpuSeconds, double utilization) {
}
