package org.vwb.charts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The legend of a chart, in rows of its own below the x axis, never inside the plot where it would cover data:
 * entries (a colour swatch and the series' name) flow left to right and wrap to the next row; an entry wider than
 * a whole row is cut with an ellipsis. The plot shrinks by the rows the legend takes. No display needed: text
 * widths come from the caller.
 */
final class Legend {

    /** Room left of an entry's text for its swatch. */
    static final int SWATCH = 14;
    /** Space between two entries of one row. */
    static final int GAP = 12;
    /** Where the first entry's text starts (its swatch is left of it). */
    static final int INDENT = 4 + SWATCH;

    /**
     * One entry where it is drawn.
     *
     * @param text what is drawn: the name, or its beginning and an ellipsis
     * @param x    left edge of the text (the swatch is {@link #SWATCH} pixels left of it)
     * @param row  0 for the row nearest the plot
     */
    record Entry(String text, int x, int row) {
    }

    private Legend() {
    }

    /** The entries for {@code names} in a canvas {@code width} pixels wide, each text measured by {@code width}. */
    static List<Entry> flow(List<String> names, ToIntFunction<String> measure, int width) {
        int room = Math.max(1, width - INDENT - 4);
        List<Entry> entries = new ArrayList<>();
        int x = INDENT;
        int row = 0;
        for (String name : names) {
            String text = LabelRows.fit(name, measure, room);
            int w = measure.applyAsInt(text);
            if (x > INDENT && x + w > width - 4) {
                row++;
                x = INDENT;
            }
            entries.add(new Entry(text, x, row));
            x += w + GAP + SWATCH;
        }
        return entries;
    }

    /** How many rows {@link #flow} takes: 0 without series. */
    static int rows(List<String> names, ToIntFunction<String> measure, int width) {
        List<Entry> entries = flow(names, measure, width);
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).row() + 1;
    }
}
