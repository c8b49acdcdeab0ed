package org.vwb.testing;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.VendorProfile;
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
 *
 * {@link #registerDuel()} registers the ready-made set the files of {@link StandInFiles} are written for.
 */
public final class StandInPlugins implements AutoCloseable {

    /**
     * The id of the stand-in cost model: the simulator's default hardware generation, so that hosts which name
     * none (every imported host) are priced by it.
     */
    public static final String COST_MODEL = "intel-nehalem-2009";

    /** The cost model of {@link #registerDuel()}, which {@link StandInFiles} names. */
    public static final String GENERATION = "stand-in-generation";
    /** The vendor profile of {@link #registerDuel()} with drivers in the hypervisor. */
    public static final String MONOLITHIC = "stand-in.monolithic";
    /** The vendor profile of {@link #registerDuel()} with drivers in a parent partition. */
    public static final String SPLIT = "stand-in.split";
    /** The emulated NIC of {@link #registerDuel()}. */
    public static final String NIC = "stand-in-nic";
    /** The synthetic ring NIC of {@link #registerDuel()}. */
    public static final String RING = "stand-in-ring";

    private final BundleContext context;
    private String costModel = COST_MODEL;
    private final Map<String, DriverPlacement> vendorProfiles = new LinkedHashMap<>();
    private final Map<String, StandInDevices.Spec> devices = new LinkedHashMap<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    private StandInPlugins(BundleContext context) {
        this.context = context;
    }

    /** A set to be registered from the bundle of {@code testClass}. */
    public static StandInPlugins forTest(Class<?> testClass) {
        return new StandInPlugins(FrameworkUtil.getBundle(testClass).getBundleContext());
    }

    /**
     * The set of the seed example's shape, registered from this bundle (so {@code vwb plugins} lists them under
     * org.vwb.testing): cost model {@value #GENERATION}, vendor profiles {@value #MONOLITHIC} (drivers in the
     * hypervisor) and {@value #SPLIT} (in a parent partition), NICs {@value #NIC} (emulated) and {@value #RING}
     * (synthetic).
     */
    public static StandInPlugins registerDuel() {
        return forTest(StandInPlugins.class).costModel(GENERATION)
                .vendorProfile(MONOLITHIC, DriverPlacement.IN_HYPERVISOR)
                .vendorProfile(SPLIT, DriverPlacement.PARENT_PARTITION)
                .device(NIC, DeviceKind.NETWORK, DeviceMode.EMULATED)
                .device(RING, DeviceKind.NETWORK, DeviceMode.SYNTHETIC).register();
    }

    /**
     * A vendor profile of {@link #registerDuel()}'s shape (every placement, the devices {@value #NIC} and
     * {@value #RING}), not registered: for a test plugin that builds on it.
     */
    public static VendorProfile duelVendorProfile(String id, DriverPlacement defaultPlacement) {
        Map<String, DeviceMode> catalogue = new LinkedHashMap<>();
        catalogue.put(NIC, DeviceMode.EMULATED);
        catalogue.put(RING, DeviceMode.SYNTHETIC);
        return new StandInPlatform.Vendor(id, defaultPlacement, catalogue);
    }

    /** The id of the cost model, {@value #COST_MODEL} unless said otherwise. */
    public StandInPlugins costModel(String id) {
        costModel = id;
        return this;
    }

    /** A vendor profile whose default placement is the parent partition. */
    public StandInPlugins vendorProfile(String id) {
        return vendorProfile(id, DriverPlacement.PARENT_PARTITION);
    }

    /** A vendor profile supporting every placement, with {@code defaultPlacement} as its default. */
    public StandInPlugins vendorProfile(String id, DriverPlacement defaultPlacement) {
        vendorProfiles.put(id, defaultPlacement);
        return this;
    }

    public StandInPlugins device(String id, DeviceKind kind, DeviceMode mode) {
        devices.put(id, new StandInDevices.Spec(id, kind, mode));
        return this;
    }

    /** Registers every plugin of the set; {@link #close()} unregisters them. */
    public StandInPlugins register() {
        register(CostModel.class, new StandInPlatform.Costs(costModel));
        for (DriverPlacement placement : DriverPlacement.values()) {
            register(DriverPlacementModel.class, new StandInPlatform.Placement(placement));
        }
        Map<String, DeviceMode> catalogue = new LinkedHashMap<>();
        devices.values().forEach(spec -> catalogue.put(spec.id(), spec.mode()));
        vendorProfiles.forEach((id, placement) -> register(VendorProfile.class,
                new StandInPlatform.Vendor(id, placement, catalogue)));
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
