package org.vwb.plugins.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.vwb.core.Simulator;

/**
 * Waits, bounded, until the simulator has taken up the device models, placements, vendor profiles, cost models and
 * device families a newly installed bundle registered. The simulator binds a plugin on a thread of its own (it
 * asks its {@code id()} there), so without this an install would return before a live run's next change set could
 * use the new device model (or a device of the new family).
 */
final class SimulatorBinding {

    private static final Set<String> TRACKED = Set.of("org.vwb.core.api.DeviceModel",
            "org.vwb.core.api.DriverPlacementModel", "org.vwb.core.api.VendorProfile", "org.vwb.core.api.CostModel",
            "org.vwb.core.api.family.DeviceFamily");
    /** Longer than a plugin's own bound on answering its id() (10 s by default), after which it is left out. */
    private static final long PATIENCE_MILLIS = 15_000;

    private SimulatorBinding() {
    }

    static void await(BundleContext context, Collection<Bundle> installed) {
        ServiceReference<Simulator> reference = context.getServiceReference(Simulator.class);
        Simulator simulator = reference == null ? null : context.getService(reference);
        if (simulator == null) {
            return;
        }
        Map<String, Integer> expected = new HashMap<>();
        for (Bundle bundle : installed) {
            int tracked = 0;
            for (ServiceReference<?> service : registered(bundle)) {
                for (String type : (String[]) service.getProperty(Constants.OBJECTCLASS)) {
                    tracked += TRACKED.contains(type) ? 1 : 0;
                }
            }
            if (tracked > 0) {
                expected.put(bundle.getSymbolicName(), tracked);
            }
        }
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!expected.isEmpty() && !bound(simulator, expected)
                && System.currentTimeMillis() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        context.ungetService(reference);
    }

    private static List<ServiceReference<?>> registered(Bundle bundle) {
        ServiceReference<?>[] services = bundle.getRegisteredServices();
        return services == null ? List.of() : List.of(services);
    }

    /**
     * Whether the simulator lists at least as many plugins of each bundle as it registered, counting those it left
     * out and named in {@link Simulator#pluginProblems()} (their id() threw or did not answer).
     */
    private static boolean bound(Simulator simulator, Map<String, Integer> expected) {
        Map<String, Integer> seen = new HashMap<>();
        simulator.plugins().forEach(p -> seen.merge(p.bundle(), 1, Integer::sum));
        for (String problem : simulator.pluginProblems()) {
            expected.keySet().stream().filter(name -> problem.contains("bundle " + name + " ")).forEach(name -> seen
                    .merge(name, 1, Integer::sum));
        }
        return expected.entrySet().stream().allMatch(e -> seen.getOrDefault(e.getKey(), 0) >= e.getValue());
    }
}
