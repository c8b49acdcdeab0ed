package org.vwb.vendors.internal.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.vwb.core.api.DeviceModel;
import org.vwb.core.api.DeviceNames;
import org.vwb.model.DeviceMode;

/**
 * A plugin's device model that names vwb's vendor profiles in its service properties joins their catalogues, in its
 * mode, while it is installed; the profiles read the registration only and never call the model.
 */
class OfferedDevicesTest {

    /** How often anyone got a registered model: never, since the catalogue comes from its registration alone. */
    private final AtomicInteger activations = new AtomicInteger();

    private final ServiceFactory<DeviceModel> model = new ServiceFactory<>() {
        @Override
        public DeviceModel getService(Bundle bundle, ServiceRegistration<DeviceModel> registration) {
            activations.incrementAndGet();
            return null;
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<DeviceModel> registration, DeviceModel model) {
            // never handed out
        }
    };

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @AfterEach
    void noModelWasActivated() {
        uninstall();
        assertEquals(0, activations.get(), "a device model was activated to read a vendor's catalogue");
    }

    private void uninstall() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }

    private void install(String id, DeviceMode mode, String... offeredBy) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DeviceNames.ID, id);
        properties.put(DeviceNames.KIND, "NETWORK");
        properties.put(DeviceNames.MODE, mode.name());
        if (offeredBy.length > 0) {
            properties.put(DeviceNames.OFFERED_BY, offeredBy);
        }
        registrations.add(FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(
                DeviceModel.class.getName(), model, properties));
    }

    @Test
    void aDeviceOfferedToEveryKvmProfileJoinsTheirCataloguesInItsModeAndLeavesWithItsPlugin() {
        install("acme-vf", DeviceMode.PASSTHROUGH, "kvm.*");
        assertEquals(DeviceMode.PASSTHROUGH, new KvmQemuProfile().deviceCatalogue().get("acme-vf"));
        assertEquals(DeviceMode.PASSTHROUGH, new KvmVhostProfile().deviceCatalogue().get("acme-vf"));
        assertFalse(new Esxi80Profile().deviceCatalogue().containsKey("acme-vf"));
        uninstall();
        assertFalse(new KvmQemuProfile().deviceCatalogue().containsKey("acme-vf"));
    }

    @Test
    void aDeviceOfferedToOneProfileByItsIdIsInThatCatalogueOnly() {
        install("acme-vf", DeviceMode.PASSTHROUGH, "vmware.esxi-8.0");
        assertEquals(DeviceMode.PASSTHROUGH, new Esxi80Profile().deviceCatalogue().get("acme-vf"));
        assertFalse(new Esxi40Profile().deviceCatalogue().containsKey("acme-vf"));
    }

    @Test
    void aPluginCannotChangeAProductsOwnDeviceNorJoinACatalogueWithoutNamingIt() {
        install("e1000", DeviceMode.SYNTHETIC, "kvm.*");
        install("acme-nic", DeviceMode.EMULATED);
        assertEquals(DeviceMode.EMULATED, new KvmQemuProfile().deviceCatalogue().get("e1000"));
        assertFalse(new KvmQemuProfile().deviceCatalogue().containsKey("acme-nic"));
    }
}
