package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Lays out labels in rows above the things they name, each with a vertical leader line down to its anchor, so
 * that no two labels overlap and no leader line runs through another label: a label starts at its anchor (moved
 * left only as far as the right edge needs) and takes the lowest row where it is clear of the labels there, its
 * leader clear of the labels below it, and no leader from above runs through it. A label wider than the widest
 * allowed is cut with an ellipsis; one that finds no row is left out (the caller's tooltip names it). No display
 * needed: text widths come from the caller (e.g. {@code GC.textExtent}).
 */
public final class LabelRows {

    /** Space kept between two labels of one row, in pixels. */
    public static final int GAP = 8;
    private static final String ELLIPSIS = "\u2026";

    /**
     * A label where it is drawn.
     *
     * @param index  which label (the position in the list given)
     * @param text   what is drawn: the label, or its beginning and an ellipsis
     * @param x      left edge
     * @param row    0 for the row nearest the anchors
     * @param width  drawn width
     * @param anchor the x the label names, where its leader line goes
     */
    public record Placed(int index, String text, int x, int row, int width, int anchor) {

        public boolean cut() {
            return text.endsWith(ELLIPSIS);
        }
    }

    private LabelRows() {
    }

    /**
     * Places {@code labels} named at {@code anchors} (same order) between {@code left} and {@code right}, in at
     * most {@code rows} rows, none wider than {@code widest}; returns those placed, in the order given. Labels
     * are placed from the right, so that where they crowd they stair up to the left and every leader line
     * passes left of the labels below it.
     */
    public static List<Placed> place(List<String> labels, int[] anchors, ToIntFunction<String> width, int left,
            int right, int rows, int widest) {
        int limit = Math.max(1, Math.min(widest, right - left));
        List<Placed> placed = new ArrayList<>();
        for (int i = labels.size() - 1; i >= 0; i--) {
            String text = fit(labels.get(i), width, limit);
            int w = width.applyAsInt(text);
            int x = Math.max(left, Math.min(anchors[i], right - w));
            for (int row = 0; row < rows; row++) {
                if (clear(placed, x, w, row, anchors[i])) {
                    placed.add(new Placed(i, text, x, row, w, anchors[i]));
                    break;
                }
            }
        }
        placed.sort(java.util.Comparator.comparingInt(Placed::index));
        return placed;
    }

    /** How many rows the labels take when there are as many as they need (up to {@code rows}). */
    public static int rowsUsed(List<Placed> placed) {
        return placed.stream().mapToInt(Placed::row).max().orElse(-1) + 1;
    }

    /** The text, or as much of its beginning as fits in {@code limit} pixels with an ellipsis. */
    public static String fit(String text, ToIntFunction<String> width, int limit) {
        if (width.applyAsInt(text) <= limit) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width.applyAsInt(text.substring(0, end).stripTrailing() + ELLIPSIS) > limit) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Whether a label at {@code x..x+w} in {@code row} with its leader at {@code anchor} meets nothing placed. */
    private static boolean clear(List<Placed> placed, int x, int w, int row, int anchor) {
        for (Placed p : placed) {
            if (p.row() == row && x < p.x() + p.width() + GAP && p.x() < x + w + GAP) {
                return false; // the two texts would touch
            }
            if (p.row() < row && anchor >= p.x() - 2 && anchor <= p.x() + p.width() + 2) {
                return false; // this label's leader would run through p
            }
            if (p.row() > row && p.anchor() >= x - 2 && p.anchor() <= x + w + 2) {
                return false; // p's leader would run through this label
            }
        }
        return true;
    }
}
