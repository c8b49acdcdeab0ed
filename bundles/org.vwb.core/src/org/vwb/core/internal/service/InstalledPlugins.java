package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.PluginFailure;
import org.vwb.core.api.VendorProfile;
import org.vwb.core.api.family.DeviceFamily;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.core.internal.plugins.Call;
import org.vwb.core.internal.plugins.Calls;
import org.vwb.core.internal.plugins.GuardedCostModel;
import org.vwb.core.internal.plugins.GuardedDeviceModel;
import org.vwb.core.internal.plugins.GuardedFamily;
import org.vwb.core.internal.plugins.GuardedPlacement;
import org.vwb.core.internal.plugins.GuardedVendorProfile;
import org.vwb.core.internal.plugins.PluginIdentity;
import org.vwb.core.internal.plugins.PluginTimeout;
import org.vwb.model.DriverPlacement;

/**
 * The plugins bound to the simulator, by the id each gave, each wrapped so that calls into it are bounded and
 * named. Binding asks the plugin nothing on the binding thread: the id is asked on a thread of its own, so a
 * plugin whose {@code id()} never returns holds up nothing. The binding thread waits for the answer (at most the
 * plugin time-out after the plugin arrived, so a service registered is usable once registered), except while the
 * plugin's bundle is still starting: then the binding thread is the one starting it, holding the framework's lock
 * on that start while Felix SCR registers the bundle's services, and the answer, which may load the plugin's
 * classes, may wait on the asking thread for that start to finish, so waiting there could wait for itself. The
 * {@linkplain #catalog() catalog a caller asks for} waits for each id at most until that time-out, then leaves the
 * plugin out with a warning naming it; a run's safe point takes the {@linkplain #now() plugins answered so far}
 * and hears of the others when they answer.
 */
final class InstalledPlugins {

    /** One bound plugin while its id is asked, and after. */
    private static final class Registration {
        final PluginIdentity identity;
        final String question;
        final long deadline;
        final CountDownLatch answered = new CountDownLatch(1);
        volatile String problem;
        Runnable unbind = () -> { };
        boolean gone;

        Registration(PluginIdentity identity, String question) {
            this.identity = identity;
            this.question = question;
            this.deadline = System.nanoTime() + PluginTimeout.nanos();
        }
    }

    private final Map<String, DeviceModel> devices = new ConcurrentHashMap<>();
    private final Map<DriverPlacement, DriverPlacementModel> placements = new ConcurrentHashMap<>();
    private final Map<String, VendorProfile> vendors = new ConcurrentHashMap<>();
    private final Map<String, CostModel> costModels = new ConcurrentHashMap<>();
    private final Map<String, DeviceFamily> families = new ConcurrentHashMap<>();
    private final Map<Object, Registration> registrations = new ConcurrentHashMap<>();
    private final Runnable changed;

    /** @param changed told (on any thread) whenever a plugin became usable or went away */
    InstalledPlugins(Runnable changed) {
        this.changed = changed;
    }

    void addDeviceModel(DeviceModel model, ServiceReference<?> reference) {
        bind("device model", model, reference, "id()", DeviceModel::id, GuardedDeviceModel::of, devices);
    }

    void addPlacement(DriverPlacementModel placement, ServiceReference<?> reference) {
        bind("driver placement", placement, reference, "placement()", DriverPlacementModel::placement,
                (p, identity) -> new GuardedPlacement(p, identity, DriverPlacement.valueOf(identity.id())),
                placements);
    }

    void addVendorProfile(VendorProfile profile, ServiceReference<?> reference) {
        bind("vendor profile", profile, reference, "id()", VendorProfile::id, GuardedVendorProfile::new, vendors);
    }

    void addCostModel(CostModel model, ServiceReference<?> reference) {
        bind("cost model", model, reference, "id()", CostModel::id, GuardedCostModel::new, costModels);
    }

    void addFamily(DeviceFamily family, ServiceReference<?> reference) {
        bind("device family", family, reference, "id()", DeviceFamily::id, GuardedFamily::new, families);
    }

    /** A plugin left: it is taken out of its catalogue, unless another with its id replaced it meanwhile. */
    void remove(Object service) {
        Registration registration = registrations.remove(service);
        if (registration != null) {
            synchronized (registration) {
                registration.gone = true;
                registration.unbind.run();
            }
            changed.run();
        }
    }

    private <K, S> void bind(String kind, S service, ServiceReference<?> reference, String question,
            Function<S, K> key, BiFunction<S, PluginIdentity, S> wrap, Map<K, S> installed) {
        Registration registration = new Registration(PluginIdentity.of(kind, reference, service), question);
        registrations.put(service, registration);
        Bounded.background(() -> {
            try {
                K id = Calls.ask(new Call(registration.identity, question), () -> key.apply(service));
                S wrapped = wrap.apply(service, registration.identity.withId(String.valueOf(id)));
                synchronized (registration) {
                    if (!registration.gone) {
                        installed.put(id, wrapped);
                        registration.unbind = () -> installed.remove(id, wrapped);
                    }
                }
                changed.run();
            } catch (PluginFailure e) {
                registration.problem = e.getMessage() + "; it is left out";
            } catch (RuntimeException e) {
                registration.problem = registration.identity + " cannot be used: " + e + "; it is left out";
            } finally {
                registration.answered.countDown();
            }
        });
        if (reference == null || reference.getBundle() == null
                || reference.getBundle().getState() != Bundle.STARTING) {
            awaitAnswer(registration);
        }
    }

    /** Waits for a plugin's id until the time-out after it arrived; false if it has not come by then. */
    private static boolean awaitAnswer(Registration registration) {
        long left = registration.deadline - System.nanoTime();
        try {
            return left > 0 ? registration.answered.await(left, TimeUnit.NANOSECONDS)
                    : registration.answered.getCount() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The plugins usable now: waits for ids still being asked, each at most until the plugin time-out after the
     * plugin arrived.
     */
    Catalog catalog() {
        for (Registration registration : registrations.values()) {
            if (!awaitAnswer(registration) && Thread.currentThread().isInterrupted()) {
                break;
            }
        }
        return now();
    }

    /**
     * The plugins whose ids have been answered, without waiting for the others: for a run's safe point, which
     * must never wait on a plugin (each answer that comes later tells {@code changed}, and the run takes the
     * plugin up at its next safe point).
     */
    Catalog now() {
        return new Catalog(Map.copyOf(devices), Map.copyOf(placements), Map.copyOf(vendors), Map.copyOf(costModels),
                Map.copyOf(families));
    }

    /** One line per plugin left out: it threw when asked its id, or did not answer in time. */
    List<String> problems() {
        catalog();
        List<String> problems = new ArrayList<>();
        for (Registration registration : registrations.values()) {
            if (registration.problem != null) {
                problems.add(registration.problem);
            } else if (registration.answered.getCount() > 0) {
                problems.add(PluginFailure.timedOut(registration.identity.toString(), registration.question,
                        PluginTimeout.text()).getMessage() + "; it is left out");
            }
        }
        problems.sort(null);
        return problems;
    }
}
