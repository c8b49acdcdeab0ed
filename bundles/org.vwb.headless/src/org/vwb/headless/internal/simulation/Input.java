package org.vwb.headless.internal.simulation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vwb.core.PreparedConfiguration;
import org.vwb.core.Simulator;
import org.vwb.headless.CommandIo;
import org.vwb.headless.ModelSources;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.NamedElement;
import org.vwb.model.Scenario;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/**
 * The file a simulation command reads ({@code -}: standard input), loaded and validated as {@code vwb validate}
 * would: a file that {@code validate} rejects is rejected here with the same lines, so no run ever starts on an
 * invalid model.
 */
public final class Input {

    private final Path file;
    private final Model model;
    private final List<Finding> findings;

    private Input(Path file, Model model, List<Finding> findings) {
        this.file = file;
        this.model = model;
        this.findings = List.copyOf(findings);
    }

    /** Loads and validates; warnings go to stderr, errors reject the file with one line each. */
    public static Input load(Path operand, CommandIo io) throws Rejected {
        Path file = ModelSources.label(operand);
        Model model;
        try {
            model = ModelSources.load(operand);
        } catch (ModelLoadException e) {
            throw new Rejected(e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        List<Finding> findings = ModelValidation.validate(model);
        for (Finding finding : findings) {
            String line = file + ": " + finding.path() + ": " + finding.reason();
            if (finding.severity() == Finding.Severity.ERROR) {
                errors.add(line);
            } else {
                io.warning(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        if (model.getConfigurations().isEmpty()) {
            throw new Rejected(file + ": holds no configuration to simulate");
        }
        return new Input(file, model, findings);
    }

    public Path file() {
        return file;
    }

    public Model model() {
        return model;
    }

    /** The configuration named, or the file's first one when no name is given. */
    public Configuration configuration(Optional<String> name) throws Rejected {
        if (name.isEmpty()) {
            return model.getConfigurations().get(0);
        }
        return model.getConfigurations().stream().filter(c -> c.getName().equals(name.get())).findFirst()
                .orElseThrow(() -> new Rejected(file + ": no configuration '" + name.get() + "' (the file has "
                        + names(model.getConfigurations()) + ")"));
    }

    /** The file's first scenario that compares the configuration, if any: its duration and seed are defaults. */
    public Optional<Scenario> scenarioOf(Configuration configuration) {
        return model.getScenarios().stream().filter(s -> s.getConfigurations().contains(configuration)).findFirst();
    }

    /** The file's first scenario, if any. */
    public Optional<Scenario> scenario() {
        return model.getScenarios().stream().findFirst();
    }

    /**
     * Each configuration prepared for the simulator with the file's validation (not validated again), or one
     * line per reason the simulator gives, each naming the file.
     */
    public List<PreparedConfiguration> prepare(Simulator simulator, List<Configuration> configurations)
            throws Rejected {
        List<PreparedConfiguration> prepared = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Configuration configuration : configurations) {
            PreparedConfiguration one = simulator.prepare(configuration, findings);
            one.problems().forEach(p -> problems.add(file + ": " + p));
            prepared.add(one);
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        return prepared;
    }

    /** One configuration prepared, as {@link #prepare(Simulator, List)}. */
    public PreparedConfiguration prepare(Simulator simulator, Configuration configuration) throws Rejected {
        return prepare(simulator, List.of(configuration)).get(0);
    }

    /** The reasons of a refused run, each naming the file. */
    public Rejected rejected(List<String> reasons) {
        // distinct: one missing vendor profile refuses every configuration run under it, with the same words
        return new Rejected(reasons.stream().distinct().map(r -> file + ": " + r).toList());
    }

    /** Names for a message, quoted: {@code 'a', 'b'}. */
    public static String names(List<? extends NamedElement> elements) {
        return elements.isEmpty() ? "none" : String.join(", ", elements.stream().map(e -> "'" + e.getName() + "'")
                .toList());
    }
}
