package org.vwb.ui.internal.core;

import java.util.EventObject;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.SimulationListener;
import org.vwb.core.SwapRecord;
import org.vwb.model.Model;
import org.vwb.ui.internal.session.Document;

/**
 * A live run driven by the editor: the run gets a copy of the editor's model, and after every command, undo or
 * redo on the editor's command stack, a copy of the model as it now is ({@link LiveRun#replace}); the run turns
 * the difference into one change set. A refused change set is reverted on the editor (the command undone, an
 * undo redone), so the editor always describes what runs. Outcomes arrive on the UI thread through
 * {@code uiThread}; a refusal that never reached the simulation (e.g. an invalid model) is reported too.
 * (When the core lets an editor own the live model, this class is what changes.)
 */
public final class LiveLink implements CommandStackListener {

    private final Document document;
    private final LiveRun run;
    private final Consumer<Runnable> uiThread;
    private final Consumer<SwapRecord> swaps;
    private final java.util.Set<SwapRecord> reported = new java.util.HashSet<>();
    private boolean reverting;

    private LiveLink(Document document, LiveRun run, Consumer<Runnable> uiThread, Consumer<SwapRecord> swaps) {
        this.document = document;
        this.run = run;
        this.uiThread = uiThread;
        this.swaps = swaps;
    }

    /**
     * Starts a configuration of the document live.
     *
     * @param uiThread runs a task on the UI thread (e.g. {@code display::asyncExec})
     * @param swaps    told of every swap record of the run (the editor's and any other), on the UI thread
     */
    public static LiveLink start(LiveRuns runs, Document document, String configuration, RunOptions options,
            double speed, Consumer<Runnable> uiThread, Consumer<SwapRecord> swaps) throws NotRunnableException {
        Model copy = EcoreUtil.copy(document.model().orElseThrow());
        LiveRun run = runs.start(copy, configuration, options, speed);
        LiveLink link = new LiveLink(document, run, uiThread, swaps);
        run.addListener(new SimulationListener() {
            @Override
            public void swapped(SwapRecord swap) {
                uiThread.accept(() -> link.report(swap));
            }
        });
        document.commandStack().addCommandStackListener(link);
        return link;
    }

    public LiveRun run() {
        return run;
    }

    @Override
    public void commandStackChanged(EventObject event) {
        if (reverting || run.state() == LiveRun.State.FINISHED) {
            return;
        }
        Command command = document.commandStack().getMostRecentCommand();
        CompletableFuture<SwapRecord> outcome = run.replace(EcoreUtil.copy(document.model().orElseThrow()));
        outcome.whenComplete((swap, failure) -> uiThread.accept(() -> {
            if (swap != null) {
                report(swap);
            }
            if (failure != null || !swap.applied()) {
                revert(command);
            }
        }));
    }

    /** Stops the run and stops listening to the editor. */
    public void stop() {
        document.commandStack().removeCommandStackListener(this);
        run.stop();
    }

    /** Each swap once: the editor's own arrive both as their change set's outcome and from the run's listener. */
    private void report(SwapRecord swap) {
        if (reported.add(swap)) {
            swaps.accept(swap);
        }
    }

    private void revert(Command refused) {
        reverting = true;
        try {
            if (document.commandStack().getUndoCommand() == refused) {
                document.commandStack().undo();
            } else if (document.commandStack().getRedoCommand() == refused) {
                document.commandStack().redo();
            }
        } finally {
            reverting = false;
        }
    }
}
