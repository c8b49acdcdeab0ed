package org.vwb.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.vwb.ui.internal.views.TopologyLayout.Box;
import org.vwb.ui.internal.views.TopologyLayout.Link;

/**
 * Orthogonal routes for the topology's links, kept off every text and every box a link does not connect. The
 * diagram has free lanes by construction: the corridors above and below the row of columns, the gutters between
 * columns, and two lanes inside each column beside its chips. The outer lane (nearest the border) passes beside
 * the column's title and detail, which start further in, so routes to and from the hypervisor above use it; the
 * inner lane runs only below the title, from a chip down to the lower corridor (left side) or up from it into a
 * chip (right side), so a column's outgoing and incoming lines never share a lane. A line into a driver the
 * hypervisor runs goes up a column's right outer lane and across the upper corridor into the driver's bottom edge. A route enters or leaves a chip
 * through the middle of its side edge, the hypervisor through its bottom edge and a host device through its top
 * edge, never across a text. Lines that share a lane and a direction merge like a bus; each link through a
 * corridor gets its own height there so that different links stay apart.
 */
final class TopologyRoutes {

    /** How far in from a column's border its chips start. */
    static final int CHIP_INSET = 12;
    /** The outer lane, from a column's border: clear of its texts, which start 6 px in. */
    private static final int OUTER_LANE = 3;
    /** The inner lane: clear of the chips, not of the title row. */
    private static final int INNER_LANE = 8;
    private static final int LANE_STEP = 5;

    private final Box hypervisor;
    private final Map<Box, Box> containers;
    private final int[] gutters;
    private final int upper;
    private final int lower;
    private final int lanes;
    private int next;

    /**
     * @param containers the column (or the hypervisor) each chip sits in
     * @param gutters    the x of each gap between columns, and left and right of them all
     * @param upper      the top of the corridor under the hypervisor
     * @param lower      the top of the corridor under the columns
     * @param corridor   the height of a corridor
     */
    TopologyRoutes(Box hypervisor, Map<Box, Box> containers, int[] gutters, int upper, int lower, int corridor) {
        this.hypervisor = hypervisor;
        this.containers = containers;
        this.gutters = gutters;
        this.upper = upper;
        this.lower = lower;
        this.lanes = Math.max(1, (corridor - 2 * LANE_STEP) / LANE_STEP + 1);
    }

    /** The points a link's line goes through, from its source's edge to its target's. */
    List<Point> route(Link link) {
        Box from = link.from();
        Box to = link.to();
        Rectangle h = hypervisor.bounds();
        int hypervisorBottom = h.y + h.height;
        Box fromColumn = containers.get(from);
        Box toColumn = containers.get(to);
        List<Point> points = new ArrayList<>();
        if (to == hypervisor && fromColumn != null && fromColumn != hypervisor) {
            // straight up the outer lane into the hypervisor's bottom edge
            int x = fromColumn.bounds().x + OUTER_LANE;
            points.add(leftMiddle(from));
            points.add(new Point(x, middle(from)));
            points.add(new Point(x, hypervisorBottom));
            return points;
        }
        if (toColumn == hypervisor && fromColumn != null) {
            // into a driver the hypervisor runs: up the right outer lane, across under the hypervisor, up into it
            int x = fromColumn.bounds().x + fromColumn.bounds().width - OUTER_LANE;
            int across = upper + LANE_STEP + (next++ % lanes) * LANE_STEP;
            // beside the middle, where the driver's own line to its device leaves
            int entry = to.bounds().x + 3 * to.bounds().width / 4;
            points.add(rightMiddle(from));
            points.add(new Point(x, middle(from)));
            points.add(new Point(x, across));
            points.add(new Point(entry, across));
            points.add(new Point(entry, to.bounds().y + to.bounds().height));
            return points;
        }
        int lane = lower + LANE_STEP + (next++ % lanes) * LANE_STEP;
        if (from == hypervisor && toColumn != null) {
            // down the column's right outer lane, into the chip's right edge
            int x = toColumn.bounds().x + toColumn.bounds().width - OUTER_LANE;
            points.add(new Point(x, hypervisorBottom));
            points.add(new Point(x, middle(to)));
            points.add(rightMiddle(to));
            return points;
        }
        int target = toColumn == null ? centre(to) : toColumn.bounds().x + toColumn.bounds().width - INNER_LANE;
        if (from == hypervisor) {
            int x = gutterNear(target);
            points.add(new Point(x, hypervisorBottom));
            points.add(new Point(x, lane));
        } else if (fromColumn == hypervisor) {
            // a driver inside the hypervisor: down out of it, across to a gutter, down between the columns
            int x = gutterNear(centre(from));
            int across = upper + LANE_STEP + (next % lanes) * LANE_STEP;
            points.add(new Point(centre(from), from.bounds().y + from.bounds().height));
            points.add(new Point(centre(from), across));
            points.add(new Point(x, across));
            points.add(new Point(x, lane));
        } else {
            int x = fromColumn.bounds().x + INNER_LANE;
            points.add(leftMiddle(from));
            points.add(new Point(x, middle(from)));
            points.add(new Point(x, lane));
        }
        points.add(new Point(target, lane));
        if (toColumn == null) {
            points.add(new Point(target, to.bounds().y));
        } else {
            points.add(new Point(target, middle(to)));
            points.add(rightMiddle(to));
        }
        return points;
    }

    private int gutterNear(int x) {
        int best = gutters[0];
        for (int gutter : gutters) {
            // the outermost gutters lie beside the hypervisor, not under it: a line from it takes an inner one
            boolean inner = gutter > hypervisor.bounds().x && gutter < hypervisor.bounds().x + hypervisor.bounds().width;
            boolean bestInner = best > hypervisor.bounds().x && best < hypervisor.bounds().x + hypervisor.bounds().width;
            if (inner && !bestInner || inner == bestInner && Math.abs(gutter - x) < Math.abs(best - x)) {
                best = gutter;
            }
        }
        return best;
    }

    private static int middle(Box box) {
        return box.bounds().y + box.bounds().height / 2;
    }

    private static int centre(Box box) {
        return box.bounds().x + box.bounds().width / 2;
    }

    private static Point leftMiddle(Box box) {
        return new Point(box.bounds().x, middle(box));
    }

    private static Point rightMiddle(Box box) {
        return new Point(box.bounds().x + box.bounds().width, middle(box));
    }
}
