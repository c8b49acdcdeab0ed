package org.vwb.sweep.internal.results;

import java.util.List;
import java.util.stream.Collectors;

import org.vwb.sweep.Assignment;

/**
 * One point of a sweep's grid: a configuration with one value for each varied parameter. Its runs differ only
 * in the seed.
 *
 * @param index         position in the sweep, 0-based
 * @param configuration name of the configuration as the file has it
 * @param assignments   the parameters' values
 */
public record Combination(int index, String configuration, List<Assignment> assignments) {

    public Combination {
        assignments = List.copyOf(assignments);
    }

    /** E.g. {@code hyperv-2008 rate=1000 vendor=esxi-3.5}: how errors and tables name it. */
    public String label() {
        return assignments.isEmpty() ? configuration : configuration + " " + assignments.stream()
                .map(Assignment::toString).collect(Collectors.joining(" "));
    }

    /** The value of a parameter as written, or null when it is not varied. */
    public String value(String parameter) {
        return assignments.stream().filter(a -> a.parameter().equals(parameter)).map(Assignment::value).findFirst()
                .orElse(null);
    }
}
