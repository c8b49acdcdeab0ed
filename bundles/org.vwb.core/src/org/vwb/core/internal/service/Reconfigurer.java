package org.vwb.core.internal.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.core.internal.paths.DevicePath;
import org.vwb.core.internal.spec.SpecReader;
import org.vwb.core.internal.spec.SystemSpec;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.validation.Finding;
import org.vwb.model.validation.ModelValidation;

/**
 * Applies new configurations to a running world at safe points: checks the change first, quiesces only the
 * devices it affects (new requests wait in the guest, requests in flight drain), builds every new path before
 * touching the old ones, switches, resumes. If anything fails, the old platform and paths stay and the run
 * carries on as before: a change is applied whole or not at all. One change at a time; others wait their turn.
 */
final class Reconfigurer {

    /** A change as checked on the caller's thread: the new snapshot, or why it cannot be applied. */
    record Proposal(SystemSpec next, List<String> problems, long submittedNanos) {
    }

    private record Pending(Proposal proposal, CompletableFuture<SwapRecord> done, Supplier<RunResult> snapshot) {
    }

    private final World world;
    private final Consumer<SwapRecord> record;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean busy;

    Reconfigurer(World world, Consumer<SwapRecord> record) {
        this.world = world;
        this.record = record;
    }

    Proposal propose(Configuration next, Catalog catalog) {
        List<String> problems = new ArrayList<>();
        ModelValidation.validate(next).stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                .forEach(f -> problems.add(f.path() + ": " + f.reason()));
        SystemSpec spec = null;
        if (problems.isEmpty()) {
            spec = SpecReader.read(next);
            problems.addAll(Runnability.problems(spec, catalog));
        }
        return new Proposal(spec, problems, -1);
    }

    void apply(Proposal proposal, CompletableFuture<SwapRecord> done, Catalog catalog, Supplier<RunResult> snapshot) {
        queue.add(new Pending(proposal, done, snapshot));
        next(catalog);
    }

    private void next(Catalog catalog) {
        Pending pending = busy ? null : queue.poll();
        if (pending == null) {
            return;
        }
        long requestedAt = world.engine().now();
        RunResult before = pending.snapshot().get();
        List<String> problems = new ArrayList<>(pending.proposal().problems());
        Plan plan = problems.isEmpty() ? Plan.between(world.spec(), pending.proposal().next(), problems) : null;
        if (!problems.isEmpty()) {
            finish(pending, new SwapRecord(requestedAt, -1, List.of(), 0, false, String.join("; ", problems), before,
                    null), catalog);
            return;
        }
        if (plan.changes().isEmpty()) {
            finish(pending, new SwapRecord(requestedAt, requestedAt, List.of(), 0, true, "", before, before), catalog);
            return;
        }
        busy = true;
        List<DeviceHandle> affected = plan.affected(world);
        for (String vm : plan.removedVms()) {
            world.vm(vm).devices().values().forEach(d -> d.workloads.forEach(w -> w.stopAt(requestedAt)));
        }
        int[] draining = {affected.size() + 1};
        Runnable drained = () -> {
            if (--draining[0] == 0) {
                switchOver(pending, plan, affected, requestedAt, before, catalog);
            }
        };
        for (DeviceHandle device : affected) {
            device.path.quiesce(drained::run);
        }
        drained.run();
    }

    private void switchOver(Pending pending, Plan plan, List<DeviceHandle> affected, long requestedAt,
            RunResult before, Catalog catalog) {
        SystemSpec old = world.spec();
        Map<DeviceHandle, DevicePath> built = new HashMap<>();
        try {
            if (plan.platformChanged()) {
                world.adoptPlatform(plan.next(), catalog);
            }
            for (DeviceHandle device : affected) {
                SystemSpec.DeviceSpec next = plan.deviceSpec(device);
                if (next != null) {
                    SystemSpec.DeviceSpec previous = device.spec;
                    device.spec = next;
                    try {
                        built.put(device, PathFactory.create(world, device, catalog));
                    } finally {
                        device.spec = previous;
                    }
                }
            }
        } catch (RuntimeException e) {
            if (plan.platformChanged()) {
                world.adoptPlatform(old, catalog);
            }
            affected.forEach(d -> d.path.resume());
            finish(pending, new SwapRecord(requestedAt, -1, plan.changes(), world.engine().now() - requestedAt, false,
                    "rolled back: " + e.getClass().getSimpleName() + ": " + e.getMessage(), before, null), catalog);
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
            successor.adopt(device.path.takeWaiting());
            device.path = successor;
        }
        if (!plan.platformChanged()) {
            world.spec(plan.next());
        }
        plan.applyStructure(world, now, catalog);
        RunResult after = pending.snapshot().get();
        finish(pending, new SwapRecord(requestedAt, now, plan.changes(), now - requestedAt, true, "", before, after),
                catalog);
    }

    private void finish(Pending pending, SwapRecord swap, Catalog catalog) {
        busy = false;
        record.accept(swap);
        pending.done().complete(swap);
        next(catalog);
    }

    void refuseAllPending(String reason) {
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.done().complete(new SwapRecord(world.engine().now(), -1, List.of(), 0, false, reason, null, null));
        }
    }

    /** Devices whose model left are parked; parked devices whose model is back resume with their waiting requests. */
    void pluginsChanged(Catalog catalog) {
        for (DeviceHandle device : world.devices()) {
            if (device.removed || device.spec.mode() == DeviceMode.PASSTHROUGH) {
                continue;
            }
            boolean installed = catalog.device(device.spec.model()).isPresent();
            boolean parked = device.path.status().startsWith("parked");
            if (!installed && !parked) {
                device.path.park("device model '" + device.spec.model() + "' was uninstalled; waiting for it");
            } else if (installed && parked) {
                try {
                    DevicePath successor = PathFactory.create(world, device, catalog);
                    successor.adopt(device.path.takeWaiting());
                    if (device.path.inFlight() > 0) {
                        device.retiring.add(device.path);
                    }
                    device.path = successor;
                } catch (RuntimeException e) {
                    world.deviceFailed(device.label(), e);
                }
            }
        }
    }
}
