package org.vwb.core.internal.paths;

import java.util.List;

import org.vwb.core.api.ContextKind;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.EmulatedDeviceModel;
import org.vwb.core.api.EmulatedDeviceModel.AccessEffect;
import org.vwb.core.api.InterruptModeration;
import org.vwb.core.api.Register;
import org.vwb.core.api.RegisterAccess;
import org.vwb.core.api.RegisterState;
import org.vwb.core.internal.engine.Event;
import org.vwb.core.internal.engine.Slots;
import org.vwb.core.internal.paths.FixedCharges.Sequence;

/**
 * An emulated device: the guest driver's real register accesses, each trapping one a VM exit routed to the
 * emulator's context (the monitor, a worker process in the parent, a host process) and back; the emulator moves
 * the payload and hands it to the physical driver; the device's completion raises the interrupt line, the
 * hypervisor injects a virtual interrupt, and the guest's handler makes its own trapping accesses. One handler
 * run completes every request finished by then; completions after it raise the line again.
 * <p>
 * A network receive replays the driver's receive sequence (a fresh buffer, the tail doorbell), then waits for its
 * frame: the physical NIC takes it, the driver's context and the host's virtual switch hand it to the emulator,
 * which copies it into the guest's buffer and raises the line. The emulator's asynchronous work runs on the
 * worker's threads and the driver's on its context's processors.
 */
public final class EmulatedPath extends DevicePath implements Event {

    private final EmulatedDeviceModel model;
    private final RegisterState registers;
    // the model's own immutable lists (List.copyOf keeps them), shared by every device of the model: with thousands
    // of devices a run is bound by cache misses, and a copy per device was four more cold arrays per request. Walked
    // by index (sequences): an iterator per walk was garbage.
    private final List<Register> layout;
    private final List<RegisterAccess> readSequence;
    private final List<RegisterAccess> writeSequence;
    private final List<RegisterAccess> interruptSequence;
    private final List<RegisterAccess> completionSequence;
    private final boolean copiesPayload;
    private final int maxInFlight; // read per request: the model's own field is two dependent loads away
    /**
     * The wire's frames of a received request, which the physical driver takes one by one. An emulated NIC carries
     * standard frames here and hands the host one send per request (e1000 has TSO on ESX and QEMU); its
     * per-frame emulation without offloads is not modelled.
     */
    private final Framing framing;
    private final RequestQueue completedUnhandled = new RequestQueue();
    /** Requests the guest's handler run has taken and not yet completed (one run at a time per device). */
    private int handling;
    private boolean lineRaised;
    private AccessEffect lastEffect;
    private final java.util.function.Consumer<Request> onFrame = this::frameArrived; // one per path, not per frame
    /** Holds the line back as the device's interrupt moderation says (e1000's ITR, ESX's vIC). */
    private final InterruptGate gate;
    private final InterruptModeration moderation;

    public EmulatedPath(PathEnvironment env, EmulatedDeviceModel model) {
        super(env);
        this.model = model;
        this.layout = List.copyOf(model.registers());
        this.registers = new RegisterState(layout.size());
        this.readSequence = List.copyOf(model.issueSequence(true));
        this.writeSequence = List.copyOf(model.issueSequence(false));
        this.interruptSequence = List.copyOf(model.interruptSequence());
        this.completionSequence = List.copyOf(model.completionSequence());
        this.copiesPayload = model.copiesPayload();
        this.maxInFlight = model.maxInFlight();
        this.framing = Framing.of(env.kind(), env.setup(), Framing.STANDARD_MTU, true, true);
        this.moderation = env.setup().interruptModeration(model);
        this.gate = new InterruptGate(env.engine(), moderation, this::raiseLine, this::modelFailed);
    }

    @Override
    public String modelId() {
        return model.id();
    }

    @Override
    protected long touchParts() {
        Request head = completedUnhandled.peekFirst();
        return registers.size() + (head == null ? 0 : 1) + gate.touch();
    }

    @Override
    protected void pump() {
        while (accepting() && inFlight < maxInFlight && !waiting.isEmpty()) {
            Request request = waiting.poll();
            inFlight++;
            // a free vCPU drives the request at once, without a closure to wait with (the common case)
            if (vcpus.tryAcquire()) {
                drive(request);
            } else {
                vcpus.acquire(() -> drive(request));
            }
        }
    }

    private void drive(Request request) {
        double cycles = GuestWork.beforeIssue(this, request);
        cycles += charger.charge(contexts.guest(), CostEvent.GUEST_DRIVER, 1, stats, request,
                (Note) () -> "guest driver prepares the " + (receives(request) ? "receive buffer"
                        : request.read ? "read" : "write") + " (descriptors in guest memory)");
        boolean started = false;
        List<RegisterAccess> sequence = request.read ? readSequence : writeSequence;
        for (int i = 0; i < sequence.size(); i++) {
            cycles += access(sequence.get(i), request);
            if (failed()) {
                return;
            }
            started |= lastEffect == AccessEffect.START_IO;
        }
        boolean startIo = started;
        cpu.execute(cycles, () -> {
            vcpus.release();
            if (receives(request)) {
                awaitFrame(request, onFrame);
            } else if (startIo) {
                startIo(request);
            } else {
                modelFailed(new IllegalStateException(model.id() + ": the issue sequence never starts the I/O"));
            }
        });
    }

