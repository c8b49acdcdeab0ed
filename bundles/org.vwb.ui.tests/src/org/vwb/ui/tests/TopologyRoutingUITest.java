package org.vwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vwb.model.Configuration;
import org.vwb.testing.Examples;
import org.vwb.ui.PartIds;
import org.vwb.ui.internal.editor.ConfigurationEditorPart;
import org.vwb.ui.internal.views.TopologyCanvas;
import org.vwb.ui.internal.views.TopologyLayout;
import org.vwb.ui.internal.views.TopologyPart;

/**
 * The topology's lines on the seed example's configurations (ESXi with drivers in the hypervisor, Hyper-V with
 * them in the parent partition): each runs in horizontal and vertical segments from its source's edge to its
 * target's, and crosses no text of any box, and no box but the two it connects and the columns that hold them.
 */
class TopologyRoutingUITest {

    /** Half the widest line (2 px): a segment covers this much on each side of its path. */
    private static final int HALF_LINE = 1;

    private final Workbench workbench = new Workbench();
    private List<Configuration> configurations;

    @BeforeEach
    void openTheSeedsConfigurations() {
        workbench.show(PartIds.EDITOR, ConfigurationEditorPart.class);
        configurations = workbench.open(Examples.path("seed/esx-vs-hyperv.vwb")).configurations();
    }

    @Test
    void noLineCrossesATextOrABoxItDoesNotConnect() {
        for (Configuration configuration : configurations) {
            TopologyCanvas canvas = show(configuration);
            TopologyLayout layout = canvas.diagram();
            assertFalse(layout.routes().isEmpty(), configuration.getName() + " has links");
            for (TopologyLayout.Route route : layout.routes()) {
                TopologyLayout.Link link = route.link();
                Set<TopologyLayout.Box> connected = new java.util.HashSet<>(List.of(link.from(), link.to()));
                connected.add(layout.containerOf(link.from()));
                connected.add(layout.containerOf(link.to()));
                for (Rectangle segment : segments(route)) {
                    for (TopologyLayout.Box box : layout.boxes()) {
                        String where = configuration.getName() + ": the line " + describe(link) + " at " + segment;
                        for (Rectangle label : canvas.labelBounds(box)) {
                            assertFalse(segment.intersects(label), where + " crosses the text of " + box.label());
                        }
                        if (!connected.contains(box)) {
                            assertFalse(segment.intersects(box.bounds()), where + " crosses " + box.label());
                        }
                    }
                }
            }
        }
    }

    @Test
    void everyLineLeavesItsSourceAndReachesItsTargetOnTheirEdgesInStraightSegments() {
        for (Configuration configuration : configurations) {
            TopologyLayout layout = show(configuration).diagram();
            for (TopologyLayout.Route route : layout.routes()) {
                List<Point> points = route.points();
                String what = configuration.getName() + ": " + describe(route.link()) + " " + points;
                assertTrue(onEdge(points.get(0), route.link().from().bounds()), what + " starts on its source");
                assertTrue(onEdge(points.get(points.size() - 1), route.link().to().bounds()), what + " ends on its target");
                for (int i = 1; i < points.size(); i++) {
                    Point a = points.get(i - 1);
                    Point b = points.get(i);
                    assertTrue(a.x == b.x || a.y == b.y, what + ": segment " + i + " is neither level nor upright");
                }
            }
        }
    }

    private TopologyCanvas show(Configuration configuration) {
        workbench.show(PartIds.EDITOR, ConfigurationEditorPart.class).reveal(configuration);
        TopologyPart topology = workbench.show(PartIds.TOPOLOGY, TopologyPart.class);
        workbench.flush();
        TopologyCanvas canvas = topology.canvas();
        assertEquals(configuration.getHypervisor(), canvas.diagram().boxes().get(0).element(),
                "the topology shows " + configuration.getName());
        return canvas;
    }

    /** Each segment of a route as the rectangle of pixels its line covers, without the end points' own pixels. */
    private static List<Rectangle> segments(TopologyLayout.Route route) {
        List<Point> points = route.points();
        List<Rectangle> segments = new java.util.ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            Rectangle covered = new Rectangle(Math.min(a.x, b.x) - HALF_LINE, Math.min(a.y, b.y) - HALF_LINE,
                    Math.abs(a.x - b.x) + 2 * HALF_LINE, Math.abs(a.y - b.y) + 2 * HALF_LINE);
            segments.add(covered);
        }
        return segments;
    }

    private static boolean onEdge(Point p, Rectangle r) {
        boolean withinX = p.x >= r.x && p.x <= r.x + r.width;
        boolean withinY = p.y >= r.y && p.y <= r.y + r.height;
        return withinY && (p.x == r.x || p.x == r.x + r.width) || withinX && (p.y == r.y || p.y == r.y + r.height);
    }

    private static String describe(TopologyLayout.Link link) {
        return link.style() + " " + link.from().label() + " -> " + link.to().label();
    }
}
