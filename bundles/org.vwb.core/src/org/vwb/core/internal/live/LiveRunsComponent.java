package org.vwb.core.internal.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.Simulation;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;

/** The {@link LiveRuns} service: starts live runs on the {@link Simulator} and keeps them by id. */
@Component(service = LiveRuns.class)
public final class LiveRunsComponent implements LiveRuns {

    private final Simulator simulator;
    private final Map<Integer, LiveSession> runs = new ConcurrentSkipListMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Activate
    public LiveRunsComponent(@Reference Simulator simulator) {
        this.simulator = simulator;
    }

    @Deactivate
    void stopAll() {
        runs.values().forEach(LiveRun::stop);
    }

    @Override
    public LiveRun start(Model model, String configuration, RunOptions options, double speed)
            throws NotRunnableException {
        Configuration chosen = choose(model, configuration);
        Simulation simulation = simulator.start(chosen, options);
        int id = ids.incrementAndGet();
        LiveSession session = new LiveSession(id, EcoreUtil.copy(model), chosen.getName(), simulation, Math.max(0, speed));
        runs.put(id, session);
        session.begin();
        return session;
    }

    private static Configuration choose(Model model, String name) throws NotRunnableException {
        if (model.getConfigurations().isEmpty()) {
            throw new NotRunnableException(List.of("model '" + model.getName() + "' has no configuration"));
        }
        if (name == null) {
            return model.getConfigurations().get(0);
        }
        return model.getConfigurations().stream().filter(c -> name.equals(c.getName())).findFirst()
                .orElseThrow(() -> new NotRunnableException(List.of("model '" + model.getName()
                        + "' has no configuration '" + name + "' (it has: " + String.join(", ",
                                model.getConfigurations().stream().map(Configuration::getName).toList()) + ")")));
    }

    @Override
    public List<LiveRun> runs() {
        return List.copyOf(runs.values());
    }

    @Override
    public Optional<LiveRun> run(int id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public void forget(int id) {
        LiveSession session = runs.remove(id);
        if (session != null) {
            session.stop();
        }
    }
}
