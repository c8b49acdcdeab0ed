package org.vwb.ui.internal.views;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vwb.charts.ui.BarChart;
import org.vwb.charts.ui.Series;
import org.vwb.core.Comparison;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.model.Configuration;
import org.vwb.model.Model;
import org.vwb.model.Scenario;
import org.vwb.model.persistence.ModelFiles;
import org.vwb.report.EntrySummary;
import org.vwb.report.ReportWriter;
import org.vwb.report.SummaryTable;
import org.vwb.ui.internal.core.CoreCalls;
import org.vwb.ui.internal.session.Document;
import org.vwb.ui.internal.session.Session;

/**
 * The document's first scenario (its configurations and vendor profiles; without a scenario every
 * configuration) run as {@code vwb compare} runs it, off the UI thread with progress and cancel; the HTML
 * report's table and charts; export through every installed report writer (HTML, JSON, CSV...).
 */
public final class ComparisonPart {

    private final Session session;
    private Text duration;
    private Text vendors;
    private Button run;
    private Button cancel;
    private ProgressBar progress;
    private Label status;
    private Table table;
    private BarChart exits;
    private BarChart cpu;
    private Composite exports;
    private Thread running;
    private Comparison comparison;

    @Inject
    public ComparisonPart(Session session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(9, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        run = Widgets.button(bar, "Run comparison", () -> start());
        cancel = Widgets.button(bar, "Cancel", () -> cancel());
        cancel.setEnabled(false);
        new Label(bar, SWT.NONE).setText("Simulated seconds:");
        duration = new Text(bar, SWT.BORDER);
        duration.setText("10");
        new Label(bar, SWT.NONE).setText("Also under vendor profiles:");
        vendors = new Text(bar, SWT.BORDER);
        vendors.setLayoutData(new GridData(140, SWT.DEFAULT));
        progress = new ProgressBar(bar, SWT.SMOOTH);
        progress.setMaximum(1000);
        exports = new Composite(bar, SWT.NONE);
        exports.setLayout(new GridLayout(4, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        // the columns fit their contents when the room allows; else the widest are cut and hovering shows them whole
        Widgets.fullTextTooltips(table);
        Composite charts = new Composite(sash, SWT.NONE);
        charts.setLayout(new org.eclipse.swt.layout.FillLayout());
        exits = new BarChart(charts, SWT.NONE);
        exits.setTitle("VM exits per request, by device");
        exits.setValueUnit("exits/req");
        cpu = new BarChart(charts, SWT.NONE);
        cpu.setTitle("CPU per request, by context");
        cpu.setValueUnit("\u00b5s/req");
        sash.setWeights(1, 1);
        for (ReportWriter writer : session.services().reportWriters()) {
            Widgets.button(exports, "Export " + writer.format().toUpperCase(Locale.ROOT) + "\u2026", () -> export(writer));
        }
    }

    /** Starts the comparison with the given simulated duration, as the Run button does. */
    public void start(double seconds) {
        duration.setText(String.valueOf(seconds));
        start();
    }

    public boolean isRunning() {
        return running != null;
    }

    public Comparison comparison() {
        return comparison;
    }

    public Table table() {
        return table;
    }

    public String status() {
        return status.getText();
    }

    public void cancel() {
        if (running != null) {
            running.interrupt();
            finish(null, new InterruptedException());
        }
    }

    private void start() {
        Model model = session.document().flatMap(Document::model).orElse(null);
        if (model == null || running != null) {
            return;
        }
        Scenario scenario = model.getScenarios().isEmpty() ? null : model.getScenarios().get(0);
        List<Configuration> configurations = scenario != null ? scenario.getConfigurations() : model.getConfigurations();
        List<String> extra = new ArrayList<>(scenario != null ? scenario.getVendorProfiles() : List.of());
        Arrays.stream(vendors.getText().split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(extra::add);
        double seconds;
        try {
            seconds = Double.parseDouble(duration.getText().strip());
        } catch (NumberFormatException e) {
            status.setText("error: simulated seconds: '" + duration.getText() + "' is not a number");
            return;
        }
        long seed = scenario != null && scenario.getSeed() != 0 ? scenario.getSeed() : 1;
        Map<String, Double> done = new ConcurrentHashMap<>();
        status.setText("Running " + configurations.size() + " configuration(s)\u2026");
        progress.setSelection(0);
        run.setEnabled(false);
        cancel.setEnabled(true);
        running = new CoreCalls(session.services().simulator()).compare(model.getName(),
                session.document().get().title(), configurations, extra, RunOptions.seconds(seconds, seed),
                (label, fraction) -> {
                    done.put(label, fraction);
                    double all = done.values().stream().mapToDouble(Double::doubleValue).sum() / Math.max(1,
                            configurations.size() * (1 + extra.size()));
                    progress.getDisplay().asyncExec(() -> {
                        if (!progress.isDisposed() && running != null) {
                            progress.setSelection((int) (Math.min(1, all) * 1000));
                        }
                    });
                },
                (result, failure) -> progress.getDisplay().asyncExec(() -> finish(result, failure)));
    }

    private void finish(Comparison result, Throwable failure) {
        if (table.isDisposed() || running == null) {
            return;
        }
        running = null;
        run.setEnabled(true);
        cancel.setEnabled(false);
        if (result == null) {
            status.setText(failure instanceof InterruptedException ? "Cancelled."
                    : failure instanceof NotRunnableException notRunnable
                            ? "error: cannot run: " + String.join("; ", notRunnable.reasons())
                            : "error: the comparison failed: " + failure);
            return;
        }
        comparison = result;
        progress.setSelection(1000);
        status.setText(String.format(Locale.ROOT, "%d configurations, %.0f simulated seconds each, seed %d.",
                result.entries().size(), result.durationNanos() / 1e9, result.seed())
                + (result.failures().isEmpty() ? "" : " error: " + String.join("; ", result.failures())));
        fill(result);
    }

    private void fill(Comparison result) {
        table.removeAll();
        Arrays.stream(table.getColumns()).forEach(TableColumn::dispose);
        List<EntrySummary> summaries = result.entries().stream().map(EntrySummary::of).toList();
        column("");
        summaries.forEach(s -> column(s.label()));
        for (SummaryTable.Row row : SummaryTable.rows(summaries)) {
            List<String> cells = new ArrayList<>(List.of(row.name()));
            summaries.forEach(s -> cells.add(row.cell().apply(s)));
            new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
        }
        Widgets.fitColumnsToContents(table, Widgets.MINIMUM_COLUMN);
        List<String> labels = result.entries().stream().map(Comparison.Entry::label).toList();
        exits.setCategories(labels);
        exits.setSeries(ComparisonSeries.exitsByDevice(result));
        cpu.setCategories(labels);
        cpu.setSeries(ComparisonSeries.cpuByContext(result));
    }

    private void export(ReportWriter writer) {
        if (comparison == null) {
            status.setText("Run the comparison first; then it can be exported.");
            return;
        }
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName("comparison." + writer.format().toLowerCase(Locale.ROOT));
        String chosen = dialog.open();
        if (chosen != null) {
            status.setText(exportTo(writer, Path.of(chosen)));
        }
    }

    /** Writes the last comparison with a report writer, atomically; returns what happened, in words. */
    public String exportTo(ReportWriter writer, Path target) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.write(comparison, bytes);
            ModelFiles.writeAtomically(target, bytes.toByteArray());
            return "Wrote " + target;
        } catch (IOException | RuntimeException e) {
            return "error: " + target + ": " + e.getMessage();
        }
    }

    private void column(String title) {
        new TableColumn(table, SWT.NONE).setText(title);
    }


    /** For the charts. */
    static final class ComparisonSeries {

        private ComparisonSeries() {
        }

        static List<Series> exitsByDevice(Comparison result) {
            List<String> devices = result.entries().stream().flatMap(e -> e.result().devices().stream())
                    .map(d -> d.vm() + "/" + d.device()).distinct().toList();
            List<Series> series = new ArrayList<>();
            for (String device : devices) {
                double[] values = result.entries().stream().mapToDouble(e -> e.result().devices().stream()
                        .filter(d -> (d.vm() + "/" + d.device()).equals(device)).mapToDouble(d -> d.exitsPerRequest())
                        .findFirst().orElse(0)).toArray();
                series.add(Series.bars(device, values));
            }
            return series;
        }

        static List<Series> cpuByContext(Comparison result) {
            List<Series> series = new ArrayList<>();
            for (org.vwb.core.api.ContextKind kind : org.vwb.core.api.ContextKind.values()) {
                double[] values = result.entries().stream().mapToDouble(e -> EntrySummary.of(e).cpuMicrosPerRequest()
                        .getOrDefault(kind, 0.0)).toArray();
                if (Arrays.stream(values).anyMatch(v -> v > 0)) {
                    series.add(Series.bars(SummaryTable.contextLabel(kind), values));
                }
            }
            return series;
        }
    }
}
