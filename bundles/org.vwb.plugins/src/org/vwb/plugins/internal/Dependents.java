package org.vwb.plugins.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The bundles wired to a bundle: they import its packages, require it, or are its fragments. */
final class Dependents {

    private Dependents() {
    }

    static Set<Bundle> of(Bundle bundle) {
        Set<Bundle> dependents = new LinkedHashSet<>();
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        List<BundleWire> wires = wiring == null ? List.of() : wiring.getProvidedWires(null);
        for (BundleWire wire : wires) {
            Bundle requirer = wire.getRequirer().getBundle();
            if (!requirer.equals(bundle)) {
                dependents.add(requirer);
            }
        }
        return dependents;
    }
}
