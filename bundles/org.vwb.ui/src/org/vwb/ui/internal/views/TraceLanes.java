package org.vwb.ui.internal.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vwb.charts.ui.SequenceDiagram;
import org.vwb.core.api.CostEvent;
import org.vwb.core.RequestTrace;

/**
 * A request trace as sequence-diagram lanes and steps: one lane per context the request passed through
 * (guest, hypervisor, parent, worker, driver domain, in that order), each step as wide as its cycles, VM exits
 * emphasised with the register access that trapped.
 */
final class TraceLanes {

    private final List<String> lanes = new ArrayList<>();
    private final List<SequenceDiagram.Step> steps = new ArrayList<>();

    TraceLanes(RequestTrace trace) {
        Map<String, RequestTrace.Step> firstOf = new LinkedHashMap<>();
        trace.steps().forEach(s -> firstOf.putIfAbsent(s.contextName(), s));
        List<RequestTrace.Step> order = new ArrayList<>(firstOf.values());
        order.sort(Comparator.comparing((RequestTrace.Step s) -> s.context() == null ? Integer.MAX_VALUE
                : s.context().ordinal()));
        order.forEach(s -> lanes.add(s.contextName()));
        for (RequestTrace.Step step : trace.steps()) {
            boolean exit = step.event().equals(CostEvent.VM_EXIT.name());
            String detail = step.note() == null ? "" : step.note();
            steps.add(new SequenceDiagram.Step(lanes.indexOf(step.contextName()), step.cycles(),
                    step.event().toLowerCase().replace('_', ' '), detail, exit && !detail.isEmpty()));
        }
    }

    List<String> lanes() {
        return lanes;
    }

    List<SequenceDiagram.Step> steps() {
        return steps;
    }
}
