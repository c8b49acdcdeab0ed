package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * One request as a sequence across lanes (contexts): each step is a bar in its lane whose width is proportional
 * to its weight (cycles), one after the other from left to right, with a connector where control moves to
 * another lane. Two diagrams side by side compare honestly when given the same {@link #setScaleMaximum}.
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
    private static final int TOP = 26;

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
        Scale scale = Scale.linear(0, scaleMaximum > 0 ? scaleMaximum : Math.max(1, totalWeight()));
        PlotArea area = plotArea();
        List<Rectangle> bounds = new ArrayList<>();
        double at = 0;
        for (Step step : steps) {
            int x0 = area.x(scale, at);
            at += step.weight();
            int x1 = Math.max(x0 + 2, area.x(scale, at));
            bounds.add(new Rectangle(x0, TOP + step.lane() * LANE_HEIGHT + 6, x1 - x0, LANE_HEIGHT - 12));
        }
        return bounds;
    }

    public String tooltipAt(int x, int y) {
        List<Rectangle> bounds = stepBounds();
        for (int i = 0; i < bounds.size(); i++) {
            Rectangle r = bounds.get(i);
            if (x >= r.x - 1 && x <= r.x + r.width + 1 && y >= r.y && y <= r.y + r.height) {
                Step step = steps.get(i);
                return lanes.get(step.lane()) + ": " + step.label() + ", " + Units.withUnit(step.weight(), unit)
                        + (step.detail().isEmpty() ? "" : "\n" + step.detail());
            }
        }
        return null;
    }

    private PlotArea plotArea() {
        int width = getSize().x;
        return new PlotArea(LABELS, TOP, Math.max(1, width - LABELS - 16), lanes.size() * LANE_HEIGHT);
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        PlotArea area = plotArea();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title, 6, 4, true);
        Color band = new Color(246, 246, 246);
        try {
            for (int lane = 0; lane < lanes.size(); lane++) {
                int y = TOP + lane * LANE_HEIGHT;
                if (lane % 2 == 0) {
                    gc.setBackground(band);
                    gc.fillRectangle(0, y, getSize().x, LANE_HEIGHT);
                }
                gc.drawText(lanes.get(lane), 6, y + 7, true);
            }
        } finally {
            band.dispose();
        }
        List<Rectangle> bounds = stepBounds();
        Rectangle previous = null;
        int labelsEnd = Integer.MIN_VALUE;
        for (int i = 0; i < bounds.size(); i++) {
            Rectangle r = bounds.get(i);
            Step step = steps.get(i);
            Color colour = new Color(getDisplay(), Palette.colour(step.lane()));
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
            // an emphasised step is labelled where its label does not run into the previous one (the tooltip
            // names every step)
            if (step.emphasised() && r.x > labelsEnd) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.drawText(step.detail(), r.x, r.y - 14 >= TOP ? r.y - 14 : r.y + r.height, true);
                labelsEnd = r.x + gc.textExtent(step.detail()).x + 6;
            }
            previous = r;
        }
        Scale scale = Scale.linear(0, scaleMaximum > 0 ? scaleMaximum : Math.max(1, totalWeight()));
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(area.left(), area.bottom() + 2, area.right(), area.bottom() + 2);
        for (double tick : scale.ticks()) {
            int x = area.x(scale, tick);
            gc.drawLine(x, area.bottom() + 2, x, area.bottom() + 6);
            String label = Units.compact(tick);
            int width = gc.textExtent(label).x;
            gc.drawText(label, Math.min(x - width / 2, getSize().x - width - 2), area.bottom() + 8, true);
        }
        gc.drawText(unit, area.right() - gc.textExtent(unit).x, area.bottom() + 24, true);
    }
}
