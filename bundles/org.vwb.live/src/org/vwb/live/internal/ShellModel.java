package org.vwb.live.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vwb.core.CommandStackLink;
import org.vwb.core.CommandStackLink.Verdict;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.RunOptions;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.persistence.ModelFiles;

/**
 * The shell's model and its owner, exactly as an editor would own one: the loaded model lives on one owner thread
 * with an EMF command stack, and a live run follows it through a {@link CommandStackLink}. Each {@code vwb:set},
 * {@code vwb:undo} and {@code vwb:redo} is one command on that stack and so one change set; a refused one is undone
 * by the link. The shell's thread only waits for verdicts; the owner thread never waits.
 */
final class ShellModel implements AutoCloseable {

    private static final long VERDICT_SECONDS = 30;

    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "vwb shell model");
        thread.setDaemon(true);
        return thread;
    });
    private Model model;
    private BasicCommandStack stack;
    private CommandStackLink link;
    private LiveRun run;
    private CompletableFuture<Verdict> awaited;

    /** Loads a file as the model (owner thread); returns it for a look, not for edits. */
    Model load(Path file) throws Exception {
        return onOwner(() -> {
            if (run != null && run.state() != LiveRun.State.FINISHED) {
                throw new IllegalStateException("run " + run.id() + " is live on the loaded file: vwb:stop it first");
            }
            model = ModelFiles.load(file);
            return model;
        });
    }

    boolean loaded() throws Exception {
        return onOwner(() -> model != null);
    }

    /** A copy of the configuration vwb:set changes (the running one, else the first), or null: nothing loaded. */
    Configuration configuration() throws Exception {
        return onOwner(() -> {
            if (model == null || model.getConfigurations().isEmpty()) {
                return null;
            }
            Configuration chosen = run == null ? model.getConfigurations().get(0) : model.getConfigurations().stream()
                    .filter(c -> c.getName().equals(run.configuration())).findFirst()
                    .orElse(model.getConfigurations().get(0));
            return EcoreUtil.copy(chosen);
        });
    }

    /** Starts a run on the model (a copy) and links a fresh command stack to it. */
    LiveRun start(LiveRuns live, String configuration, RunOptions options, double speed) throws Exception {
        return onOwner(() -> {
            if (model == null) {
                throw new IllegalStateException("no file loaded: vwb:load FILE first");
            }
            if (run != null && run.state() != LiveRun.State.FINISHED) {
                throw new IllegalStateException("run " + run.id() + " follows the loaded model: vwb:stop it first");
            }
            if (link != null) {
                link.close();
            }
            run = live.start(model, configuration, options, speed);
            stack = new BasicCommandStack();
            link = CommandStackLink.link(run, model, stack, owner, this::heard);
            return run;
        });
    }

    /** Executes the command {@code edit} makes of the running configuration; the verdict once the run gave it. */
    Verdict execute(Function<Configuration, Command> edit) throws Exception {
        return step(() -> {
            Command command = edit.apply(running());
            stack.execute(command);
            if (stack.getMostRecentCommand() != command) {
                throw new IllegalStateException("the change could not be made on the loaded model");
            }
        });
    }

    Verdict undo() throws Exception {
        return step(() -> {
            if (!stack.canUndo()) {
                throw new IllegalStateException("nothing to undo");
            }
            stack.undo();
        });
    }

    Verdict redo() throws Exception {
        return step(() -> {
            if (!stack.canRedo()) {
                throw new IllegalStateException("nothing to redo");
            }
            stack.redo();
        });
    }

    @Override
    public void close() {
        owner.shutdownNow();
    }

    private Verdict step(Runnable change) throws Exception {
        CompletableFuture<Verdict> verdict = onOwner(() -> {
            running();
            awaited = new CompletableFuture<>();
            change.run();
            return awaited;
        });
        return verdict.get(VERDICT_SECONDS, TimeUnit.SECONDS);
    }

    private Configuration running() {
        if (run == null || run.state() == LiveRun.State.FINISHED) {
            throw new IllegalStateException("no live run: vwb:start one first");
        }
        return model.getConfigurations().stream().filter(c -> c.getName().equals(run.configuration())).findFirst()
                .orElseThrow();
    }

    private void heard(Verdict verdict) {
        if (awaited != null) {
            awaited.complete(verdict);
        }
    }

    private <T> T onOwner(Callable<T> work) throws Exception {
        try {
            return owner.submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
