package org.vwb.sweep.internal.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a parameter is set: optional scope steps, then the knob, e.g. {@code rate}, {@code workload[web].rate},
 * {@code config[hyperv-2008].vm[legacy-vm].device[net0].model}. A step narrows to the elements of that name;
 * without a step a knob applies to every element of its kind in the configuration.
 *
 * @param written the text as the user wrote it
 * @param steps   scope steps, outermost first
 * @param knob    what is set
 */
public record ParameterPath(String written, List<Step> steps, Knob knob) {

    private static final Pattern STEP = Pattern.compile("(config|vm|device|workload)\\[([^\\[\\]]+)\\]");
    private static final List<String> ORDER = List.of("config", "vm", "device", "workload");

    /** One scope step: the kind of element ({@code config}, {@code vm}, {@code device}, {@code workload}) and a name. */
    public record Step(String kind, String name) {
    }

    public static ParameterPath parse(String written) throws ParameterException {
        String[] parts = written.strip().split("\\.(?![^\\[]*\\])");
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            Matcher m = STEP.matcher(parts[i]);
            if (!m.matches()) {
                throw new ParameterException(written + ": '" + parts[i] + "' is not a scope step (config[NAME], "
                        + "vm[NAME], device[NAME] or workload[NAME])");
            }
            Step step = new Step(m.group(1), m.group(2).strip());
            if (!steps.isEmpty() && ORDER.indexOf(step.kind()) <= ORDER.indexOf(steps.get(steps.size() - 1).kind())) {
                throw new ParameterException(written + ": scope steps go from outer to inner (config, vm, device, "
                        + "workload), each at most once");
            }
            steps.add(step);
        }
        String word = parts[parts.length - 1];
        Knob knob = Knob.of(word).orElseThrow(() -> new ParameterException(written + ": unknown parameter '" + word
                + "' (one of " + String.join(", ", Knob.words()) + ")"));
        ParameterPath path = new ParameterPath(written.strip(), List.copyOf(steps), knob);
        path.checkScopeFits();
        return path;
    }

    /** The name a step of this kind narrows to, if the path has one. */
    public Optional<String> scope(String kind) {
        return steps.stream().filter(s -> s.kind().equals(kind)).map(Step::name).findFirst();
    }

    private void checkScopeFits() throws ParameterException {
        int deepest = switch (knob.target()) {
            case CONFIGURATION -> 0;
            case VM -> 1;
            case DEVICE -> 2;
            case WORKLOAD -> 3;
        };
        for (Step step : steps) {
            if (ORDER.indexOf(step.kind()) > deepest) {
                throw new ParameterException(written + ": " + knob.word() + " is set on a " + switch (knob.target()) {
                    case CONFIGURATION -> "configuration";
                    case VM -> "virtual machine";
                    case DEVICE -> "virtual device";
                    case WORKLOAD -> "workload";
                } + ", which a " + step.kind() + "[...] step cannot narrow");
            }
        }
        if ((knob == Knob.MODEL || knob == Knob.MODE) && scope("device").isEmpty()) {
            throw new ParameterException(written + ": a device " + knob.word() + " needs a device[NAME] step "
                    + "(e.g. vm[legacy-vm].device[net0]." + knob.word() + "): one model for every device makes no "
                    + "sense");
        }
    }
}
