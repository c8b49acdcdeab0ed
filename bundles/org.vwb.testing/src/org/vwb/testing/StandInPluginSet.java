package org.vwb.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.ContextKind;
import org.vwb.core.CostEvent;
import org.vwb.core.CostModel;
import org.vwb.core.DeviceModel;
import org.vwb.core.DriverPlacementModel;
import org.vwb.core.Fact;
import org.vwb.core.FaultScope;
import org.vwb.core.Route;
import org.vwb.core.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * Small plugins with round numbers, registered as real OSGi services so that the simulator binds them as it
 * binds the real ones: a cost model ({@value #GENERATION}, 1,000 cycles an event), a placement model for every
 * placement, two vendor profiles ({@value #MONOLITHIC}: drivers in the hypervisor; {@value #SPLIT}: in a parent
 * partition) and two device models ({@value #NIC}, emulated; {@value #RING}, synthetic). Tests of commands and
 * reports use them instead of the real plugins, which live in bundles of their own.
 */
public final class StandInPluginSet implements AutoCloseable {

    public static final String GENERATION = "stand-in-generation";
    public static final String MONOLITHIC = "stand-in.monolithic";
    public static final String SPLIT = "stand-in.split";
    public static final String NIC = "stand-in-nic";
    public static final String RING = "stand-in-ring";

    private final BundleContext context = FrameworkUtil.getBundle(StandInPluginSet.class).getBundleContext();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    /** Registers every stand-in; {@link #close()} removes them. */
    public static StandInPluginSet register() {
        StandInPluginSet plugins = new StandInPluginSet();
        plugins.add(CostModel.class, new Generation());
        for (DriverPlacement placement : DriverPlacement.values()) {
            plugins.add(DriverPlacementModel.class, new Placement(placement));
        }
        plugins.add(VendorProfile.class, new Vendor(MONOLITHIC, "Stand-in Monolithic 1", DriverPlacement.IN_HYPERVISOR));
        plugins.add(VendorProfile.class, new Vendor(SPLIT, "Stand-in Split 1", DriverPlacement.PARENT_PARTITION));
        plugins.add(DeviceModel.class, new StandInNic(NIC));
        plugins.add(DeviceModel.class, new StandInRing(RING));
        return plugins;
    }

    private <T> void add(Class<T> type, T service) {
        registrations.add(context.registerService(type, service, new Hashtable<>()));
    }

    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    /** Every event 1,000 cycles, a KiB copied 100: at 1 GHz one event is one microsecond. */
    private static final class Generation implements CostModel {
        @Override
        public String id() {
            return GENERATION;
        }

        @Override
        public String description() {
            return "stand-in generation with round numbers";
        }

        @Override
        public double cycles(CostEvent event) {
            return event == CostEvent.COPY_KIB ? 100 : 1000;
        }

        @Override
        public String source(CostEvent event) {
            return "round number for tests";
        }
    }

    /** Crossing the hypervisor boundary is a partition switch, reaching a worker a process switch. */
    private record Placement(DriverPlacement placement) implements DriverPlacementModel {
        @Override
        public String description() {
            return "stand-in " + placement.getLiteral();
        }

        @Override
        public Route defaultRoute() {
            ContextKind driver = switch (placement) {
                case IN_HYPERVISOR -> ContextKind.HYPERVISOR;
                case DRIVER_DOMAIN -> ContextKind.DRIVER_DOMAIN;
                default -> ContextKind.PARENT;
            };
            ContextKind emulator = driver == ContextKind.HYPERVISOR ? driver : ContextKind.WORKER;
            return new Route(emulator, driver, driver, false);
        }

        @Override
        public List<CostEvent> crossing(Route route, ContextKind from, ContextKind to) {
            List<CostEvent> events = new ArrayList<>();
            if (from != to && (from == ContextKind.HYPERVISOR || to == ContextKind.HYPERVISOR)) {
                events.add(CostEvent.PARTITION_SWITCH);
            }
            if (from != to && (from == ContextKind.WORKER || to == ContextKind.WORKER)) {
                events.add(CostEvent.PROCESS_SWITCH);
            }
            return events;
        }

        @Override
        public FaultScope driverFaultScope() {
            return defaultRoute().driver() == ContextKind.HYPERVISOR ? FaultScope.WHOLE_HOST
                    : FaultScope.PARENT_AND_DEPENDENT_IO;
        }
    }

    private record Vendor(String id, String name, DriverPlacement defaultPlacement) implements VendorProfile {
        @Override
        public int releaseYear() {
            return 2008;
        }

        @Override
        public Set<DriverPlacement> supportedPlacements() {
            return EnumSet.allOf(DriverPlacement.class);
        }

        @Override
        public Route route(DriverPlacementModel placement) {
            return placement.defaultRoute();
        }

        @Override
        public Map<String, DeviceMode> deviceCatalogue() {
            return Map.of(NIC, DeviceMode.EMULATED, RING, DeviceMode.SYNTHETIC);
        }

        @Override
        public Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
            return kind != DeviceKind.NETWORK ? Optional.empty()
                    : Optional.of(mode == DeviceMode.SYNTHETIC ? RING : NIC);
        }

        @Override
        public Fact footprintBytes() {
            return new Fact(defaultPlacement == DriverPlacement.IN_HYPERVISOR ? 32e6 : 2e9, "bytes", "stand-in");
        }

        @Override
        public Fact trustedCodeBytes() {
            return new Fact(defaultPlacement == DriverPlacement.IN_HYPERVISOR ? 2e7 : 6e5, "bytes", "stand-in");
        }

        @Override
        public Fact driverCatalogue() {
            return new Fact(10, "drivers", "stand-in");
        }

        @Override
        public boolean hasDriverFor(String pciId, DeviceKind kind) {
            return true;
        }

        @Override
        public boolean exitlessInterrupts() {
            return false;
        }
    }
}
