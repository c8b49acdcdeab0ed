package org.vwb.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.FaultScope;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;

/** The cost model, placement models and vendor profiles of {@link StandInPlugins}. */
final class StandInPlatform {

    private static final String SOURCE = "org.vwb.testing stand-in";

    private StandInPlatform() {
    }

    /** Round numbers: 1,000 cycles an event, 100 to copy a KiB. */
    record Costs(String id) implements CostModel {
        @Override
        public String description() {
            return "stand-in costs in round numbers";
        }

        @Override
        public double cycles(CostEvent event) {
            return event == CostEvent.COPY_KIB ? 100 : 1000;
        }

        @Override
        public String source(CostEvent event) {
            return SOURCE;
        }
    }

    /** Runs the back end and driver where the placement says; a crossing to or from the hypervisor switches. */
    record Placement(DriverPlacement placement) implements DriverPlacementModel {
        @Override
        public String description() {
            return "stand-in " + placement;
        }

        @Override
        public Route defaultRoute() {
            ContextKind home = switch (placement) {
                case IN_HYPERVISOR -> ContextKind.HYPERVISOR;
                case DRIVER_DOMAIN -> ContextKind.DRIVER_DOMAIN;
                case PARENT_PARTITION, HOST_OS -> ContextKind.PARENT;
            };
            return new Route(placement == DriverPlacement.IN_HYPERVISOR ? home : ContextKind.WORKER, home, home, false);
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
            return placement == DriverPlacement.IN_HYPERVISOR ? FaultScope.WHOLE_HOST
                    : FaultScope.PARENT_AND_DEPENDENT_IO;
        }
    }

    /** A product that supports every placement and offers every stand-in device model of the set. */
    record Vendor(String id, DriverPlacement defaultPlacement, Map<String, DeviceMode> deviceCatalogue)
            implements VendorProfile {
        @Override
        public String name() {
            return "Stand-in " + id;
        }

        @Override
        public int releaseYear() {
            return 2026;
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
        public Optional<String> defaultDeviceModel(DeviceKind kind, DeviceMode mode) {
            return deviceCatalogue.entrySet().stream().filter(e -> e.getValue() == mode).map(Map.Entry::getKey)
                    .findFirst();
        }

        @Override
        public Fact footprintBytes() {
            return new Fact(inHypervisor() ? 32e6 : 2e9, "bytes", SOURCE);
        }

        @Override
        public Fact trustedCodeBytes() {
            return new Fact(inHypervisor() ? 2e7 : 6e5, "bytes", SOURCE);
        }

        /**
         * Drivers in the hypervisor: a small install (an ESXi-sized 32 MB) whose every byte is trusted; else a
         * large parent OS (2 GB) around a small hypervisor.
         */
        private boolean inHypervisor() {
            return defaultPlacement == DriverPlacement.IN_HYPERVISOR;
        }

        @Override
        public Fact driverCatalogue() {
            return new Fact(1, "drivers", SOURCE);
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
