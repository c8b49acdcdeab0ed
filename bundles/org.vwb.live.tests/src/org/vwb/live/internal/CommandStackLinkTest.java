package org.vwb.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vwb.core.CommandStackLink;
import org.vwb.core.CommandStackLink.Step;
import org.vwb.core.CommandStackLink.Verdict;
import org.vwb.core.DeviceResult;
import org.vwb.core.LiveRun;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.model.DeviceMode;
import org.vwb.model.DriverPlacement;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VwbPackage;
import org.vwb.testing.core.Configurations;
import org.vwb.testing.core.StandIns;

/** An editor's way of running a configuration: it keeps its model and command stack; the run follows. */
class CommandStackLinkTest {

    private final LiveFixture fixture = new LiveFixture();
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> new Thread(r, "owner (UI)"));
    private final BlockingQueue<Verdict> verdicts = new LinkedBlockingQueue<>();
    private final List<Thread> verdictThreads = new ArrayList<>();
    private final BasicCommandStack stack = new BasicCommandStack();
    private Model model;
    private LiveRun run;

    @AfterEach
    void cleanUp() {
        owner.shutdownNow();
        fixture.close();
    }

    /** A plain EMF command, as an editor's SetCommand: one feature of one object, undone by the old value. */
    private static final class Set extends AbstractCommand {
        private final EObject object;
        private final EStructuralFeature feature;
        private final Object value;
        private Object old;

        Set(EObject object, EStructuralFeature feature, Object value) {
            super("set " + feature.getName());
            this.object = object;
            this.feature = feature;
            this.value = value;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            old = object.eGet(feature);
            object.eSet(feature, value);
        }

        @Override
        public void undo() {
            object.eSet(feature, old);
        }

        @Override
        public void redo() {
            execute();
        }
    }

    private <T> T onOwner(Callable<T> work) throws Exception {
        return owner.submit(work).get(30, TimeUnit.SECONDS);
    }

    private void start() throws Exception {
        onOwner(() -> {
            Configuration configuration = Configurations.oneVm(DriverPlacement.PARENT_PARTITION, DeviceMode.EMULATED,
                    20_000, 2);
            Configurations.addVm(configuration, "vm2", DeviceMode.SYNTHETIC, 20_000);
            model = (Model) configuration.eContainer();
            run = fixture.live().start(model, null, RunOptions.seconds(3600, 7), 1_000);
            CommandStackLink.link(run, model, stack, owner, verdict -> {
                verdictThreads.add(Thread.currentThread());
                verdicts.add(verdict);
            });
            return null;
        });
    }

    private VirtualDevice device(String vm) {
        return model.getConfigurations().get(0).getVirtualMachines().stream().filter(v -> v.getName().equals(vm))
                .findFirst().orElseThrow().getDevices().get(0);
    }

    private Command set(String vm, EStructuralFeature feature, Object value) {
        return new Set(device(vm), feature, value);
    }

    private Verdict next() throws InterruptedException {
        Verdict verdict = verdicts.poll(30, TimeUnit.SECONDS);
        assertTrue(verdict != null, "a verdict came back");
        return verdict;
    }

    private boolean ownerModelIsWhatRuns() throws Exception {
        return onOwner(() -> EcoreUtil.equals(model, run.model()));
    }

    @Test
    void everyCommandUndoAndRedoIsOneChangeSetAndARefusedCommandIsUndoneOnTheOwnersStack() throws Exception {
        start();
        VwbPackage v = VwbPackage.eINSTANCE;
        Command toSynthetic = onOwner(() -> {
            Command command = set("vm1", v.getVirtualDevice_Mode(), DeviceMode.SYNTHETIC)
                    .chain(set("vm1", v.getVirtualDevice_DeviceModel(), StandIns.RING));
            stack.execute(command);
            return command;
        });
        Verdict applied = next();
        assertEquals(Step.EXECUTED, applied.step());
        assertSame(toSynthetic, applied.command());
        assertTrue(applied.swap().applied(), applied.swap().reason());
        assertEquals(List.of("vm1/net0: test-nic EMULATED -> test-ring SYNTHETIC"), applied.swap().changes());
        assertTrue(ownerModelIsWhatRuns());

        Command invalid = onOwner(() -> {
            Command command = set("vm2", v.getVirtualDevice_DeviceModel(), "no-such-nic");
            stack.execute(command);
            return command;
        });
        Verdict refused = next();
        assertFalse(refused.swap().applied());
        assertTrue(refused.swap().reason().contains("no-such-nic"), refused.swap().reason());
        assertEquals(List.of(invalid), refused.reverted(), "the refused command was undone on the owner's stack");
        assertTrue(refused.inStep());
        assertEquals(StandIns.RING, onOwner(() -> device("vm2").getDeviceModel()));
        assertTrue(onOwner(() -> stack.getRedoCommand() == invalid && stack.getUndoCommand() == toSynthetic));
        assertTrue(ownerModelIsWhatRuns());

        onOwner(() -> {
            stack.undo();
            return null;
        });
        Verdict undone = next();
        assertEquals(Step.UNDONE, undone.step());
        assertSame(toSynthetic, undone.command());
        assertTrue(undone.swap().applied(), "an undo is a change set of its own: " + undone.swap().reason());
        assertEquals(List.of("vm1/net0: test-ring SYNTHETIC -> test-nic EMULATED"), undone.swap().changes());
        onOwner(() -> {
            stack.redo();
            return null;
        });
        Verdict redone = next();
        assertEquals(Step.REDONE, redone.step());
        assertTrue(redone.swap().applied(), redone.swap().reason());
        assertTrue(ownerModelIsWhatRuns());

        finishAndCheck(4, 3);
    }

    @Test
    void ownerNeverWaitsAndStepsTakenBeforeARefusalAreRevertedNewestFirst() throws Exception {
        start();
        VwbPackage v = VwbPackage.eINSTANCE;
        // three steps in one go on the owner's thread, no verdict awaited: invalid, then valid on top of it
        List<Command> commands = onOwner(() -> {
            Command invalid = set("vm1", v.getVirtualDevice_DeviceModel(), "no-such-nic");
            Command valid = set("vm2", v.getVirtualDevice_Mode(), DeviceMode.EMULATED)
                    .chain(set("vm2", v.getVirtualDevice_DeviceModel(), StandIns.NIC));
            stack.execute(invalid);
            stack.execute(valid);
            assertTrue(verdicts.isEmpty(), "verdicts come later, through the owner's executor");
            return List.of(invalid, valid);
        });
        Verdict first = next();
        assertFalse(first.swap().applied());
        assertEquals(List.of(), first.reverted(), "a later step is pending: it decides");
        Verdict second = next();
        assertFalse(second.swap().applied(), "its model still holds the invalid step");
        assertEquals(List.of(commands.get(1), commands.get(0)), second.reverted());
        assertTrue(onOwner(() -> !stack.canUndo() && stack.getRedoCommand() == commands.get(0)));
        assertTrue(ownerModelIsWhatRuns());
        finishAndCheck(2, 0);
    }

    private void finishAndCheck(int changeSets, int applied) throws Exception {
        run.stop();
        RunResult end = run.finished().get(30, TimeUnit.SECONDS);
        assertEquals(RunResult.Status.COMPLETED, end.status(), end.failure());
        assertEquals(changeSets, end.swaps().size(), "one change set per step, none twice");
        assertEquals(applied, end.swaps().stream().filter(SwapRecord::applied).count());
        assertTrue(verdictThreads.stream().allMatch(t -> t.getName().equals("owner (UI)")),
                "verdicts arrive on the owner's thread");
        for (DeviceResult device : end.devices()) {
            assertEquals(device.issued(), device.completed() + device.inFlight() + device.waiting(), device.toString());
        }
        assertTrue(end.devices().stream().mapToLong(DeviceResult::completed).sum() > 0);
    }
}
