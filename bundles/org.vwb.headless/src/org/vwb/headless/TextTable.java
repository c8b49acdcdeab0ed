package org.vwb.headless;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * A plain-text table for the terminal: a header row, columns two spaces apart, text columns aligned left and
 * the others (figures) right, so digits line up. Cells are escaped ({@link TerminalText}): a name holding a
 * newline or a control character cannot break a row or reach the terminal raw. Commands of other bundles use it
 * too ({@code vwb calibration}), so every table of the command line reads the same.
 */
public final class TextTable {

    private final List<String> header;
    private final boolean[] leftAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param leftColumns how many leading columns hold text (aligned left); the rest are right-aligned */
    public TextTable(int leftColumns, String... header) {
        this.header = Arrays.stream(header).map(TerminalText::escape).toList();
        this.leftAligned = new boolean[header.length];
        Arrays.fill(leftAligned, 0, Math.min(leftColumns, header.length), true);
    }

    /** Aligns these columns (0-based) left too: a text column after the figures, such as a verdict or a source. */
    public TextTable alignLeft(int... columns) {
        for (int column : columns) {
            leftAligned[column] = true;
        }
        return this;
    }

    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).map(TerminalText::escape).toList());
        return this;
    }

    @Override
    public String toString() {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>(rows);
        all.add(0, header);
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(leftAligned[i] ? cell + pad : pad + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
