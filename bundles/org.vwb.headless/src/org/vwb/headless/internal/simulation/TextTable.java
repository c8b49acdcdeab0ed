package org.vwb.headless.internal.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vwb.headless.TerminalText;

/**
 * A plain-text table for the terminal: a header row, columns two spaces apart, text columns aligned left and
 * the others (figures) right, so digits line up. Cells are escaped ({@link TerminalText}): a name holding a
 * newline or a control character cannot break a row or reach the terminal raw.
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
