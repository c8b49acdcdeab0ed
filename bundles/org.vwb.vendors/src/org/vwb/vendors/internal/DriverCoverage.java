package org.vwb.vendors.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.vwb.core.api.Fact;
import org.vwb.model.DeviceKind;

/**
 * Which physical devices a product has drivers for, as a rule on the PCI vendor id: a certified list names the
 * vendors it covers per kind of device; a general-purpose OS (Windows, Linux) is taken to cover every vendor. No
 * published driver count stands behind either, so the {@link #fact() fact} counts rules, never drivers.
 */
public final class DriverCoverage {

    private final Map<DeviceKind, Set<String>> vendorsByKind;
    private final Fact fact;

    private DriverCoverage(Map<DeviceKind, Set<String>> vendorsByKind, Fact fact) {
        this.vendorsByKind = vendorsByKind;
        this.fact = fact;
    }

    /**
     * A certified list: the lower-case PCI vendor ids ({@code 8086}) it covers for each kind of device.
     *
     * @param source what the list is and where its vendors come from
     */
    public static DriverCoverage certifiedList(Map<DeviceKind, Set<String>> vendorsByKind, String source) {
        int rules = vendorsByKind.values().stream().mapToInt(Set::size).sum();
        return new DriverCoverage(Map.copyOf(vendorsByKind), new Fact(rules,
                "vendor rules (kind x PCI vendor; a rule, not a driver count)", source));
    }

    /**
     * A general-purpose OS's driver set, taken to cover every PCI vendor.
     *
     * @param source which OS and why its drivers serve the VMs
     */
    public static DriverCoverage generalPurposeOs(String source) {
        return new DriverCoverage(null, new Fact(1, "rule: any PCI vendor (a rule, not a driver count)", source));
    }

    /** Whether a device ({@code vvvv:dddd}) of a kind is covered. */
    public boolean covers(String pciId, DeviceKind kind) {
        if (vendorsByKind == null) {
            return true;
        }
        String vendor = pciId.strip().toLowerCase(Locale.ROOT);
        int colon = vendor.indexOf(':');
        return vendorsByKind.getOrDefault(kind, Set.of()).contains(colon < 0 ? vendor : vendor.substring(0, colon));
    }

    public Fact fact() {
        return fact;
    }
}
