package org.vwb.core.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The plugin bundles as the running framework resolved them: each of their own requirements (not those a test
 * fragment adds) is wired to the plugin API, the model, or a bundle outside vwb.
 */
class PluginWiringTest {

    private static final List<String> PLUGINS = ApiDependencyRule.PLUGIN_BUNDLES.stream()
            .filter(b -> !b.equals("org.vwb.testing")).toList();

    private static Optional<Bundle> installed(String symbolicName) {
        Bundle[] bundles = FrameworkUtil.getBundle(PluginWiringTest.class).getBundleContext().getBundles();
        return Arrays.stream(bundles).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    /** The vwb bundles a bundle's own requirements are wired to, as {@code requirer -> provider} lines. */
    private static List<String> vwbProvidersOf(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<String> providers = new ArrayList<>();
        for (BundleWire wire : wiring.getRequiredWires(null)) {
            boolean ownRequirement = wire.getRequirement().getRevision().getBundle().equals(bundle);
            String provider = wire.getProvider().getSymbolicName();
            if (ownRequirement && provider.startsWith("org.vwb.") && !ApiDependencyRule.isApi(provider)) {
                providers.add(bundle.getSymbolicName() + " -> " + provider);
            }
        }
        return providers;
    }

    @Test
    void everyPluginBundleResolvesWithItsOwnRequirementsWiredOnlyToTheApiAndTheModel() {
        for (String plugin : PLUGINS) {
            Bundle bundle = installed(plugin).orElseThrow(() -> new AssertionError(plugin + " is not installed"));
            assertTrue(bundle.getState() >= Bundle.RESOLVED, plugin + " did not resolve");
            assertEquals(List.of(), vwbProvidersOf(bundle));
        }
    }

    @Test
    void theApiBundleItselfNeedsNothingOfVwbButTheModel() {
        Bundle api = FrameworkUtil.getBundle(org.vwb.core.api.DeviceModel.class);
        assertEquals("org.vwb.core.api", api.getSymbolicName());
        assertEquals(List.of(), vwbProvidersOf(api));
    }
}
