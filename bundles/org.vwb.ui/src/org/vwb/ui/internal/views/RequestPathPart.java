package org.vwb.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.vwb.charts.ui.SequenceDiagram;
import org.vwb.core.api.CostEvent;
import org.vwb.core.RequestTrace;
import org.vwb.model.Configuration;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.ui.internal.core.CoreCalls;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;

/**
 * One request of the selected device as a sequence diagram across contexts, in two configurations one above
 * the other on the same cycle scale (by default the selected configuration and the next one that has a device
 * of the same VM and name, e.g. ESXi against Hyper-V), each VM exit labelled with the register that trapped.
 */
public final class RequestPathPart {

    private final Session session;
    private Label caption;
    private final Combo[] choices = new Combo[2];
    private final SequenceDiagram[] diagrams = new SequenceDiagram[2];
    private final RequestTrace[] traces = new RequestTrace[2];
    private final Session.Listener listener = Session.Listener.onAnyChange(this::refresh);

    @Inject
    public RequestPathPart(Session session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        caption = new Label(parent, SWT.NONE);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (int i = 0; i < 2; i++) {
            new Label(parent, SWT.NONE).setText(i == 0 ? "Top:" : "Bottom:");
            choices[i] = new Combo(parent, SWT.READ_ONLY);
            choices[i].addListener(SWT.Selection, e -> trace());
        }
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        for (int i = 0; i < 2; i++) {
            diagrams[i] = new SequenceDiagram(sash, SWT.NONE);
        }
        session.addListener(listener);
        refresh();
    }

    public SequenceDiagram diagram(int index) {
        return diagrams[index];
    }

    public Optional<RequestTrace> trace(int index) {
        return Optional.ofNullable(traces[index]);
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void refresh() {
        if (caption.isDisposed()) {
            return;
        }
        List<Configuration> configurations = session.document().map(Document::configurations).orElse(List.of());
        Configuration selected = session.configuration().orElse(null);
        String[] names = configurations.stream().map(Configuration::getName).toArray(String[]::new);
        for (int i = 0; i < 2; i++) {
            choices[i].setItems(names);
        }
        if (selected == null) {
            return;
        }
        int first = configurations.indexOf(selected);
        VirtualDevice device = device(selected).orElse(null);
        int second = first;
        for (int k = 1; k < configurations.size() && device != null; k++) {
            int candidate = (first + k) % configurations.size();
            if (find(configurations.get(candidate), vmOf(device), device.getName()).isPresent()) {
                second = candidate;
                break;
            }
        }
        choices[0].select(first);
        choices[1].select(second);
        trace();
    }

    private void trace() {
        Configuration base = session.configuration().orElse(null);
        VirtualDevice device = base == null ? null : device(base).orElse(null);
        if (device == null) {
            caption.setText("Select a virtual device to see the path of one of its requests");
            return;
        }
        String vm = vmOf(device);
        caption.setText("One request of " + vm + "/" + device.getName());
        List<Configuration> configurations = session.document().map(Document::configurations).orElse(List.of());
        CoreCalls core = new CoreCalls(session.services().simulator());
        CompletableFuture<?>[] all = new CompletableFuture<?>[2];
        for (int i = 0; i < 2; i++) {
            int index = i;
            int chosen = choices[i].getSelectionIndex();
            Configuration configuration = chosen < 0 ? base : configurations.get(chosen);
            all[i] = core.explain(configuration, vm, device.getName()).whenComplete((trace, failure) ->
                    diagrams[index].getDisplay().asyncExec(() -> show(index, configuration.getName(), trace, failure)));
        }
    }

    private void show(int index, String configuration, RequestTrace trace, Throwable failure) {
        if (diagrams[index].isDisposed()) {
            return;
        }
        traces[index] = trace;
        if (trace == null) {
            String reason = failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage();
            diagrams[index].setContent(configuration + ": " + reason, List.of(), List.of(), "cycles");
            return;
        }
        TraceLanes lanes = new TraceLanes(trace);
        diagrams[index].setContent(String.format(Locale.ROOT, "%s: %s (%s), %,.0f cycles, %d exits, %d switches",
                configuration, trace.device(), trace.deviceModel(), trace.totalCycles(), trace.count(CostEvent.VM_EXIT),
                trace.count(CostEvent.PARTITION_SWITCH) + trace.count(CostEvent.PROCESS_SWITCH)
                        + trace.count(CostEvent.WORLD_SWITCH)),
                lanes.lanes(), lanes.steps(), "cycles");
        double maximum = 0;
        for (RequestTrace t : traces) {
            maximum = Math.max(maximum, t == null ? 0 : t.totalCycles());
        }
        for (SequenceDiagram diagram : diagrams) {
            diagram.setScaleMaximum(maximum);
        }
    }

    private Optional<VirtualDevice> device(Configuration configuration) {
        Optional<VirtualDevice> selected = session.device();
        if (selected.isPresent()) {
            return find(configuration, vmOf(selected.get()), selected.get().getName());
        }
        return configuration.getVirtualMachines().stream().flatMap(vm -> vm.getDevices().stream()).findFirst();
    }

    private static Optional<VirtualDevice> find(Configuration configuration, String vm, String device) {
        return configuration.getVirtualMachines().stream().filter(v -> v.getName().equals(vm))
                .flatMap(v -> v.getDevices().stream()).filter(d -> d.getName().equals(device)).findFirst();
    }

    private static String vmOf(VirtualDevice device) {
        return ((VirtualMachine) device.eContainer()).getName();
    }
}
