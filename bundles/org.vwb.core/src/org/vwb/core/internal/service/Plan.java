package org.vwb.core.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vwb.core.internal.spec.SystemSpec;

/**
 * What a hot-swap changes between the running snapshot and the next one: the platform (vendor profile, placement,
 * parent, drivers), VMs added and removed, devices changed, added and removed, workloads replaced. Host and vCPU
 * changes are refused: they need a new run.
 */
final class Plan {

    private final SystemSpec next;
    private final boolean platformChanged;
    private final List<String> changes = new ArrayList<>();
    private final List<String> removedVms = new ArrayList<>();
    private final List<SystemSpec.VmSpec> addedVms = new ArrayList<>();
    private final Map<String, SystemSpec.DeviceSpec> changedDevices = new LinkedHashMap<>();
    private final List<String> removedDevices = new ArrayList<>();
    private final List<String[]> addedDevices = new ArrayList<>();
    private final List<String> replacedWorkloads = new ArrayList<>();

    private Plan(SystemSpec old, SystemSpec next) {
        this.next = next;
        this.platformChanged = !Objects.equals(old.vendorProfile(), next.vendorProfile())
                || old.placement() != next.placement() || !Objects.equals(old.parent(), next.parent())
                || !old.drivers().equals(next.drivers());
        if (!Objects.equals(old.vendorProfile(), next.vendorProfile())) {
            changes.add("vendor profile: " + old.vendorProfile() + " -> " + next.vendorProfile());
        }
        if (old.placement() != next.placement()) {
            changes.add("driver placement: " + old.placement() + " -> " + next.placement());
        }
        if (platformChanged && changes.isEmpty()) {
            changes.add("parent partition or physical drivers changed");
        }
    }

    static Plan between(SystemSpec old, SystemSpec next, List<String> problems) {
        Plan plan = new Plan(old, next);
        if (!old.host().equals(next.host())) {
            problems.add("host '" + old.host().name() + "' changed: a different host needs a new run");
            return plan;
        }
        for (SystemSpec.VmSpec vm : old.vms()) {
            next.vm(vm.name()).ifPresentOrElse(n -> plan.compareVm(vm, n, problems), () -> {
                plan.removedVms.add(vm.name());
                plan.changes.add("virtual machine '" + vm.name() + "' removed");
            });
        }
        for (SystemSpec.VmSpec vm : next.vms()) {
            if (old.vm(vm.name()).isEmpty()) {
                plan.addedVms.add(vm);
                plan.changes.add("virtual machine '" + vm.name() + "' added");
            }
        }
        return plan;
    }

    private void compareVm(SystemSpec.VmSpec old, SystemSpec.VmSpec now, List<String> problems) {
        if (old.vcpus() != now.vcpus()) {
            problems.add("virtual machine '" + old.name() + "': changing vCPUs (" + old.vcpus() + " -> "
                    + now.vcpus() + ") needs a new run");
        }
        for (SystemSpec.DeviceSpec device : old.devices()) {
            String key = old.name() + "/" + device.name();
            now.device(device.name()).ifPresentOrElse(n -> {
                if (!n.equals(device)) {
                    changedDevices.put(key, n);
                    changes.add(key + ": " + device.model() + " " + device.mode() + " -> " + n.model() + " "
                            + n.mode());
                }
            }, () -> {
                removedDevices.add(key);
                changes.add(key + ": removed");
            });
        }
        for (SystemSpec.DeviceSpec device : now.devices()) {
            if (old.device(device.name()).isEmpty()) {
                addedDevices.add(new String[] {old.name(), device.name()});
                changes.add(old.name() + "/" + device.name() + ": added (" + device.model() + ")");
            }
        }
        if (!java.util.Objects.equals(old.compute(), now.compute())) {
            problems.add("virtual machine '" + old.name() + "': changing its compute job needs a new run (its"
                    + " completion time is measured from its start)");
        }
        if (!old.workloads().equals(now.workloads())) {
            replacedWorkloads.add(old.name());
            changes.add("virtual machine '" + old.name() + "': workloads changed");
        }
    }

    List<String> changes() {
        return changes;
    }

    boolean platformChanged() {
        return platformChanged;
    }

    SystemSpec next() {
        return next;
    }

    List<String> removedVms() {
        return removedVms;
    }

    /** The devices to quiesce: all of them when the platform changes, else those changed or going away. */
    List<DeviceHandle> affected(World world) {
        return world.devices().stream().filter(d -> !d.removed).filter(d -> platformChanged
                || changedDevices.containsKey(d.label()) || removedDevices.contains(d.label())
                || removedVms.contains(d.vm)).toList();
    }

    /** The device's next snapshot, or null when it goes away. */
    SystemSpec.DeviceSpec deviceSpec(DeviceHandle device) {
        if (removedVms.contains(device.vm) || removedDevices.contains(device.label())) {
            return null;
        }
        SystemSpec.DeviceSpec changed = changedDevices.get(device.label());
        return changed != null ? changed : device.spec;
    }

    /** Builds the paths of the devices and VMs to add; throws, touching nothing, when a model fails. */
    Additions prepare(World world, Catalog catalog) {
        List<DeviceHandle> devices = new ArrayList<>();
        for (String[] added : addedDevices) {
            devices.add(world.prepareDevice(world.vm(added[0]),
                    next.vm(added[0]).orElseThrow().device(added[1]).orElseThrow(), catalog));
        }
        List<World.VmRuntime> vms = new ArrayList<>();
        addedVms.forEach(vm -> vms.add(world.prepareVm(vm, catalog)));
        return new Additions(devices, vms);
    }

    /** What {@link #prepare} built, put into the world by {@link #commit}. */
    record Additions(List<DeviceHandle> devices, List<World.VmRuntime> vms) {
    }

    /** After the switch: new devices and VMs join, replaced workloads restart from now. */
    void commit(World world, Additions additions, long now) {
        additions.devices().forEach(world::commitDevice);
        for (String vm : replacedWorkloads) {
            World.VmRuntime runtime = world.vm(vm);
            runtime.devices().values().forEach(d -> d.workloads.forEach(w -> w.stopAt(now)));
            next.vm(vm).orElseThrow().workloads().forEach(w -> world.startWorkload(runtime, w));
        }
        additions.vms().forEach(world::commitVm);
    }
}