    /** One register access of the guest: free if it does not trap, else an exit to wherever it is emulated. */
    private double access(RegisterAccess access, Request request) {
        Register register = layout.get(access.register());
        lastEffect = AccessEffect.NONE;
        if (!register.trapping()) {
            return 0;
        }
        if (!charger.tracing()) {
            // the same charges, worked out once per run (FixedCharges): most of an emulated request's work
            ContextKind where = register.monitorHandled() ? ContextKind.HYPERVISOR : contexts.route().emulator();
            double cycles = charger.charge(charger.fixed(Sequence.TRAP, where, where), contexts, stats);
            try {
                lastEffect = model.emulate(registers, access);
            } catch (RuntimeException e) {
                modelFailed(e);
                return cycles;
            }
            return cycles + charger.charge(charger.fixed(Sequence.UNTRAP, where, where), contexts, stats);
        }
        // the notes that capture are built only when a run traces: every trapped access of every request made
        // three of them, the largest share of an ordinary run's garbage
        Note what = charger.tracing() ? () -> (access.write() ? "write " : "read ") + register.name() + " ("
                + access.purpose() + ")" : null;
        double cycles = charger.charge(contexts.hypervisor(), CostEvent.VM_EXIT, 1, stats, request,
                what == null ? null : () -> what.text() + ": trap");
        cycles += charger.charge(contexts.hypervisor(), CostEvent.EXIT_HANDLING, 1, stats, request,
                (Note) () -> "decode the I/O access, find its device");
        ContextKind where = register.monitorHandled() ? ContextKind.HYPERVISOR : contexts.route().emulator();
        cycles += charger.cross(contexts, ContextKind.HYPERVISOR, where, stats, request,
                (Note) () -> "route the access to the emulator");
        cycles += charger.charge(contexts.of(where), CostEvent.REGISTER_EMULATION, 1, stats, request,
                what == null ? null : () -> "emulate " + what.text());
        try {
            lastEffect = model.emulate(registers, access);
        } catch (RuntimeException e) {
            modelFailed(e);
            return cycles;
        }
        cycles += charger.cross(contexts, where, ContextKind.HYPERVISOR, stats, request,
                (Note) () -> "return from the emulator");
        cycles += charger.charge(contexts.hypervisor(), CostEvent.VM_ENTRY, 1, stats, request,
                (Note) () -> "resume the guest");
        return cycles;
    }

