package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * One request as a sequence across lanes (contexts): each step is a bar in its lane whose width is proportional
 * to its weight (cycles), one after the other from left to right, with a connector where control moves to
 * another lane. Two diagrams side by side compare honestly when given the same {@link #setScaleMaximum}. The
 * labels of emphasised steps (e.g. the register access that trapped) sit in rows of their own above the lanes
 * ({@link LabelRows}), each with a leader line down to its step, so that no label covers a bar or another label.
 */
public final class SequenceDiagram extends Canvas {

    /**
     * One step.
     *
     * @param lane       index into the lanes
     * @param weight     width-giving amount (e.g. cycles), 0 for a step drawn as a tick
     * @param label      short text (e.g. the event), drawn on wide steps
     * @param detail     long text for the tooltip (e.g. the register that trapped)
     * @param emphasised drawn with its label above the bar (e.g. a VM exit)
     */
    public record Step(int lane, double weight, String label, String detail, boolean emphasised) {
    }

    private static final int LANE_HEIGHT = 30;
    private static final int LABELS = 150;
    private static final int MAX_LABEL_ROWS = 8;
    /** Below the lanes: the cycle axis's ticks, their labels and the unit. */
    private static final int AXIS = 2 + 6 + 2;

    /** Where everything goes at the current size: the label rows first, as they decide where the lanes start. */
    private record Geometry(int lineHeight, int lanesTop, int labelsBottom, List<LabelRows.Placed> labels,
            List<Rectangle> steps) {
    }

    private String title = "";
    private String unit = "cycles";
    private List<String> lanes = List.of();
    private List<Step> steps = List.of();
    private double scaleMaximum;

    public SequenceDiagram(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> setToolTipText(tooltipAt(e.x, e.y)));
    }

    public void setContent(String title, List<String> lanes, List<Step> steps, String unit) {
        this.title = title;
        this.lanes = List.copyOf(lanes);
        this.steps = List.copyOf(steps);
        this.unit = unit;
        redraw();
    }

    /** The weight the full width stands for; 0 = this diagram's own total. */
    public void setScaleMaximum(double maximum) {
        this.scaleMaximum = maximum;
        redraw();
    }

    public double totalWeight() {
        return steps.stream().mapToDouble(Step::weight).sum();
    }

    public List<Step> steps() {
        return steps;
    }

    /** Where each step is drawn at the current size. */
    public List<Rectangle> stepBounds() {
        return measured(g -> g.steps);
    }

    /** The labels drawn at the current size (an index is the step's), with where they are. */
    public List<LabelRows.Placed> labels() {
        return measured(Geometry::labels);
    }

    /** The rectangle of each drawn label, in the order of {@link #labels()}. */
    public List<Rectangle> labelBounds() {
        return measured(g -> g.labels.stream().map(l -> labelBounds(g, l)).toList());
    }

    /** The height that shows every lane, every label row the labels need and the axis. */
    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        Point size = super.computeSize(wHint, hHint, changed);
        int line = measured(Geometry::lineHeight);
        return new Point(size.x, hHint != SWT.DEFAULT ? hHint
                : 4 + line + 4 + MAX_LABEL_ROWS * line + lanes.size() * LANE_HEIGHT + AXIS + 2 * line);
    }

    public String tooltipAt(int x, int y) {
        Geometry geometry = measured(g -> g);
        for (LabelRows.Placed label : geometry.labels) {
            if (labelBounds(geometry, label).contains(x, y)) {
                return describe(label.index());
            }
        }
        for (int i = 0; i < geometry.steps.size(); i++) {
            Rectangle r = geometry.steps.get(i);
            if (x >= r.x - 1 && x <= r.x + r.width + 1 && y >= r.y && y <= r.y + r.height) {
                return describe(i);
            }
        }
        return null;
    }

    private String describe(int index) {
        Step step = steps.get(index);
        return lanes.get(step.lane()) + ": " + step.label() + ", " + Units.withUnit(step.weight(), unit)
                + (step.detail().isEmpty() ? "" : "\n" + step.detail());
    }

    private <T> T measured(java.util.function.Function<Geometry, T> what) {
        GC gc = new GC(this);
        try {
            return what.apply(geometry(gc));
        } finally {
            gc.dispose();
        }
    }

    private Geometry geometry(GC gc) {
        int line = gc.getFontMetrics().getHeight();
        int width = getSize().x;
        int labelsTop = 4 + line + 4;
        int free = getSize().y - labelsTop - lanes.size() * LANE_HEIGHT - AXIS - 2 * line;
        int rows = Math.max(1, Math.min(MAX_LABEL_ROWS, free / line));
        int plotWidth = Math.max(1, width - LABELS - 16);
        // anchors from a first pass with no label rows: the rows move the lanes down, never sideways
        List<Rectangle> flat = bars(0, plotWidth);
        List<String> texts = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).emphasised() && !steps.get(i).detail().isEmpty()) {
                texts.add(steps.get(i).detail());
                indices.add(i);
            }
        }
        int[] anchors = indices.stream().mapToInt(i -> flat.get(i).x).toArray();
        List<LabelRows.Placed> placed = LabelRows.place(texts, anchors, t -> gc.textExtent(t).x, LABELS,
                width - 4, rows, Math.max(120, plotWidth * 2 / 5)).stream()
                .map(p -> new LabelRows.Placed(indices.get(p.index()), p.text(), p.x(), p.row(), p.width(),
                        p.anchor()))
                .toList();
        int labelsBottom = labelsTop + LabelRows.rowsUsed(placed) * line;
        int lanesTop = labelsBottom + (placed.isEmpty() ? 0 : 4);
        return new Geometry(line, lanesTop, labelsBottom, placed, bars(lanesTop, plotWidth));
    }

    private List<Rectangle> bars(int lanesTop, int plotWidth) {
        Scale scale = scale();
        PlotArea area = new PlotArea(LABELS, lanesTop, plotWidth, Math.max(1, lanes.size() * LANE_HEIGHT));
        List<Rectangle> bounds = new ArrayList<>();
        double at = 0;
        for (Step step : steps) {
            int x0 = area.x(scale, at);
            at += step.weight();
            int x1 = Math.max(x0 + 2, area.x(scale, at));
            bounds.add(new Rectangle(x0, lanesTop + step.lane() * LANE_HEIGHT + 6, x1 - x0, LANE_HEIGHT - 12));
        }
        return bounds;
    }

    private Scale scale() {
        return Scale.linear(0, scaleMaximum > 0 ? scaleMaximum : Math.max(1, totalWeight()));
    }

    private static Rectangle labelBounds(Geometry geometry, LabelRows.Placed label) {
        // row 0 sits right above the lanes, further rows above it
        int y = geometry.labelsBottom - (label.row() + 1) * geometry.lineHeight;
        return new Rectangle(label.x(), y, label.width(), geometry.lineHeight);
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        Geometry geometry = geometry(gc);
        int width = getSize().x;
        int line = geometry.lineHeight;
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(LabelRows.fit(title, t -> gc.textExtent(t).x, width - 12), 6, 4, true);
        Color band = new Color(246, 246, 246);
        try {
            for (int lane = 0; lane < lanes.size(); lane++) {
                int y = geometry.lanesTop + lane * LANE_HEIGHT;
                if (lane % 2 == 0) {
                    gc.setBackground(band);
                    gc.fillRectangle(0, y, width, LANE_HEIGHT);
                }
                gc.drawText(LabelRows.fit(lanes.get(lane), t -> gc.textExtent(t).x, LABELS - 12), 6,
                        y + (LANE_HEIGHT - line) / 2, true);
            }
        } finally {
            band.dispose();
        }
        paintSteps(gc, geometry.steps);
        paintLabels(gc, geometry);
        int bottom = geometry.lanesTop + lanes.size() * LANE_HEIGHT + 2;
        int right = width - 16;
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(LABELS, bottom, right, bottom);
        PlotArea axis = new PlotArea(LABELS, bottom, Math.max(1, right - LABELS), 1);
        for (double tick : scale().ticks()) {
            int x = axis.x(scale(), tick);
            gc.drawLine(x, bottom, x, bottom + 4);
            String label = Units.compact(tick);
            int w = gc.textExtent(label).x;
            gc.drawText(label, Math.min(x - w / 2, width - w - 2), bottom + 6, true);
        }
        gc.drawText(unit, right - gc.textExtent(unit).x, bottom + 6 + line, true);
    }

    private void paintSteps(GC gc, List<Rectangle> bounds) {
        Rectangle previous = null;
        for (int i = 0; i < bounds.size(); i++) {
            Rectangle r = bounds.get(i);
            Color colour = new Color(getDisplay(), Palette.colour(steps.get(i).lane()));
            try {
                gc.setBackground(colour);
                gc.fillRectangle(r);
            } finally {
                colour.dispose();
            }
            if (previous != null && previous.y != r.y) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawLine(r.x, previous.y + previous.height / 2, r.x, r.y + r.height / 2);
            }
            previous = r;
        }
    }

    private void paintLabels(GC gc, Geometry geometry) {
        Color leader = new Color(170, 170, 170);
        try {
            for (LabelRows.Placed label : geometry.labels) {
                Rectangle text = labelBounds(geometry, label);
                Rectangle step = geometry.steps.get(label.index());
                gc.setForeground(leader);
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawLine(step.x, text.y + text.height - 1, step.x, step.y - 1);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(label.text(), text.x, text.y, true);
            }
        } finally {
            leader.dispose();
        }
    }
}
