package org.vwb.core;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;

/**
 * The path one request took through a device, step by step: what {@code vwb explain} prints.
 *
 * @param vm          virtual machine
 * @param device      virtual device
 * @param deviceModel id of its model
 * @param steps       every step in order
 */
public record RequestTrace(String vm, String device, String deviceModel, List<Step> steps) {

    /**
     * One step.
     *
     * @param context     kind of context that spent the cycles
     * @param contextName the context itself, e.g. {@code vmwp.exe (legacy-vm)}
     * @param event       what happened
     * @param cycles      cycles spent (0 for the device's own service time)
     * @param nanos       simulated time the step took
     * @param note        what it is, e.g. {@code write CSR1 (transmit poll demand): trap}
     */
    public record Step(ContextKind context, String contextName, String event, double cycles, double nanos,
            String note) {
    }

    public double totalCycles() {
        return steps.stream().mapToDouble(Step::cycles).sum();
    }

    public long count(CostEvent event) {
        return steps.stream().filter(s -> s.event().equals(event.name())).count();
    }
}
