package org.vwb.sweep.internal.results;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vwb.sweep.RunFigures;

/**
 * A combination's runs over the seeds and their estimates; failed runs are kept apart and left out of the
 * estimates (a combination that failed for every seed has none).
 *
 * @param combination the grid point
 * @param seeds       the seed of each run, in order
 * @param runs        the runs, one per seed, in seed order
 * @param estimates   per metric, over the runs that completed
 */
public record CombinationResult(Combination combination, List<Long> seeds, List<RunFigures> runs,
        Map<Metric, Estimate> estimates) {

    public CombinationResult {
        seeds = List.copyOf(seeds);
        runs = List.copyOf(runs);
        estimates = Map.copyOf(estimates);
    }

    /** @param focus the device ({@code VM/DEVICE}) the figures are of, or empty for every device */
    public static CombinationResult of(Combination combination, List<Long> seeds, List<RunFigures> runs,
            java.util.Optional<String> focus) {
        Map<Metric, Estimate> estimates = new EnumMap<>(Metric.class);
        List<RunFigures> completed = runs.stream().filter(r -> !r.failed()).toList();
        for (Metric metric : Metric.values()) {
            estimates.put(metric, Estimate.of(completed.stream().map(r -> metric.of(r, focus)).filter(v -> !Double.isNaN(v))
                    .toList()));
        }
        return new CombinationResult(combination, seeds, runs, estimates);
    }

    public Estimate estimate(Metric metric) {
        return estimates.get(metric);
    }

    public boolean anyCompleted() {
        return runs.stream().anyMatch(r -> !r.failed());
    }
}
