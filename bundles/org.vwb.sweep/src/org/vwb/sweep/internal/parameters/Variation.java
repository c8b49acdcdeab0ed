package org.vwb.sweep.internal.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.vwb.core.NotRunnableException;
import org.vwb.core.Simulator;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.PhysicalDriver;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.model.Workload;
import org.vwb.sweep.Assignment;

/**
 * Writes a combination of parameter values into a configuration. The vendor profile goes first (it makes a new
 * configuration, {@link Simulator#variant}), then every other value in the order given, so a device model set
 * explicitly wins over the one the vendor profile chose.
 */
public final class Variation {

    private final Simulator simulator;

    public Variation(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * The configuration to run: {@code base} itself, changed, or a variant of it.
     *
     * @throws ParameterException   a path that names nothing in the configuration
     * @throws NotRunnableException a vendor profile that is not installed, or a variant that cannot be made
     */
    public Configuration apply(Configuration base, List<Assignment> assignments)
            throws ParameterException, NotRunnableException {
        Configuration configuration = base;
        List<Assignment> rest = new ArrayList<>();
        for (Assignment assignment : assignments) {
            ParameterPath path = ParameterPath.parse(assignment.parameter());
            if (path.knob() == Knob.VENDOR) {
                if (inScope(path, base)) {
                    configuration = simulator.variant(configuration, vendorId(assignment.value()));
                }
            } else {
                rest.add(assignment);
            }
        }
        for (Assignment assignment : rest) {
            ParameterPath path = ParameterPath.parse(assignment.parameter());
            if (inScope(path, base)) {
                set(configuration, path, assignment.value());
            }
        }
        return configuration;
    }

    private static boolean inScope(ParameterPath path, Configuration configuration) {
        return path.scope("config").map(configuration.getName()::equals).orElse(true);
    }

    /** A vendor profile id as written, or the one installed profile whose id ends with {@code .value}. */
    private String vendorId(String value) throws NotRunnableException {
        List<String> ids = simulator.vendorProfiles().stream().map(VendorProfile::id).toList();
        if (ids.contains(value)) {
            return value;
        }
        List<String> matching = ids.stream().filter(id -> id.endsWith("." + value)).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        throw new NotRunnableException(List.of("vendor '" + value + "': " + (matching.isEmpty()
                ? "no such vendor profile installed" : "ambiguous, it could be " + String.join(" or ", matching))
                + " (vwb plugins lists them)"));
    }

    private static void set(Configuration configuration, ParameterPath path, String value) throws ParameterException {
        int changed = switch (path.knob().target()) {
            case CONFIGURATION -> setOnConfiguration(configuration, path, value);
            case VM -> each(vms(configuration, path), vm -> vm.setVcpus(Integer.parseInt(value)));
            case DEVICE -> each(devices(configuration, path), device -> {
                if (path.knob() == Knob.MODEL) {
                    device.setDeviceModel(value);
                } else {
                    device.setMode(modeUnchecked(value));
                }
            });
            case WORKLOAD -> setOnWorkloads(configuration, path, value);
        };
        if (changed == 0) {
            throw new ParameterException(path.written() + ": configuration '" + configuration.getName() + "' has no "
                    + what(path) + " to set it on");
        }
    }

    private static int setOnConfiguration(Configuration configuration, ParameterPath path, String value) {
        if (path.knob() == Knob.COSTMODEL) {
            configuration.getHost().setHardwareGeneration(value);
            return 1;
        }
        DriverPlacement placement = placementUnchecked(value);
        configuration.getHypervisor().setDriverPlacement(placement);
        // the host's drivers move with the hypervisor's placement, or validation would find none where it looks
        for (PhysicalDriver driver : configuration.getDrivers()) {
            if (driver.getDomain() == null) {
                driver.setPlacement(placement);
            }
        }
        return 1;
    }

    private static int setOnWorkloads(Configuration configuration, ParameterPath path, String value) {
        boolean named = path.scope("workload").isPresent();
        List<Workload> workloads = workloads(configuration, path);
        return switch (path.knob()) {
            // unscoped, a rate goes only to open-loop workloads and a depth to closed-loop ones; a named workload
            // is switched to the loop its parameter belongs to
            case RATE -> each(workloads.stream().filter(w -> named || w.getRatePerSecond() > 0).toList(), w -> {
                w.setRatePerSecond(Double.parseDouble(value));
                w.setQueueDepth(0);
            });
            case DEPTH -> each(workloads.stream().filter(w -> named || w.getQueueDepth() > 0).toList(), w -> {
                w.setQueueDepth(Integer.parseInt(value));
                w.setRatePerSecond(0);
            });
            default -> each(workloads, w -> w.setRequestBytes(Integer.parseInt(value)));
        };
    }

    private static List<VirtualMachine> vms(Configuration configuration, ParameterPath path) {
        return configuration.getVirtualMachines().stream().filter(named(path, "vm", VirtualMachine::getName)).toList();
    }

    private static List<VirtualDevice> devices(Configuration configuration, ParameterPath path) {
        return vms(configuration, path).stream().flatMap(vm -> vm.getDevices().stream())
                .filter(named(path, "device", VirtualDevice::getName)).toList();
    }

    private static List<Workload> workloads(Configuration configuration, ParameterPath path) {
        return vms(configuration, path).stream().flatMap(vm -> vm.getWorkloads().stream())
                .filter(named(path, "workload", Workload::getName))
                .filter(w -> path.scope("device").map(d -> w.getDevice() != null && d.equals(w.getDevice().getName()))
                        .orElse(true))
                .toList();
    }

    private static <T> Predicate<T> named(ParameterPath path, String kind, java.util.function.Function<T, String> name) {
        return element -> path.scope(kind).map(n -> n.equals(name.apply(element))).orElse(true);
    }

    private static <T> int each(List<T> elements, java.util.function.Consumer<T> change) {
        elements.forEach(change);
        return elements.size();
    }

    private static String what(ParameterPath path) {
        String where = path.steps().stream().filter(s -> !s.kind().equals("config"))
                .map(s -> s.kind() + " '" + s.name() + "'").reduce((a, b) -> a + " / " + b).orElse("");
        String element = switch (path.knob()) {
            case RATE -> "open-loop workload";
            case DEPTH -> "closed-loop workload";
            case SIZE -> "workload";
            case VCPUS -> "virtual machine";
            default -> "virtual device";
        };
        return where.isEmpty() ? element : element + " at " + where;
    }

    /** A device mode as written: {@code synthetic}, {@code SYNTHETIC}. */
    static DeviceMode mode(ParameterPath path, String value) throws ParameterException {
        DeviceMode mode = DeviceMode.get(value.toUpperCase(Locale.ROOT));
        if (mode == null) {
            throw new ParameterException(path.written() + ": '" + value + "' is not a device mode ("
                    + literals(DeviceMode.VALUES) + ")");
        }
        return mode;
    }

    /** A driver placement as written: {@code parent-partition}, {@code PARENT_PARTITION}. */
    static DriverPlacement placement(ParameterPath path, String value) throws ParameterException {
        DriverPlacement placement = placementUnchecked(value);
        if (placement == null) {
            throw new ParameterException(path.written() + ": '" + value + "' is not a driver placement ("
                    + literals(DriverPlacement.VALUES) + ")");
        }
        return placement;
    }

    private static DeviceMode modeUnchecked(String value) {
        return DeviceMode.get(value.toUpperCase(Locale.ROOT));
    }

    private static DriverPlacement placementUnchecked(String value) {
        return DriverPlacement.get(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String literals(List<? extends Enum<?>> values) {
        return String.join(", ", values.stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }
}
