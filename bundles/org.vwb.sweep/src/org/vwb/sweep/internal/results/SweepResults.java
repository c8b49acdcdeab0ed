package org.vwb.sweep.internal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vwb.sweep.Assignment;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.internal.parameters.Knob;
import org.vwb.sweep.internal.parameters.VariedParameter;

/**
 * A finished sweep: every combination's result, the x axis of the curves and the series drawn along it.
 * The x axis is the offered load when a {@code rate} is varied, else the first other numeric parameter varied
 * (queue depth, request size, vCPUs), else there is none and the report shows tables only.
 *
 * @param plan         what was run
 * @param focus        the device ({@code VM/DEVICE}) the figures are of, or empty for every device together
 * @param combinations one result per combination, in plan order
 */
public record SweepResults(SweepPlan plan, Optional<String> focus, List<CombinationResult> combinations) {

    public SweepResults {
        combinations = List.copyOf(combinations);
    }

    /** Groups the runs (in task order, as {@link SweepPlan#tasks()} made them) by combination. */
    public static SweepResults of(SweepPlan plan, List<RunFigures> runs, Optional<String> focus) {
        int seeds = plan.seeds().size();
        List<CombinationResult> results = new ArrayList<>();
        for (Combination combination : plan.combinations()) {
            int first = combination.index() * seeds;
            results.add(CombinationResult.of(combination, plan.seeds(), runs.subList(first, first + seeds),
                    focus));
        }
        return new SweepResults(plan, focus, results);
    }

    /** The parameter along the x axis: {@code rate} parameters give the offered load; empty without one. */
    public Optional<VariedParameter> axisParameter() {
        return plan.parameters().stream().filter(p -> p.path().knob() == Knob.RATE).findFirst()
                .or(() -> plan.parameters().stream().filter(p -> p.path().knob().numeric()).findFirst());
    }

    /** The x axis's name and unit for the charts. */
    public String axisLabel() {
        return axisParameter().map(p -> p.path().knob() == Knob.RATE ? "offered load (requests/s)"
                : p.path().written()).orElse("");
    }

    public List<Series> series() {
        Optional<VariedParameter> axis = axisParameter();
        if (axis.isEmpty()) {
            return List.of();
        }
        boolean byLoad = axis.get().path().knob() == Knob.RATE;
        Map<String, List<CombinationResult>> lines = new LinkedHashMap<>();
        for (CombinationResult result : combinations) {
            if (result.anyCompleted()) {
                lines.computeIfAbsent(seriesLabel(result.combination(), axis.get(), byLoad), k -> new ArrayList<>())
                        .add(result);
            }
        }
        List<Series> series = new ArrayList<>();
        lines.forEach((label, points) -> {
            List<CombinationResult> sorted = points.stream()
                    .sorted(Comparator.comparingDouble(p -> x(p, axis.get(), byLoad))).toList();
            series.add(new Series(label, sorted, sorted.stream().map(p -> x(p, axis.get(), byLoad)).toList(),
                    Series.knee(sorted)));
        });
        return series;
    }

    private static double x(CombinationResult result, VariedParameter axis, boolean byLoad) {
        return byLoad ? result.estimate(Metric.OFFERED).mean()
                : Double.parseDouble(result.combination().value(axis.path().written()));
    }

    /** The configuration and every value but the axis's (every rate, when the axis is the offered load). */
    private String seriesLabel(Combination combination, VariedParameter axis, boolean byLoad) {
        StringBuilder label = new StringBuilder(combination.configuration());
        for (Assignment assignment : combination.assignments()) {
            boolean onAxis = byLoad ? knob(assignment.parameter()) == Knob.RATE
                    : assignment.parameter().equals(axis.path().written());
            if (!onAxis) {
                label.append(' ').append(assignment);
            }
        }
        return label.toString();
    }

    private Knob knob(String parameter) {
        return plan.parameters().stream().filter(p -> p.path().written().equals(parameter)).findFirst()
                .map(p -> p.path().knob()).orElseThrow();
    }

    public long failedRuns() {
        return combinations.stream().flatMap(c -> c.runs().stream()).filter(RunFigures::failed).count();
    }
}
