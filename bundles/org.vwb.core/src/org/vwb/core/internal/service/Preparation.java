package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.PluginFailure;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.core.internal.spec.SpecReader;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.Configuration;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/**
 * Reads a configuration into a {@link Prepared}: validates it (or takes the findings of a validation the caller
 * just ran over it), snapshots it, copies it for variants, and checks it against the installed plugins. The one
 * place that reads a configuration's EMF objects; it counts how often it validates and snapshots, so a test can
 * hold every command to once.
 */
public final class Preparation {

    private static final LongAdder VALIDATIONS = new LongAdder();
    private static final LongAdder SNAPSHOTS = new LongAdder();

    private Preparation() {
    }

    /** How many configurations the simulator has validated since the framework started. */
    public static long validations() {
        return VALIDATIONS.sum();
    }

    /** How many configurations the simulator has read into a snapshot since the framework started. */
    public static long snapshots() {
        return SNAPSHOTS.sum();
    }

    /** Validates, then reads. Must run on the thread that owns the configuration. */
    static Prepared prepare(Configuration configuration, Catalog catalog) {
        VALIDATIONS.increment();
        return read(configuration, ModelValidation.validate(configuration), catalog);
    }

    /**
     * Reads with findings the caller already has, keeping those about this configuration or its contents
     * (e.g. the validation of the whole file it came from).
     */
    static Prepared read(Configuration configuration, List<Finding> validation, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding finding : validation) {
            if (finding.element() != null && !EcoreUtil.isAncestor(configuration, finding.element())) {
                continue;
            }
            (finding.severity() == Finding.Severity.ERROR ? problems : warnings)
                    .add(finding.path() + ": " + finding.reason());
        }
        if (!problems.isEmpty()) {
            return new Prepared(configuration.getName(), null, problems, warnings, null);
        }
        SNAPSHOTS.increment();
        SystemSpec spec = SpecReader.read(configuration);
        try {
            problems.addAll(Bounded.call(() -> Runnability.problems(spec, catalog)));
        } catch (PluginFailure e) {
            problems.add("configuration '" + spec.name() + "': " + e.getMessage());
        }
        return new Prepared(spec.name(), spec, problems, warnings, EcoreUtil.copy(configuration));
    }
}
