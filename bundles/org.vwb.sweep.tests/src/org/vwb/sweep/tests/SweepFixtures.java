package org.vwb.sweep.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vwb.core.Simulator;
import org.vwb.sweep.SweepExecutor;
import org.vwb.sweep.SweepWorker;
import org.vwb.sweep.internal.parameters.ParameterException;
import org.vwb.sweep.internal.parameters.VariedParameter;
import org.vwb.sweep.internal.results.SweepPlan;
import org.vwb.testing.Examples;
import org.vwb.testing.RegisteredServices;

/** The seed example, the installed services, and small plans over them. */
final class SweepFixtures {

    static final Path SEED = Examples.path("seed/esx-vs-hyperv.vwb");

    private SweepFixtures() {
    }

    static SweepWorker worker() {
        return RegisteredServices.atLeast(SweepFixtures.class, SweepWorker.class, 1).get(0);
    }

    static Simulator simulator() {
        return RegisteredServices.atLeast(SweepFixtures.class, Simulator.class, 1).get(0);
    }

    static SweepExecutor local() {
        return RegisteredServices.atLeast(SweepFixtures.class, SweepExecutor.class, 1).stream()
                .filter(e -> e.id().equals("local")).findFirst().orElseThrow();
    }

    /** The seed's two configurations, each parameter's values, the seeds given, half a simulated second a run. */
    static SweepPlan plan(List<String> configurations, List<Long> seeds, String... varied)
            throws IOException, ParameterException {
        List<VariedParameter> parameters = new java.util.ArrayList<>();
        for (String vary : varied) {
            parameters.add(VariedParameter.parse(vary));
        }
        return new SweepPlan("esx-vs-hyperv", SEED.toString(), Files.readString(SEED), configurations, parameters,
                seeds, 500_000_000L);
    }
}
