package org.vwb.testing.core;

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
import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.core.api.Route;
import org.vwb.core.Simulator;
import org.vwb.core.api.SyntheticDeviceModel;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/**
 * Minimal plugins with round numbers, registered as real OSGi services so the simulator's dynamic references
 * bind them: every cost is 1,000 cycles (COPY_KIB 100) at 1 GHz, so one event is one microsecond. Shared by the
 * tests of every bundle that runs simulations (core, live runs, commands).
 */
public final class StandIns {

    public static final String VENDOR = "test.vendor";
    /** A second vendor profile, alike but for its id, to swap vendor profiles in tests. */
    public static final String OTHER_VENDOR = "test.vendor.other";
    public static final String NIC = "test-nic";
    public static final String RING = "test-ring";

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final BundleContext context;

    /** Stand-ins registered through the bundle of a test class (the host bundle, for a test fragment). */
    public StandIns(Class<?> testClass) {
        this.context = FrameworkUtil.getBundle(testClass).getBundleContext();
    }

    public void registerAll() {
        registerAllBut(null);
    }

    /** Every stand-in but the placement model of {@code missing}, which a test registers (and removes) itself. */
    public void registerAllBut(DriverPlacement missing) {
        register(CostModel.class, new Costs());
        for (DriverPlacement placement : DriverPlacement.values()) {
            if (placement != missing) {
                register(DriverPlacementModel.class, new Placement(placement));
            }
        }
        register(VendorProfile.class, new Vendor(VENDOR));
        register(VendorProfile.class, new Vendor(OTHER_VENDOR));
        register(DeviceModel.class, new Nic(NIC));
        register(DeviceModel.class, new Ring());
    }

    public <T> ServiceRegistration<T> register(Class<T> type, T service) {
        ServiceRegistration<T> registration = context.registerService(type, service, new Hashtable<>());
        registrations.add(registration);
        return registration;
    }

