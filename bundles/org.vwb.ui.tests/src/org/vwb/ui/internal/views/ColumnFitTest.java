package org.vwb.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Table columns laid out to their contents: whole when the room allows (as wide as GTK's own measure of their
 * header and cells, {@code pack()}), the rest to the last column; when it does not, only the widest are cut, to
 * one width, and the table does not scroll sideways.
 */
class ColumnFitTest {

    private static final String LONG = "Microsoft Windows Server 2008 Hyper-V, parent partition with VMBus synthetic"
            + " devices and the legacy emulated ones";

    private Shell shell;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void theWidestColumnsShareWhatIsLeftEquallyAndNarrowOnesKeepTheirWidth() {
        assertEquals(Integer.MAX_VALUE, ColumnWidths.commonCap(new int[] { 100, 200 }, 300, 50), "they fit");
        assertEquals(150, ColumnWidths.commonCap(new int[] { 100, 200, 400 }, 400, 50));
        assertEquals(100, ColumnWidths.commonCap(new int[] { 300, 300 }, 200, 50));
        assertEquals(80, ColumnWidths.commonCap(new int[] { 300, 300 }, 100, 80), "never below the minimum");
    }

    @Test
    void withRoomEveryCellIsWholeAndTheLastColumnTakesTheRest() {
        Table table = table(1200, "vendor", "esxi-3.5", "hyperv-2008");
        int[] packed = packed(table);
        fit(table);
        assertWhole(table, packed, 0, 1, 2);
        int[] widths = widths(table);
        assertEquals(table.getClientArea().width, Arrays.stream(widths).sum(), "the last column reaches the edge");
    }

    @Test
    void withoutRoomOnlyTheLongColumnIsCutAndItsCellsSayTheWholeText() {
        Table table = table(420, "vendor", LONG, "short");
        int[] packed = packed(table);
        fit(table);
        assertWhole(table, packed, 0, 2);
        assertTrue(table.getColumn(1).getWidth() < packed[1], "the long column is cut");
        assertEquals(table.getClientArea().width, Arrays.stream(widths(table)).sum(), "no sideways scrolling");
    }

    @Test
    void aResizedTableLaysItsColumnsOutAgain() {
        Table table = table(420, "vendor", LONG, "short");
        int[] packed = packed(table);
        fit(table);
        shell.setSize(1600, 300);
        flush();
        assertWhole(table, packed, 0, 1, 2);
    }

    /** A table of two rows in a shell {@code width} pixels wide: a short row label, then the given cells. */
    private Table table(int width, String... cells) {
        shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        for (int c = 0; c < cells.length; c++) {
            new TableColumn(table, SWT.NONE).setText(c == 0 ? "" : "column " + c);
        }
        new TableItem(table, SWT.NONE).setText(cells);
        new TableItem(table, SWT.NONE).setText(Arrays.stream(cells).map(c -> c.substring(0, c.length() / 2))
                .toArray(String[]::new));
        shell.setSize(width, 300);
        shell.open();
        flush();
        return table;
    }

    private void fit(Table table) {
        Widgets.fitColumnsToContents(table, Widgets.MINIMUM_COLUMN);
        flush();
    }

    /** Runs the pending events: GTK gives a widget its final size only from the event loop. */
    private void flush() {
        shell.layout(true, true);
        while (shell.getDisplay().readAndDispatch()) {
            // lay out and paint
        }
    }

    /** The widths GTK gives the columns for their header and cells. */
    private static int[] packed(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return widths(table);
    }

    private static void assertWhole(Table table, int[] packed, int... columns) {
        for (int c : columns) {
            assertTrue(table.getColumn(c).getWidth() >= packed[c], "column " + c + " is "
                    + table.getColumn(c).getWidth() + " px, its contents " + packed[c] + " px");
        }
    }

    private static int[] widths(Table table) {
        return Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).toArray();
    }
}
