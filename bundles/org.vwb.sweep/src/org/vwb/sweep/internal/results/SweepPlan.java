package org.vwb.sweep.internal.results;

import java.util.ArrayList;
import java.util.List;

import org.vwb.sweep.Assignment;
import org.vwb.sweep.SweepTask;
import org.vwb.sweep.internal.parameters.VariedParameter;

/**
 * What a sweep runs: every configuration × every combination of the varied parameters' values (the last
 * parameter varying fastest) × every seed. Task {@code i} is combination {@code i / seeds.size()} with seed
 * {@code seeds.get(i % seeds.size())}.
 *
 * @param title          what is swept (the model's name)
 * @param source         the file
 * @param modelText      the file's text, which every task carries
 * @param configurations names of the configurations swept
 * @param parameters     the varied parameters, in the order given
 * @param seeds          the run seeds
 * @param durationNanos  simulated time of each run
 */
public record SweepPlan(String title, String source, String modelText, List<String> configurations,
        List<VariedParameter> parameters, List<Long> seeds, long durationNanos) {

    /** More runs than this is a typo in a range, not a sweep anyone can wait for. */
    public static final long MAX_RUNS = 100_000;

    public SweepPlan {
        configurations = List.copyOf(configurations);
        parameters = List.copyOf(parameters);
        seeds = List.copyOf(seeds);
    }

    /** How many runs the plan holds (possibly above {@link #MAX_RUNS}, for the message that refuses it). */
    public long runs() {
        long runs = (long) configurations.size() * seeds.size();
        for (VariedParameter parameter : parameters) {
            runs = Math.min(Long.MAX_VALUE / 1024, runs * parameter.values().size());
        }
        return runs;
    }

    public List<Combination> combinations() {
        List<List<Assignment>> grid = new ArrayList<>();
        grid.add(List.of());
        for (VariedParameter parameter : parameters) {
            List<List<Assignment>> next = new ArrayList<>();
            for (List<Assignment> partial : grid) {
                for (String value : parameter.values()) {
                    List<Assignment> extended = new ArrayList<>(partial);
                    extended.add(new Assignment(parameter.path().written(), value));
                    next.add(extended);
                }
            }
            grid = next;
        }
        List<Combination> combinations = new ArrayList<>();
        for (String configuration : configurations) {
            for (List<Assignment> assignments : grid) {
                combinations.add(new Combination(combinations.size(), configuration, assignments));
            }
        }
        return combinations;
    }

    public List<SweepTask> tasks() {
        List<SweepTask> tasks = new ArrayList<>();
        for (Combination combination : combinations()) {
            for (long seed : seeds) {
                tasks.add(new SweepTask(tasks.size(), modelText, combination.configuration(),
                        combination.assignments(), seed, durationNanos));
            }
        }
        return tasks;
    }
}
