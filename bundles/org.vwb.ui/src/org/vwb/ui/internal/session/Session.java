package org.vwb.ui.internal.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.vwb.core.LiveRun;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;

/**
 * What the parts share: the open document and the element selected in it. Listeners hear about a new document,
 * a new selection and every change to the document's model (after each command, undo or redo), on the UI
 * thread that caused it. One per workbench window (created by the application model's add-on).
 */
public final class Session {

    /** What a part hears. */
    public interface Listener {
        default void documentChanged(Document document) {
        }

        default void selectionChanged(EObject element) {
        }

        default void modelChanged(Document document) {
        }

        /** The live dashboard started a run, or its run ended (then {@code run} is null). */
        default void liveRunChanged(LiveRun run) {
        }

        /** A listener that does the same on any of the three above (not on a live run's start or end). */
        static Listener onAnyChange(Runnable action) {
            return new Listener() {
                @Override
                public void documentChanged(Document document) {
                    action.run();
                }

                @Override
                public void selectionChanged(EObject element) {
                    action.run();
                }

                @Override
                public void modelChanged(Document document) {
                    action.run();
                }
            };
        }
    }

    private final Services services;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Document document;
    private EObject selection;
    private LiveRun liveRun;

    public Session(Services services) {
        this.services = services;
    }

    public Services services() {
        return services;
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    public void setDocument(Document next) {
        if (document != null) {
            document.dispose();
        }
        document = next;
        selection = null;
        next.commandStack().addCommandStackListener(e -> listeners.forEach(l -> l.modelChanged(next)));
        listeners.forEach(l -> l.documentChanged(next));
    }

    /** Tells the parts the document changed outside its command stack (e.g. it was saved). */
    public void documentSaved() {
        if (document != null) {
            listeners.forEach(l -> l.modelChanged(document));
        }
    }

    public Optional<EObject> selection() {
        return Optional.ofNullable(selection);
    }

    public void select(EObject element) {
        selection = element;
        listeners.forEach(l -> l.selectionChanged(element));
    }

    /** The configuration the selection lies in, else the document's first. */
    public Optional<Configuration> configuration() {
        for (EObject e = selection; e != null; e = e.eContainer()) {
            if (e instanceof Configuration configuration) {
                return Optional.of(configuration);
            }
        }
        return document == null ? Optional.empty() : document.configurations().stream().findFirst();
    }

    /** The selected virtual device, if a device (or one of its workloads) is selected. */
    public Optional<VirtualDevice> device() {
        if (selection instanceof VirtualDevice device) {
            return Optional.of(device);
        }
        if (selection instanceof org.vwb.model.Workload workload && workload.getDevice() != null) {
            return Optional.of(workload.getDevice());
        }
        return Optional.empty();
    }

    /** The live dashboard's run, while one goes on. */
    public Optional<LiveRun> liveRun() {
        return Optional.ofNullable(liveRun);
    }

    /** The live dashboard started a run, or ({@code null}) its run ended. */
    public void setLiveRun(LiveRun run) {
        liveRun = run;
        listeners.forEach(l -> l.liveRunChanged(run));
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
