package org.vwb.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vwb.charts.ui.LineChart;
import org.vwb.charts.ui.Marker;
import org.vwb.core.DeviceResult;
import org.vwb.core.LiveRun;
import org.vwb.core.LiveRuns;
import org.vwb.core.NotRunnableException;
import org.vwb.core.RunOptions;
import org.vwb.core.RunResult;
import org.vwb.core.SwapRecord;
import org.vwb.model.Configuration;
import org.vwb.ui.internal.core.LiveLink;
import org.vwb.ui.internal.session.Session;

/**
 * The live dashboard: runs the selected configuration live (an hour of simulated time at the chosen speed);
 * throughput, latency percentiles, CPU per context and exits per request over simulated time, redrawn four times
 * a second; pause, resume, stop, and a speed that can change while it runs; every swap (from the editor or the
 * device controls) in the swap list and as a marker on the charts, green when applied, red when refused; each
 * device's state, parked ones included. The UI thread draws only what a user can see change: the charts and the
 * device table are given the run's figures at most {@value #REDRAW_MILLIS} ms apart, only when the run advanced
 * (not while paused), and only while the part is showing (not while another part of its stack is on top or the
 * window is minimised; it catches up when shown again).
 */
public final class LivePart {

    /** How often the dashboard looks at the run, at most. */
    public static final int REDRAW_MILLIS = 250;
    /** An hour of simulated time, with a snapshot every 100 simulated ms so the charts have points to draw. */
    private static final RunOptions LIVE_OPTIONS = new RunOptions(3_600_000_000_000L, 1, 100_000_000L);
    private static final String[] SPEEDS = { "1x (real time)", "10x", "100x", "as fast as possible" };
    private static final double[] SPEED_VALUES = { 1, 10, 100, LiveRuns.AS_FAST_AS_POSSIBLE };
    /** The index of "as fast as possible" for {@link #changeSpeed}. */
    public static final int AS_FAST_AS_POSSIBLE_INDEX = 3;

    private final Session session;
    private Combo speed;
    private Button start;
    private Button pause;
    private Button stop;
    private Label status;
    private final List<LineChart> charts = new ArrayList<>();
    private Table swapsTable;
    private Table devices;
    private LiveControls controls;
    private LiveLink link;
    private LiveHistory history = new LiveHistory();
    /** The history has samples the charts have not been given yet. */
    private boolean unseen;
    private final List<SwapRecord> swaps = new ArrayList<>();