    /** The emulator moves the payload and hands it to the physical driver. */
    private void startIo(Request request) {
        double cycles = 0;
        if (copiesPayload) {
            cycles += charger.copy(contexts.emulator(), request.bytes, stats, request,
                    (Note) () -> "emulator copies " + request.bytes + " bytes between guest memory and its buffer");
        }
        cycles += charger.cross(contexts, contexts.route().emulator(), contexts.route().driver(), stats,
                request, (Note) () -> "hand the request to the physical driver's context");
        // the same host I/O stack a synthetic back end feeds (VMNet, the Hyper-V virtual switch, the vmkernel
        // vSwitch or storage stack) forwards the emulator's request: only the way in differs
        cycles += charger.charge(contexts.driver(), CostEvent.BACKEND, 1, stats, request,
                (Note) () -> "the host's virtual switch / storage stack forwards the request");
        cycles += charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, 1, stats, request,
                (Note) () -> "physical driver programs the device and handles its interrupt");
        processors.execute(contexts.route().emulator(), contexts.route().driver(), cycles,
                () -> serve(request));
    }

    /** The driver takes the frame, the virtual switch hands it to the emulator, which copies it into the guest. */
    private void frameArrived(Request request) {
        int frames = framing.frames(request.bytes);
        double cycles = charger.charge(contexts.driver(), CostEvent.PHYSICAL_DRIVER, frames, stats, request,
                (Note) () -> "physical driver takes the interrupt and " + frames + " frame(s)");
        cycles += charger.charge(contexts.driver(), CostEvent.BACKEND, 1, stats, request,
                (Note) () -> "the host's virtual switch finds the frame's VM");
        cycles += charger.cross(contexts, contexts.route().driver(), contexts.route().emulator(), stats,
                request, (Note) () -> "hand the frame to the emulator");
        cycles += charger.copy(contexts.emulator(), request.bytes, stats, request, (Note) () -> "emulator copies "
                + request.bytes + " bytes into the guest's receive buffer and writes the descriptor back");
        processors.execute(contexts.route().emulator(), contexts.route().driver(), cycles,
                () -> raise(request, 0));
    }

    private void serve(Request request) {
        if (link == null) {
            deviceDone(request);
            return;
        }
        long nanos = link.serve(request.bytes, () -> deviceDone(request));
        charger.traceWait(contexts.driver(), "DEVICE", nanos, request,
                (Note) () -> "physical device " + link.name() + " transfers " + request.bytes + " bytes");
    }

    private void deviceDone(Request request) {
        raise(request, charger.cross(contexts, contexts.route().driver(), contexts.route().emulator(), stats,
                request, (Note) () -> "completion back to the emulator"));
    }

    /** The emulator sets the device's status for the request and raises the line unless it is already up. */
    private void raise(Request request, double cyclesSoFar) {
        double cycles = cyclesSoFar;
        try {
            model.complete(registers);
        } catch (RuntimeException e) {
            modelFailed(e);
            return;
        }
        completedUnhandled.add(request);
        boolean inject = !lineRaised && gate.due(completedUnhandled.size(), inDevice());
        if (inject) {
            lineRaised = true;
            cycles += injectionCycles(request);
        }
        processors.execute(contexts.route().emulator(), cycles, () -> {
            if (inject) {
                vcpus.acquire(this);
            }
        });
    }

    /** Requests the device has taken and not completed: in flight less those waiting for the handler. */
    private int inDevice() {
        return inFlight - completedUnhandled.size() - handling;
    }

    /** A held interrupt's time has come: the emulator has the hypervisor inject it, the guest's handler runs. */
    private void raiseLine() {
        if (lineRaised || completedUnhandled.isEmpty()) {
            return;
        }
        lineRaised = true;
        processors.execute(contexts.route().emulator(), injectionCycles(completedUnhandled.peekFirst()),
                () -> vcpus.acquire(this));
    }

    private double injectionCycles(Request request) {
        if (!charger.tracing()) {
            ContextKind emulator = contexts.route().emulator();
            return charger.charge(charger.fixed(Sequence.INJECT, emulator, emulator), contexts, stats);
        }
        double cycles = charger.cross(contexts, contexts.route().emulator(), ContextKind.HYPERVISOR, stats,
                request, (Note) () -> "emulator asks the hypervisor to raise the virtual interrupt line");
        return cycles + charger.charge(contexts.hypervisor(), CostEvent.INTERRUPT_INJECTION, 1, stats, request,
                (Note) () -> "inject the virtual interrupt");
    }

    /** The driver's own moderation update after a handler run: e1000 writes ITR when its traffic class changes. */
    private double reprogramModeration(Request batch, int size) {
        if (moderation == InterruptModeration.NONE) {
            return 0;
        }
        long bytes = 0;
        for (Request request = batch; request != null; request = RequestQueue.next(request)) {
            bytes += request.bytes;
        }
        List<RegisterAccess> accesses;
        try {
            accesses = moderation.handled(size, bytes);
        } catch (RuntimeException e) {
            modelFailed(e);
            return 0;
        }
        double cycles = 0;
        for (RegisterAccess access : accesses) {
            cycles += access(access, batch);
            if (failed()) {
                return cycles;
            }
        }
        return cycles;
    }

    /**
     * The guest's interrupt handler runs (when a vCPU takes the interrupt): the path is its own handler event, one
     * object less per device to miss in the cache than a handler event of its own.
     */
    @Override
    public void fire() {
        handleInterrupt();
    }

    /** The guest's interrupt handler: its own trapping accesses, then every request completed by now. */
    private void handleInterrupt() {
        // one handler runs at a time per device (the line stays raised until it is done)
        int size = completedUnhandled.size();
        Request batch = completedUnhandled.takeAll();
        handling = size;
        double cycles = charger.charge(contexts.guest(), CostEvent.GUEST_INTERRUPT_HANDLER, 1,
                stats, batch, (Note) () -> "guest interrupt handler runs for " + size + " completion(s)");
        for (Request request = batch; request != null; request = RequestQueue.next(request)) {
            for (int i = 0; i < completionSequence.size(); i++) {
                cycles += access(completionSequence.get(i), request);
                if (failed()) {
                    return;
                }
            }
        }
        for (int i = 0; i < interruptSequence.size(); i++) {
            cycles += access(interruptSequence.get(i), batch);
            if (failed()) {
                return;
            }
        }
        cycles += reprogramModeration(batch, size);
        if (failed()) {
            return;
        }
        for (Request request = batch; request != null; request = RequestQueue.next(request)) {
            cycles += GuestWork.afterCompletion(this, request);
        }
        cpu.execute(cycles, () -> {
            vcpus.release();
            lineRaised = false;
            if (!completedUnhandled.isEmpty() && gate.due(completedUnhandled.size(), inDevice())) {
                lineRaised = true;
                cpu.execute(injectionCycles(completedUnhandled.peekFirst()),
                        () -> vcpus.acquire(this));
            }
            completedAll(batch);
            handling = 0; // completed: no longer counted against the requests still in the device
        });
    }
}
