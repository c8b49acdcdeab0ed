package org.vwb.core.internal.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.vwb.core.PluginFailure;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.plugins.Bounded;
import org.vwb.core.internal.spec.SystemSpec;

/**
 * Applies new configurations to a running world at safe points: checks the change first, quiesces only the
 * devices it affects (new requests wait in the guest, requests in flight drain), builds every new path, device
 * and VM before touching the old ones, switches, resumes. If anything fails, the old platform and paths stay and
 * the run carries on as before: a change is applied whole or not at all. One change at a time; others wait their
 * turn.
 */
final class Reconfigurer {

    /** A change as checked on the caller's thread: the new snapshot, or why it cannot be applied. */
    record Proposal(SystemSpec next, List<String> problems) {
    }

    /** A change waiting its turn, and how to take the figures of the devices it touches. */
    private record Pending(Proposal proposal, CompletableFuture<SwapRecord> done,
            Function<List<DeviceHandle>, RunResult> figures) {
    }

    private final World world;
    private final Supplier<Catalog> catalog;
    private final Consumer<SwapRecord> record;
    private final Parking parking;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private Pending current;

    Reconfigurer(World world, Supplier<Catalog> catalog, Consumer<SwapRecord> record) {
        this.world = world;
        this.catalog = catalog;
        this.record = record;
        this.parking = new Parking(world);
    }

    /** The change as prepared, re-checked against the plugins installed now (they may have changed since). */
    static Proposal propose(Prepared next, Catalog catalog) {
        List<String> problems = new ArrayList<>(next.problems());
        if (problems.isEmpty()) {
            try {
                problems.addAll(Bounded.call(() -> Runnability.problems(next.spec(), catalog)));
            } catch (PluginFailure e) {
                problems.add(e.getMessage());
            }
        }
        return new Proposal(next.spec(), problems);
    }

    void apply(Proposal proposal, CompletableFuture<SwapRecord> done,
            Function<List<DeviceHandle>, RunResult> figures) {
        queue.add(new Pending(proposal, done, figures));
        next();
    }

    private void next() {
        Pending pending = current != null ? null : queue.poll();
        if (pending == null) {
            return;
        }
        long requestedAt = world.engine().now();
        List<String> problems = new ArrayList<>(pending.proposal().problems());
        Plan plan = problems.isEmpty() ? Plan.between(world.spec(), pending.proposal().next(), problems) : null;
        if (!problems.isEmpty()) {
            finish(pending, new SwapRecord(requestedAt, -1, List.of(), 0, false, String.join("; ", problems),
                    pending.figures().apply(List.of()), null));
            return;
        }
        if (plan.changes().isEmpty()) {
            RunResult now = pending.figures().apply(List.of());
            finish(pending, new SwapRecord(requestedAt, requestedAt, List.of(), 0, true, "", now, now));
            return;
        }
        current = pending;
        List<DeviceHandle> affected = plan.affected(world);
        RunResult before = pending.figures().apply(affected);
        for (String vm : plan.removedVms()) {
            world.vm(vm).devices().values().forEach(d -> d.workloads.forEach(w -> w.stopAt(requestedAt)));
            world.stopCompute(vm);
        }
        int[] draining = {affected.size() + 1};
        Runnable drained = () -> {
            if (--draining[0] == 0 && current == pending) {
                switchOver(pending, plan, affected, requestedAt, before);
            }
        };
        for (DeviceHandle device : affected) {
            device.path().quiesce(drained::run);
        }
        drained.run();
    }

    private void switchOver(Pending pending, Plan plan, List<DeviceHandle> affected, long requestedAt,
            RunResult before) {
        SystemSpec oldSpec = world.spec();
        Platform oldPlatform = world.platform();
        Catalog installed = catalog.get();
        Map<DeviceHandle, DevicePath> built = new HashMap<>();
        Plan.Additions additions;
        try {
            if (plan.platformChanged()) {
                world.platform(plan.next(), world.platformFor(plan.next(), installed));
            }
            for (DeviceHandle device : affected) {
                SystemSpec.DeviceSpec next = plan.deviceSpec(device);
                if (next != null) {
                    built.put(device, buildWith(device, next, installed));
                }
            }
            additions = plan.prepare(world, installed);
        } catch (RuntimeException e) {
            world.platform(oldSpec, oldPlatform);
            affected.forEach(d -> d.path().resume());
            finish(pending, new SwapRecord(requestedAt, -1, plan.changes(), world.engine().now() - requestedAt, false,
                    "rolled back: " + e.getClass().getSimpleName() + ": " + e.getMessage(), before, null));
            return;
        }
        long now = world.engine().now();
        for (DeviceHandle device : affected) {
            DevicePath successor = built.get(device);
            if (successor == null) {
                device.removed = true;
                continue;
            }
            device.spec = plan.deviceSpec(device);
            successor.adopt(device.path().takeWaiting());
            device.path(successor);
        }
        if (!plan.platformChanged()) {
            world.spec(plan.next());
        }
        plan.commit(world, additions, now);
        parking.settle(installed);
        List<DeviceHandle> touched = new ArrayList<>(affected);
        touched.addAll(additions.devices());
        additions.vms().forEach(vm -> touched.addAll(vm.devices().values()));
        RunResult after = pending.figures().apply(touched);
        finish(pending, new SwapRecord(requestedAt, now, plan.changes(), now - requestedAt, true, "", before, after));
    }

    /** A path for the device as the next spec describes it, built without changing the device. */
    private DevicePath buildWith(DeviceHandle device, SystemSpec.DeviceSpec next, Catalog installed) {
        SystemSpec.DeviceSpec previous = device.spec;
        device.spec = next;
        try {
            return PathFactory.create(world, world.vm(device.vm), device, installed);
        } finally {
            device.spec = previous;
        }
    }

    private void finish(Pending pending, SwapRecord swap) {
        current = null;
        record.accept(swap);
        pending.done().complete(swap);
        next();
    }

    /** The run ended: the change being applied and those waiting are refused, so no caller waits forever. */
    void refuseAllPending(String reason) {
        if (current != null) {
            queue.addFirst(current);
            current = null;
        }
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.done().complete(new SwapRecord(world.engine().now(), -1, List.of(), 0, false, reason, null, null));
        }
    }

    /** Plugins came or went: park what lost its provider, resume what got it back (see {@link Parking}). */
    void pluginsChanged() {
        parking.settle(catalog.get());
    }
}
