package org.vwb.ui.internal.views;

import java.util.Arrays;

/** The arithmetic of fitting table columns into a width, apart from the widgets so that it can be reasoned about. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * The largest width {@code cap} such that the columns, each cut to at most {@code cap}, fit in {@code room}
     * ({@code Integer.MAX_VALUE} when they fit uncut); never below {@code minimum}. Cutting only the widest columns,
     * all to the same width, cuts the least text: a narrow column keeps all of its own.
     */
    static int commonCap(int[] widths, int room, int minimum) {
        int[] sorted = widths.clone();
        Arrays.sort(sorted);
        int left = room;
        for (int i = 0; i < sorted.length; i++) {
            int sharing = sorted.length - i;
            // columns from i on share what is left equally, unless the narrowest of them needs less
            if ((long) sorted[i] * sharing > left) {
                return Math.max(minimum, left / sharing);
            }
            left -= sorted[i];
        }
        return Integer.MAX_VALUE;
    }
}
