package org.vwb.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.vwb.model.Model;

/**
 * Keeps a live run in step with an owner's EMF command stack: every command executed, undone or redone on the
 * owner's model becomes one change set ({@link LiveRun#submit}); a refused one is undone (or redone) on the stack,
 * so the owner's model always describes what runs. The owner keeps its model and its thread:
 * <ul>
 * <li>the stack is used on the owner's thread only (an editor's UI thread), and so is the model: the link copies
 * it there, right after each step, and returns at once: nothing ever waits on the owner's thread;</li>
 * <li>verdicts come back through {@code ownerThread} (e.g. {@code Display::asyncExec}), in the order of the steps,
 * where the link undoes what was refused and then tells the owner's listener.</li>
 * </ul>
 * Steps taken while earlier verdicts are pending go out too (the owner is never held up). Each change set is the
 * whole model, so a refused step whose successor was applied needs no undo (the successor's model includes it and
 * runs); when the newest step is refused, every step since the last applied one is reverted, newest first.
 * Nothing is reverted once the run has ended (nothing runs any more), and the link then closes itself.
 */
public final class CommandStackLink implements AutoCloseable {

    /** What the owner did to the stack. {@code OTHER}: a flush, or a command that failed half-way. */
    public enum Step {
        EXECUTED, UNDONE, REDONE, OTHER
    }

    /**
     * One step's outcome, on the owner's thread.
     *
     * @param step       what the owner did
     * @param command    the command executed, undone or redone (null for {@link Step#OTHER})
     * @param swap       the run's verdict on the change set
     * @param reverted   the commands the link undid or redid to bring the model back to what runs, newest first
     *                   (empty unless the verdict refused the newest step)
     * @param inStep     false when the model could not be brought back (a step that cannot be reverted, e.g. a
     *                   command that cannot be undone): it then no longer describes what runs
     */
    public record Verdict(Step step, Command command, SwapRecord swap, List<Command> reverted, boolean inStep) {
    }

    private record Pending(Step step, Command command) {
    }

    private final LiveRun run;
    private final Model model;
    private final CommandStack stack;
    private final Executor ownerThread;
    private final Consumer<Verdict> listener;
    private final CommandStackListener stackListener = event -> stepped();
    /** Steps since the last applied one, oldest first; owner's thread only, as every field below. */
    private final Deque<Pending> pending = new ArrayDeque<>();
    /** Commands undone and not redone since, to tell a redo from an execution. */
    private final Set<Command> undone = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean reverting;
    private boolean listening = true;
    private boolean closed;

    private CommandStackLink(LiveRun run, Model model, CommandStack stack, Executor ownerThread,
            Consumer<Verdict> listener) {
        this.run = run;
        this.model = model;
        this.stack = stack;
        this.ownerThread = ownerThread;
        this.listener = listener;
    }

    /**
     * Links {@code stack}, which edits {@code model}, to {@code run} (started on a copy of {@code model}). Call on
     * the owner's thread.
     *
     * @param ownerThread runs the verdicts on the owner's thread
     * @param listener    hears every verdict, after any revert, on the owner's thread
     */
    public static CommandStackLink link(LiveRun run, Model model, CommandStack stack, Executor ownerThread,
            Consumer<Verdict> listener) {
        CommandStackLink link = new CommandStackLink(run, model, stack, ownerThread, listener);
        stack.addCommandStackListener(link.stackListener);
        run.finished().whenComplete((end, failure) -> ownerThread.execute(link::stopListening));
        return link;
    }

    /** Stops listening to the stack (owner's thread); verdicts still pending are then ignored. */
    @Override
    public void close() {
        closed = true;
        stopListening();
    }

    /** The run ended: steps are no longer change sets; the verdicts still pending are reported all the same. */
    private void stopListening() {
        if (listening) {
            listening = false;
            stack.removeCommandStackListener(stackListener);
        }
    }

    private void stepped() {
        if (reverting || !listening) {
            return;
        }
        Command command = stack.getMostRecentCommand();
        Step step;
        if (command == null) {
            step = Step.OTHER;
        } else if (command == stack.getRedoCommand()) {
            step = Step.UNDONE;
            undone.add(command);
        } else {
            step = undone.remove(command) ? Step.REDONE : Step.EXECUTED;
        }
        Pending taken = new Pending(step, command);
        pending.addLast(taken);
        run.submit(model).whenComplete((swap, failure) -> ownerThread.execute(() -> settle(taken, swap != null ? swap
                : new SwapRecord(-1, -1, List.of(), 0, false, "the change set failed: " + failure.getMessage(),
                        run.snapshot(), null))));
    }

    private void settle(Pending taken, SwapRecord swap) {
        if (closed) {
            return;
        }
        List<Command> reverted = new ArrayList<>();
        boolean inStep = true;
        if (swap.applied()) {
            while (!pending.isEmpty() && pending.removeFirst() != taken) {
                // older steps are part of the applied model: settled
            }
        } else if (pending.peekLast() == taken && !run.finished().isDone()) {
            inStep = revertAll(reverted);
        }
        listener.accept(new Verdict(taken.step(), taken.command(), swap, List.copyOf(reverted), inStep));
    }

    /** Reverts every step since the last applied one, newest first; false when one cannot be reverted. */
    private boolean revertAll(List<Command> reverted) {
        reverting = true;
        try {
            while (!pending.isEmpty()) {
                Pending step = pending.removeLast();
                if (!revert(step)) {
                    pending.clear();
                    return false;
                }
                reverted.add(step.command());
            }
            return true;
        } finally {
            reverting = false;
        }
    }

    private boolean revert(Pending step) {
        if (step.step() == Step.UNDONE) {
            if (stack.getRedoCommand() != step.command() || !stack.canRedo()) {
                return false;
            }
            stack.redo();
            undone.remove(step.command());
            return true;
        }
        if (step.step() == Step.OTHER || stack.getUndoCommand() != step.command() || !stack.canUndo()) {
            return false;
        }
        stack.undo();
        undone.add(step.command());
        return true;
    }
}
