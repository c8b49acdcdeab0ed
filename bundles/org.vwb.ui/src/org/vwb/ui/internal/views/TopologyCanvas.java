package org.vwb.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.vwb.charts.ui.LabelRows;
import org.vwb.charts.ui.Palette;
import org.vwb.core.StaticFigures;
import org.vwb.model.Configuration;
import org.vwb.model.Partition;
import org.vwb.model.VirtualMachine;

/** Paints a {@link TopologyLayout}, with the contexts and VMs a fault takes down filled in red. */
public final class TopologyCanvas extends Canvas {

    private Configuration configuration;
    private StaticFigures.BlastRadius radius;
    private TopologyLayout layout;
    private int width = 800;

    TopologyCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED);
        setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseMove, e -> {
            String tip = null;
            if (layout != null) {
                for (TopologyLayout.Box box : layout.boxes()) {
                    if (box.bounds().contains(e.x, e.y)) {
                        tip = box.label() + (box.detail().isEmpty() ? "" : ": " + box.detail());
                    }
                }
            }
            setToolTipText(tip);
        });
    }

    void setWidth(int width) {
        this.width = Math.max(600, width);
        show(configuration, radius);
    }

    int preferredHeight() {
        return layout == null ? 200 : layout.height();
    }

    /** The layout drawn now (null when no configuration is shown). */
    public TopologyLayout diagram() {
        return layout;
    }

    /** The blast radius highlighted now, or null. */
    public StaticFigures.BlastRadius radius() {
        return radius;
    }

    /** Whether a box is highlighted as inside the current blast radius. */
    public boolean inBlastRadius(TopologyLayout.Box box) {
        if (radius == null) {
            return false;
        }
        if (radius.hypervisorFalls()) {
            return true;
        }
        if (box.element() instanceof VirtualMachine vm) {
            return radius.vmsAffected().contains(vm.getName());
        }
        if (box.element() instanceof Partition partition) {
            return radius.contextsDown().stream().anyMatch(c -> c.contains(partition.getName()));
        }
        return false;
    }

    void show(Configuration configuration, StaticFigures.BlastRadius radius) {
        this.configuration = configuration;
        this.radius = radius;
        this.layout = configuration == null || configuration.getHypervisor() == null ? null
                : new TopologyLayout(configuration, width);
        redraw();
    }

    /**
     * Where a box's texts are drawn (name, and detail unless it is a chip), each filled with the box's colour
     * over the channel lines that cross it.
     */
    public List<Rectangle> labelBounds(TopologyLayout.Box box) {
        GC gc = new GC(this);
        try {
            return labels(gc, box).stream().map(Label::bounds).toList();
        } finally {
            gc.dispose();
        }
    }

    private record Label(String text, Rectangle bounds, boolean muted) {
    }

    /** A name or detail wider than its box is cut with an ellipsis rather than run into the next box. */
    private static List<Label> labels(GC gc, TopologyLayout.Box box) {
        Rectangle r = box.bounds();
        List<Label> labels = new ArrayList<>();
        String name = LabelRows.fit(box.label(), t -> gc.textExtent(t).x, r.width - 12);
        Point size = gc.textExtent(name);
        labels.add(new Label(name, new Rectangle(r.x + 6, r.y + 3, size.x, size.y), false));
        if (!box.chip() && !box.detail().isEmpty()) {
            String detail = LabelRows.fit(box.detail(), t -> gc.textExtent(t).x, r.width - 12);
            size = gc.textExtent(detail);
            labels.add(new Label(detail, new Rectangle(r.x + 6, r.y + 17, size.x, size.y), true));
        }
        return labels;
    }

    private void paint(GC gc) {
        if (layout == null) {
            return;
        }
        gc.setAntialias(SWT.ON);
        Color red = new Color(255, 214, 204);
        Color chipFill = new Color(240, 244, 250);
        try {
            for (TopologyLayout.Box box : layout.boxes()) {
                Rectangle r = box.bounds();
                gc.setBackground(fill(box, red, chipFill));
                gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
            }
            paintLinks(gc, layout.routes());
            // the texts last, each on its box's colour (the routes keep off them; this keeps them legible if not)
            for (TopologyLayout.Box box : layout.boxes()) {
                gc.setBackground(fill(box, red, chipFill));
                for (Label label : labels(gc, box)) {
                    gc.setForeground(getDisplay().getSystemColor(label.muted() ? SWT.COLOR_DARK_GRAY : SWT.COLOR_BLACK));
                    gc.drawText(label.text(), label.bounds().x, label.bounds().y, false);
                }
            }
        } finally {
            red.dispose();
            chipFill.dispose();
        }
        if (radius != null) {
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            gc.drawText("Blast radius of " + radius.driver() + " (" + radius.device() + "): "
                    + (radius.hypervisorFalls() ? "the whole host" : String.join(", ", radius.contextsDown())
                            + "; VMs " + String.join(", ", radius.vmsAffected())),
                    12, layout.height() - 6, true);
        }
    }

    private Color fill(TopologyLayout.Box box, Color red, Color chipFill) {
        return inBlastRadius(box) ? red : box.chip() ? chipFill : getDisplay().getSystemColor(SWT.COLOR_WHITE);
    }

    private void paintLinks(GC gc, List<TopologyLayout.Route> routes) {
        for (TopologyLayout.Route route : routes) {
            TopologyLayout.Style style = route.link().style();
            Color colour = new Color(getDisplay(), switch (style) {
                case SYNTHETIC -> Palette.colour(0);
                case EMULATED -> Palette.colour(5);
                case PASSTHROUGH -> Palette.colour(2);
                case DRIVER -> new org.eclipse.swt.graphics.RGB(150, 150, 150);
            });
            try {
                gc.setForeground(colour);
                gc.setLineWidth(style == TopologyLayout.Style.DRIVER ? 1 : 2);
                gc.setLineStyle(switch (style) {
                    case EMULATED -> SWT.LINE_DASH;
                    case PASSTHROUGH -> SWT.LINE_DOT;
                    default -> SWT.LINE_SOLID;
                });
                gc.drawPolyline(route.points().stream().flatMapToInt(p -> java.util.stream.IntStream.of(p.x, p.y))
                        .toArray());
            } finally {
                colour.dispose();
            }
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }
}
