package org.vwb.sweep.internal.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.Scenario;
import org.vwb.model.SweepParameter;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.model.persistence.ModelLoadException;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;
import org.vwb.sweep.internal.parameters.ParameterException;
import org.vwb.sweep.internal.parameters.VariedParameter;

/**
 * The file a sweep reads, checked as {@code vwb validate} checks it, and what it says about the sweep: the
 * scenario that gives defaults (the first that varies something, else the first), its configurations and its
 * {@code vary} elements.
 */
final class SweepInput {

    private final Path file;
    private final Model model;
    private final Optional<Scenario> scenario;

    private SweepInput(Path file, Model model) {
        this.file = file;
        this.model = model;
        this.scenario = model.getScenarios().stream().filter(s -> !s.getVary().isEmpty()).findFirst()
                .or(() -> model.getScenarios().stream().findFirst());
    }

    /** Loads and validates; warnings go to {@code warnings}, errors end in a {@link Refusal} with every line. */
    static SweepInput load(Path file, List<String> warnings) throws Refusal {
        Model model;
        try {
            model = ModelFiles.load(file);
        } catch (ModelLoadException e) {
            throw new Refusal(List.of(e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        for (Finding finding : ModelValidation.validate(model)) {
            String line = file + ": " + finding.path() + ": " + finding.reason();
            (finding.severity() == Finding.Severity.ERROR ? errors : warnings).add(line);
        }
        if (model.getConfigurations().isEmpty()) {
            errors.add(file + ": holds no configuration to sweep");
        }
        if (!errors.isEmpty()) {
            throw new Refusal(errors);
        }
        return new SweepInput(file, model);
    }

    Model model() {
        return model;
    }

    Optional<Scenario> scenario() {
        return scenario;
    }

    /** The configurations named (each must exist), else the scenario's, else every one of the file. */
    List<String> configurations(List<String> named) throws Refusal {
        List<String> all = model.getConfigurations().stream().map(Configuration::getName).toList();
        if (named.isEmpty()) {
            return scenario.map(s -> s.getConfigurations().stream().map(Configuration::getName).toList())
                    .filter(l -> !l.isEmpty()).orElse(all);
        }
        Set<String> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : named) {
            (all.contains(name) ? chosen : unknown).add(name);
        }
        if (!unknown.isEmpty()) {
            throw new Refusal(unknown.stream().map(n -> file + ": no configuration '" + n + "' (the file has "
                    + String.join(", ", all) + ")").toList());
        }
        return List.copyOf(chosen);
    }

    /** A {@code VM/DEVICE} that a configuration swept has; else one line saying what the file has. */
    void checkDevice(String focus, List<String> configurations) throws Refusal {
        List<String> devices = model.getConfigurations().stream().filter(c -> configurations.contains(c.getName()))
                .flatMap(c -> c.getVirtualMachines().stream()).flatMap(vm -> vm.getDevices().stream()
                        .map(d -> vm.getName() + "/" + d.getName())).distinct().toList();
        if (!devices.contains(focus)) {
            throw new Refusal(List.of(file + ": --device " + focus + ": no such VM/DEVICE in the configurations "
                    + "swept (they have " + String.join(", ", devices) + ")"));
        }
    }

    /** The scenario's {@code vary} elements as parameters; one line per element that does not read. */
    List<VariedParameter> scenarioParameters() throws Refusal {
        List<VariedParameter> parameters = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SweepParameter vary : scenario.map(Scenario::getVary).orElse(org.eclipse.emf.common.util.ECollections
                .emptyEList())) {
            try {
                parameters.add(VariedParameter.of(String.valueOf(vary.getParameter()), String.valueOf(vary.getValues())));
            } catch (ParameterException e) {
                problems.add(file + ": scenario '" + scenario.get().getName() + "' / vary: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return parameters;
    }

    /** The model as XMI text, which each task carries to wherever it runs. */
    String text() throws IOException {
        XMLResource resource = (XMLResource) model.eResource();
        resource.setEncoding("UTF-8");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A command that cannot go on, with one {@code error:} line per reason. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;
        private final List<String> reasons;

        Refusal(List<String> reasons) {
            super(String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        List<String> reasons() {
            return reasons;
        }
    }
}
