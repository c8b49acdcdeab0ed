package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DriverPlacementModel;
import org.vwb.core.api.Fact;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.Route;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.testing.core.StandIns;

/**
 * What the core and the reports rely on from every {@link VendorProfile}. An implementation's test subclasses
 * this, names the profile and hands over the driver placement models (typically the registered services).
 */
public abstract class VendorProfileContractTest {

    /** The profile under test. */
    protected abstract VendorProfile profile();

    /** The driver placement models to route with: at least one per placement the profile supports. */
    protected abstract Collection<DriverPlacementModel> placements();

    @Test
    public final void idIsLowerCaseAndDotted() {
        assertTrue(profile().id().matches("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+"), profile().id());
    }

    @Test
    public final void namesTheProductAndAPlausibleReleaseYear() {
        assertFalse(profile().name().isBlank());
        assertTrue(profile().releaseYear() >= 1998 && profile().releaseYear() <= 2100, "x86 virtualization era");
    }

    @Test
    public final void defaultPlacementIsSupported() {
        assertTrue(profile().supportedPlacements().contains(profile().defaultPlacement()));
    }

    @Test
    public final void routesEverySupportedPlacementAndRefusesTheOthers() {
        for (DriverPlacementModel model : placements()) {
            if (profile().supportedPlacements().contains(model.placement())) {
                Route route = profile().route(model);
                assertNotNull(route.emulator(), model.placement() + " emulator");
                assertNotNull(route.backend(), model.placement() + " back end");
                assertNotNull(route.driver(), model.placement() + " driver");
            } else {
                assertThrows(IllegalArgumentException.class, () -> profile().route(model), model.placement() + "");
            }
        }
        for (var placement : profile().supportedPlacements()) {
            assertTrue(placements().stream().anyMatch(model -> model.placement() == placement),
                    "no placement model for " + placement + " to test the route with");
        }
    }

    @Test
    public final void catalogueNamesEveryDeviceWithAMode() {
        Map<String, DeviceMode> catalogue = profile().deviceCatalogue();
        assertFalse(catalogue.isEmpty(), "a product offers some device");
        catalogue.forEach((id, mode) -> {
            assertFalse(id == null || id.isBlank(), "device id");
            assertNotNull(mode, id);
        });
    }

    @Test
    public final void factsArePositiveWithUnitAndSource() {
        for (Fact fact : List.of(profile().footprintBytes(), profile().trustedCodeBytes(),
                profile().driverCatalogue())) {
            assertTrue(fact.value() > 0, fact.toString());
            assertFalse(fact.unit().isBlank(), fact.toString());
            assertFalse(fact.source().isBlank(), fact.toString());
        }
    }

    @Test
    public final void defaultDeviceModelsComeFromTheCatalogueInTheirMode() {
        for (DeviceKind kind : DeviceKind.values()) {
            for (DeviceMode mode : DeviceMode.values()) {
                Optional<String> model = profile().defaultDeviceModel(kind, mode);
                model.ifPresent(id -> assertEquals(mode, profile().deviceCatalogue().get(id), kind + "/" + mode));
            }
        }
    }

    /**
     * An explicit {@code interruptRate} (0 off, or a cap) is the device's own moderation under every product; only
     * the default (-1) may be the hypervisor's (ESX's vIC), and it is never missing.
     */
    @Test
    public final void anExplicitInterruptRateIsTheDevicesOwnModeration() {
        InterruptModeration own = InterruptModeration.ratePerSecond(1_000);
        for (String id : profile().deviceCatalogue().keySet()) {
            DeviceModel model = new StandIns.Nic(id) {
                @Override
                public InterruptModeration interruptModeration(int rate) {
                    return own;
                }
            };
            assertSame(own, profile().interruptModeration(model, 0), id);
            assertSame(own, profile().interruptModeration(model, 5_000), id);
            assertNotNull(profile().interruptModeration(model, -1), id);
        }
    }
}