    public void unregisterAll() {
        registrations.forEach(r -> {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // a test unregistered it itself
            }
        });
        registrations.clear();
    }

    public Simulator simulator() {
        return service(Simulator.class);
    }

    public <T> T service(Class<T> type) {
        return context.getService(context.getServiceReference(type));
    }

    public static final class Costs implements CostModel {
        @Override
        public String id() {
            return "test-generation";
        }

        @Override
        public String description() {
            return "round numbers for tests";
        }

        @Override
        public double cycles(CostEvent event) {
            return event == CostEvent.COPY_KIB ? 100 : 1000;
        }

        @Override
        public String source(CostEvent event) {
            return "test stand-in";
        }
    }

    /** Crossings as a parent-partition design has them; empty inside one kind. */
    public static final class Placement implements DriverPlacementModel {
        private final DriverPlacement placement;

        public Placement(DriverPlacement placement) {
            this.placement = placement;
        }

        @Override
        public DriverPlacement placement() {
            return placement;
        }

        @Override
        public String description() {
            return "test " + placement;
        }

        @Override
        public Route defaultRoute() {
            return switch (placement) {
                case IN_HYPERVISOR -> new Route(ContextKind.HYPERVISOR, ContextKind.HYPERVISOR, ContextKind.HYPERVISOR,
                        false);
                case PARENT_PARTITION, HOST_OS -> new Route(ContextKind.WORKER, ContextKind.PARENT, ContextKind.PARENT,
                        false);
                case DRIVER_DOMAIN -> new Route(ContextKind.WORKER, ContextKind.DRIVER_DOMAIN,
                        ContextKind.DRIVER_DOMAIN, false);
            };
        }

        @Override
        public List<CostEvent> crossing(Route route, ContextKind from, ContextKind to) {
            if (from == to) {
                return List.of();
            }
            boolean worker = from == ContextKind.WORKER || to == ContextKind.WORKER;
            boolean hypervisor = from == ContextKind.HYPERVISOR || to == ContextKind.HYPERVISOR;
            List<CostEvent> events = new ArrayList<>();
            if (hypervisor) {
                events.add(CostEvent.PARTITION_SWITCH);
            }
            if (worker) {
                events.add(CostEvent.PROCESS_SWITCH);
            }
            return events;
        }

        @Override
        public FaultScope driverFaultScope() {
            return placement == DriverPlacement.IN_HYPERVISOR ? FaultScope.WHOLE_HOST
                    : FaultScope.PARENT_AND_DEPENDENT_IO;
        }
    }

    public static final class Vendor implements VendorProfile {
        private final String id;

        public Vendor(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return "Test Hypervisor 1.0";
        }

        @Override
        public int releaseYear() {
            return 2026;
        }

        @Override
        public DriverPlacement defaultPlacement() {
            return DriverPlacement.PARENT_PARTITION;
        }

        @Override
        public Set<DriverPlacement> supportedPlacements() {
            return EnumSet.of(DriverPlacement.PARENT_PARTITION, DriverPlacement.IN_HYPERVISOR);
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
            return Optional.of(mode == DeviceMode.SYNTHETIC ? RING : NIC);
        }

        @Override
        public Fact footprintBytes() {
            return new Fact(1e6, "bytes", "test");
        }

        @Override
        public Fact trustedCodeBytes() {
            return new Fact(1e5, "bytes", "test");
        }

        @Override
        public Fact driverCatalogue() {
            return new Fact(1, "drivers", "test");
        }

        @Override
        public boolean hasDriverFor(String pciId, DeviceKind kind) {
            return pciId.startsWith("8086");
        }

        @Override
        public boolean exitlessInterrupts() {
            return false;
        }
    }

    /**
     * An emulated NIC: the driver writes a descriptor in guest memory (no trap) and the tail register (trap,
     * starts the I/O); the handler reads the cause register (trap, clears it: acknowledges).
     */
    public static class Nic implements EmulatedDeviceModel {
        static final int DESCRIPTOR = 0;
        static final int TAIL = 1;
        static final int CAUSE = 2;
        private final String id;

        public Nic(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.NETWORK;
        }

        @Override
        public DeviceMode mode() {
            return DeviceMode.EMULATED;
        }

        @Override
        public String description() {
            return "test NIC";
        }

        @Override
        public String source() {
            return "test";
        }

        @Override
        public int maxInFlight() {
            return 8;
        }

        @Override
        public List<Register> registers() {
            return List.of(new Register("DESC", 0, false, false, "descriptor in guest RAM"),
                    new Register("TAIL", 8, true, false, "transmit tail"),
                    new Register("CAUSE", 16, true, false, "interrupt cause, read to clear"));
        }

        @Override
        public List<RegisterAccess> issueSequence(boolean read) {
            return List.of(RegisterAccess.write(DESCRIPTOR, 1, "fill descriptor"),
                    RegisterAccess.write(TAIL, 1, "advance tail"));
        }

        @Override
        public List<RegisterAccess> interruptSequence() {
            return List.of(RegisterAccess.read(CAUSE, "read cause"));
        }

        @Override
        public AccessEffect emulate(RegisterState state, RegisterAccess access) {
            if (access.register() == TAIL) {
                return AccessEffect.START_IO;
            }
            if (access.register() == CAUSE && !access.write()) {
                state.set(CAUSE, 0);
                return AccessEffect.ACKNOWLEDGE_INTERRUPT;
            }
            return AccessEffect.NONE;
        }

        @Override
        public void complete(RegisterState state) {
            state.raise(CAUSE, 1);
        }
    }

    /** The stand-in ring; a test's subclass names itself and adds what the device offers beyond a ring. */
    public static class Ring implements SyntheticDeviceModel {
        private final String id;

        public Ring() {
            this(RING);
        }

        protected Ring(String id) {
            this.id = id;
        }

        @Override
        public final String id() {
            return id;
        }

        @Override
        public DeviceKind kind() {
            return DeviceKind.NETWORK;
        }

        @Override
        public DeviceMode mode() {
            return DeviceMode.SYNTHETIC;
        }

        @Override
        public String description() {
            return "test ring";
        }

        @Override
        public String source() {
            return "test";
        }

        @Override
        public int maxInFlight() {
            return 256;
        }

        @Override
        public int ringSlots() {
            return 256;
        }

        @Override
        public int descriptorBytes() {
            return 16;
        }

        @Override
        public boolean copiesPayload() {
            return true;
        }

        @Override
        public boolean suppressesNotifications() {
            return true;
        }
    }
}
