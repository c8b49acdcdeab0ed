package org.vwb.testing;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.CostModel;
import org.vwb.core.DeviceModel;
import org.vwb.core.DriverPlacementModel;
import org.vwb.core.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * A complete set of round-number plugins for the simulator, registered as OSGi services under the ids a test
 * needs: vendor profiles (supporting every placement), device models, a placement model per placement and a
 * cost model. For tests of the simulator's callers (command line, reports) that must not depend on the real
 * vendor profiles and device models, whose figures change as they are calibrated. Every event costs 1,000
 * cycles (copying a KiB 100); an emulated device traps twice to issue a request and once to acknowledge it, a
 * synthetic one not at all, so a switch from one to the other always saves exits.
 *
 * <pre>
 * try (StandInPlugins plugins = StandInPlugins.forTest(MyTest.class).vendorProfile("kvm.qemu")
 *         .device("e1000", DeviceKind.NETWORK, DeviceMode.EMULATED).register()) { ... }
 * </pre>
 */
public final class StandInPlugins implements AutoCloseable {

    /**
     * The id of the stand-in cost model: the simulator's default hardware generation, so that hosts which name
     * none (every imported host) are priced by it.
     */
    public static final String COST_MODEL = "intel-nehalem-2009";

    private final BundleContext context;
    private final Set<String> vendorProfiles = new LinkedHashSet<>();
    private final Map<String, StandInDevices.Spec> devices = new LinkedHashMap<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    private StandInPlugins(BundleContext context) {
        this.context = context;
    }

    /** A set to be registered from the bundle of {@code testClass}. */
    public static StandInPlugins forTest(Class<?> testClass) {
        return new StandInPlugins(FrameworkUtil.getBundle(testClass).getBundleContext());
    }

    public StandInPlugins vendorProfile(String id) {
        vendorProfiles.add(id);
        return this;
    }

    public StandInPlugins device(String id, DeviceKind kind, DeviceMode mode) {
        devices.put(id, new StandInDevices.Spec(id, kind, mode));
        return this;
    }

    /** Registers every plugin of the set; {@link #close()} unregisters them. */
    public StandInPlugins register() {
        register(CostModel.class, new StandInPlatform.Costs(COST_MODEL));
        for (DriverPlacement placement : DriverPlacement.values()) {
            register(DriverPlacementModel.class, new StandInPlatform.Placement(placement));
        }
        Map<String, DeviceMode> catalogue = new LinkedHashMap<>();
        devices.values().forEach(spec -> catalogue.put(spec.id(), spec.mode()));
        for (String id : vendorProfiles) {
            register(VendorProfile.class, new StandInPlatform.Vendor(id, catalogue));
        }
        for (StandInDevices.Spec spec : devices.values()) {
            register(DeviceModel.class, StandInDevices.of(spec));
        }
        return this;
    }

    private <T> void register(Class<T> type, T service) {
        registrations.add(context.registerService(type, service, new Hashtable<>()));
    }

    @Override
    public void close() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the test unregistered it itself
            }
        }
        registrations.clear();
    }
}
