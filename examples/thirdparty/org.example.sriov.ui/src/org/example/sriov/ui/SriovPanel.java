package org.example.sriov.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.example.sriov.SriovAnalysis;
import org.vwb.charts.ui.BarChart;
import org.vwb.charts.ui.Series;
import org.vwb.core.NotRunnableException;
import org.vwb.core.Simulator;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.VirtualDevice;
import org.vwb.model.VirtualMachine;
import org.vwb.views.ui.View;
import org.vwb.views.ui.ViewContext;

/**
 * One opened SR-IOV view: for the device selected in the editor, the analysis of {@code vwb sriov} (two simulated
 * seconds per way) run on a thread of its own, then two bar charts: exits and interrupts per request, and CPU per
 * request, one bar group per way. A newer selection makes an older run's result go unused.
 */
final class SriovPanel implements View {

    /** Simulated time per way, as {@code vwb sriov}'s default. */
    private static final long NANOS = 2_000_000_000L;

    private final Simulator simulator;
    private final Label status;
    private final BarChart events;
    private final BarChart cpu;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "SR-IOV analysis");
        thread.setDaemon(true);
        return thread;
    });
    private int generation;

    SriovPanel(Composite parent, ViewContext context, Simulator simulator) {
        this.simulator = simulator;
        parent.setLayout(new GridLayout(2, true));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        events = chart(parent, "Exits and interrupts per request", "events/request");
        cpu = chart(parent, "CPU per request, all contexts", "\u00b5s/request");
        contextChanged(context);
    }

    /** What the panel says above its charts. */
    String status() {
        return status.getText();
    }

    List<BarChart> charts() {
        return List.of(events, cpu);
    }

    @Override
    public void contextChanged(ViewContext context) {
        int run = ++generation;
        VirtualDevice device = context.device().orElse(null);
        Configuration configuration = context.configuration().orElse(null);
        if (device == null || configuration == null || !(configuration.eContainer() instanceof Model model)) {
            say("Select a virtual device in the editor: it is run as the KVM profile maps it, as an SR-IOV virtual "
                    + "function, and with exitless interrupts (ELI), as 'vwb sriov' does.");
            return;
        }
        VirtualMachine vm = (VirtualMachine) ((EObject) device).eContainer();
        SriovAnalysis analysis;
        try {
            analysis = SriovAnalysis.of(model, configuration.getName(), vm.getName(), device.getName(), simulator);
        } catch (IllegalArgumentException | NotRunnableException e) {
            say("error: " + vm.getName() + "/" + device.getName() + " of " + configuration.getName() + ": "
                    + e.getMessage());
            return;
        }
        say("Running " + analysis.subject() + " of " + configuration.getName() + " three ways on a KVM host…");
        worker.execute(() -> {
            SriovAnalysis.Result result = analysis.run(NANOS);
            if (!status.isDisposed()) {
                status.getDisplay().asyncExec(() -> show(run, analysis.subject(), configuration.getName(), result));
            }
        });
    }

    @Override
    public void dispose() {
        worker.shutdownNow();
    }

    private void show(int run, String subject, String configuration, SriovAnalysis.Result result) {
        if (run != generation || status.isDisposed()) {
            return; // another device was selected since
        }
        List<String> ways = result.rows().stream().map(SriovAnalysis.Row::label).toList();
        events.setCategories(ways);
        events.setSeries(List.of(
                Series.bars("exits", result.rows().stream().mapToDouble(SriovAnalysis.Row::exitsPerRequest).toArray()),
                Series.bars("interrupts", result.rows().stream().mapToDouble(SriovAnalysis.Row::interruptsPerRequest)
                        .toArray())));
        cpu.setCategories(ways);
        cpu.setSeries(List.of(Series.bars("CPU",
                result.rows().stream().mapToDouble(SriovAnalysis.Row::cpuMicrosPerRequest).toArray())));
        String rates = String.join(", ", result.rows().stream().map(r -> String.format(Locale.ROOT, "%s %.0f req/s",
                r.label(), r.requestsPerSecond())).toList());
        say(subject + " of " + configuration + " on a KVM host, " + NANOS / 1e9 + " simulated s each: " + rates
                + (result.failures().isEmpty() ? "" : "; could not run: " + String.join("; ", result.failures())));
    }

    private void say(String text) {
        status.setText(text);
        status.setToolTipText(text);
        status.getParent().layout();
    }

    private static BarChart chart(Composite parent, String title, String unit) {
        BarChart chart = new BarChart(parent, SWT.BORDER);
        chart.setTitle(title);
        chart.setValueUnit(unit);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return chart;
    }
}