    @Inject
    public LivePart(Session session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(7, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        start = Widgets.button(bar, "Start live run", this::start);
        pause = Widgets.button(bar, "Pause", this::togglePause);
        stop = Widgets.button(bar, "Stop", this::stop);
        new Label(bar, SWT.NONE).setText("Speed:");
        speed = new Combo(bar, SWT.READ_ONLY);
        speed.setItems(SPEEDS);
        speed.select(2);
        speed.setToolTipText("Simulated time per wall-clock time; changing it during a run takes effect at once");
        speed.addListener(SWT.Selection, e -> changeSpeed(speed.getSelectionIndex()));
        status = new Label(bar, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.widthHint = 200; // grows with the view; the tooltip holds what does not fit
        status.setLayoutData(statusData);
        controls = new LiveControls(parent, session);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite grid = new Composite(sash, SWT.NONE);
        grid.setLayout(new GridLayout(2, true));
        chart(grid, "Throughput", "req/s");
        chart(grid, "Latency of the busiest device, since start", "\u00b5s");
        chart(grid, "CPU per context (busy cores)", "cores");
        chart(grid, "VM exits per request", "exits/req");
        Composite tables = new Composite(sash, SWT.NONE);
        tables.setLayout(new GridLayout(2, true));
        swapsTable = table(tables, "at (s)", "outcome", "what changed / why refused");
        devices = table(tables, "device", "model", "mode", "state", "req/s");
        Widgets.fitColumnsFillingLast(swapsTable);
        Widgets.fullTextTooltips(swapsTable);
        Widgets.fullTextTooltips(devices);

        sash.setWeights(3, 1);
        enable();
        tick();
    }

    /** Starts the selected configuration live, as the Start button does. */
    public void start() {
        Configuration configuration = session.configuration().orElse(null);
        if (configuration == null || link != null) {
            return;
        }
        try {
            link = LiveLink.start(session.services().liveRuns(), session.document().orElseThrow(),
                    configuration.getName(), LIVE_OPTIONS, SPEED_VALUES[speed.getSelectionIndex()],
                    status.getDisplay()::asyncExec, this::recordSwap);
            history = new LiveHistory();
            session.setLiveRun(link.run());
            swaps.clear();
            swapsTable.removeAll();
            say("Running " + configuration.getName() + " at " + SPEEDS[speed.getSelectionIndex()]
                    + ": every edit is a swap.");
        } catch (NotRunnableException e) {
            say("error: cannot run " + configuration.getName() + ": " + String.join("; ", e.reasons()));
        }
        enable();
    }

    /**
     * Chooses speed {@code index} of the drop-down ({@code 1x}, {@code 10x}, {@code 100x}, as fast as possible):
     * the next start's, and the running run's at once.
     */
    public void changeSpeed(int index) {
        speed.select(index);
        if (link != null) {
            link.run().setSpeed(SPEED_VALUES[index]);
            say((link.run().state() == LiveRun.State.PAUSED ? "Paused; resumes at " : "Running at ") + SPEEDS[index]
                    + ": " + link.run().configuration() + ".");
        }
    }

    public void togglePause() {
        if (link == null) {
            return;
        }
        if (link.run().state() == LiveRun.State.PAUSED) {
            link.run().resume();
        } else {
            link.run().pause();
        }
        enable();
    }

    public void stop() {
        if (link != null) {
            link.stop();
            link = null;
            session.setLiveRun(null);
            say("Stopped.");
        }
        enable();
    }

    public LiveRun run() {
        return link == null ? null : link.run();
    }

    /** The swaps shown, in order. */
    public List<SwapRecord> swaps() {
        return List.copyOf(swaps);
    }

    public LiveControls controls() {
        return controls;
    }

    public List<LineChart> charts() {
        return charts;
    }

    /** The swap table: when (simulated s), outcome, what changed or why it was refused, one row per swap. */
    public Table swapsTable() {
        return swapsTable;
    }

    /** The device table: name, model, mode, state, requests/s of each device of the run. */
    public Table devices() {
        return devices;
    }

    @PreDestroy
    public void dispose() {
        stop();
    }

    private void recordSwap(SwapRecord swap) {
        swaps.add(swap);
        if (swapsTable.isDisposed()) {
            return;
        }
        TableItem item = new TableItem(swapsTable, SWT.NONE);
        item.setText(new String[] { String.format(Locale.ROOT, "%.2f", swap.requestedAtNanos() / 1e9),
            swap.applied() ? "applied" : "refused",
            swap.applied() ? String.join("; ", swap.changes()) : swap.reason() });
        Widgets.fitColumnsFillingLast(swapsTable);
        List<Marker> markers = swaps.stream().map(s -> new Marker(s.requestedAtNanos() / 1e9,
                (s.applied() ? "applied: " + String.join("; ", s.changes()) : "refused: " + s.reason()), s.applied()))
                .toList();
        charts.forEach(c -> c.setMarkers(markers));
    }

    private void tick() {
        if (status.isDisposed()) {
            return;
        }
        if (link != null) {
            RunResult snapshot = link.run().snapshot();
            unseen |= history.add(snapshot);
            if (unseen && showing()) {
                charts.get(0).setSeries(history.throughput());
                charts.get(1).setSeries(history.latency());
                charts.get(2).setSeries(history.busyCores());
                charts.get(3).setSeries(history.exitsPerRequest());
                showDevices(snapshot);
                unseen = false;
            }
            if (link.run().state() == LiveRun.State.FINISHED) {
                link.stop();
                link = null;
                session.setLiveRun(null);
                say("Finished.");
                enable();
            }
        }
        status.getDisplay().timerExec(REDRAW_MILLIS, this::tick);
    }

    /** Whether a user can see the charts: the part is on top of its stack and the window is not minimised. */
    private boolean showing() {
        return devices.isVisible() && !devices.getShell().getMinimized();
    }

    private void showDevices(RunResult snapshot) {
        List<DeviceResult> shown = snapshot.devices();
        boolean resized = devices.getItemCount() != shown.size();
        devices.setItemCount(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            DeviceResult device = shown.get(i);
            String[] cells = { device.vm() + "/" + device.device(), device.deviceModel(),
                String.valueOf(device.mode()).toLowerCase(), device.status(),
                String.format(Locale.ROOT, "%.0f", device.throughputPerSecond()) };
            TableItem item = devices.getItem(i);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].equals(item.getText(c))) {
                    continue; // setting the same text still redraws the row
                }
                // only a changed name, model, mode or state can need another width (figures change every tick)
                resized |= c < cells.length - 1;
                item.setText(c, cells[c]);
            }
        }
        if (resized) {
            Widgets.fitColumns(devices);
        }
    }

    private void enable() {
        start.setEnabled(link == null);
        pause.setEnabled(link != null);
        stop.setEnabled(link != null);
        pause.setText(link != null && link.run().state() == LiveRun.State.PAUSED ? "Resume" : "Pause");
        pause.getParent().layout();
    }

    private void say(String text) {
        status.setText(text);
        status.setToolTipText(text);
    }

    private void chart(Composite parent, String title, String unit) {
        LineChart chart = new LineChart(parent, SWT.BORDER);
        chart.setTitle(title);
        chart.setValueUnit(unit);
        chart.setTimeUnit("s simulated");
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        charts.add(chart);
    }

    private static Table table(Composite parent, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String column : columns) {
            new TableColumn(table, SWT.NONE).setText(column);
        }
        Widgets.fitColumns(table);
        return table;
    }

}
