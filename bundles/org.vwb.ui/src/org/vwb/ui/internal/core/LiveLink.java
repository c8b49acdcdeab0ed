package org.vwb.ui.internal.core;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.vwb.core.CommandStackLink;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.SimulationListener;
import org.vwb.core.SwapRecord;
import org.vwb.model.Model;
import org.vwb.ui.internal.session.Document;

/**
 * A live run owned by the editor: the run starts on a copy of the editor's model, and the core's
 * {@link CommandStackLink} turns every command, undo and redo on the editor's command stack into one change set and
 * reverts a refused one on that stack, so the editor always describes what runs. Every swap record (the editor's
 * verdicts, and the run's own, e.g. devices parked when a plugin leaves) reaches {@code swaps} once, on the UI
 * thread.
 */
public final class LiveLink {

    private final LiveRun run;
    private final Consumer<SwapRecord> swaps;
    private final Set<SwapRecord> reported = new HashSet<>();
    private CommandStackLink link;

    private LiveLink(LiveRun run, Consumer<SwapRecord> swaps) {
        this.run = run;
        this.swaps = swaps;
    }

    /**
     * Starts a configuration of the document live; call on the UI thread.
     *
     * @param uiThread runs a task on the UI thread (e.g. {@code display::asyncExec})
     * @param swaps    told of every swap record of the run, on the UI thread
     */
    public static LiveLink start(LiveRuns runs, Document document, String configuration, RunOptions options,
            double speed, Executor uiThread, Consumer<SwapRecord> swaps) throws NotRunnableException {
        Model model = document.model().orElseThrow();
        LiveRun run = runs.start(model, configuration, options, speed);
        LiveLink live = new LiveLink(run, swaps);
        run.addListener(new SimulationListener() {
            @Override
            public void swapped(SwapRecord swap) {
                uiThread.execute(() -> live.report(swap));
            }
        });
        live.link = CommandStackLink.link(run, model, document.commandStack(), uiThread,
                verdict -> live.report(verdict.swap()));
        return live;
    }

    public LiveRun run() {
        return run;
    }

    /** Stops the run and stops listening to the editor. */
    public void stop() {
        link.close();
        run.stop();
    }

    /** Each swap once: the editor's own arrive both as verdicts and from the run's listener. */
    private void report(SwapRecord swap) {
        if (reported.add(swap)) {
            swaps.accept(swap);
        }
    }
}
