package org.vwb.ui.internal.views;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The few widget idioms every part repeats: a push button with its action, a text column of a table viewer,
 * columns fitted to their contents or to the room, the whole text of a cut cell as its tooltip.
 */
public final class Widgets {

    /**
     * The narrowest a column is cut to when a table's columns do not fit: about ten characters, less shows too
     * little of a name to recognise it (estimate: reasoning), so the table scrolls sideways instead.
     */
    public static final int MINIMUM_COLUMN = 100;
    private static final String FILL_LAST = "org.vwb.ui.fillLast";

    private Widgets() {
    }

    public static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /**
     * Every column as wide as its widest cell or its header, whichever is wider (the table scrolls sideways
     * when they do not fit): nothing is cut.
     */
    public static void fitColumns(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    /**
     * The first columns as wide as their contents and the last one as wide as the room left (at least its
     * header), so a long text in it is cut at the table's edge instead of making the table scroll sideways;
     * {@link #fullTextTooltips} gives the whole text. Kept so when the table is resized.
     */
    public static void fitColumnsFillingLast(Table table) {
        TableColumn[] columns = table.getColumns();
        int used = 0;
        for (int i = 0; i < columns.length - 1; i++) {
            columns[i].pack();
            used += columns[i].getWidth();
        }
        TableColumn last = columns[columns.length - 1];
        last.pack();
        int header = last.getWidth();
        keepOnResize(table, () -> fitColumnsFillingLast(table));
        int room = table.getClientArea().width - used;
        last.setWidth(Math.max(Math.min(header, 120), room));
    }

    /**
     * Every column as wide as its contents and header when they all fit, the room left over going to the last
     * column. When they do not fit, the widest columns are cut to one common width, as little as fits them all in
     * the room (never below {@code minimum} pixels; below that the table scrolls sideways), so a short column is
     * never cut for a long one's sake; {@link #fullTextTooltips} gives a cut cell's whole text. Kept so when the
     * table is resized; call it again when the contents change.
     */
    public static void fitColumnsToContents(Table table, int minimum) {
        TableColumn[] columns = table.getColumns();
        if (columns.length == 0) {
            return;
        }
        int[] widths = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            columns[i].pack();
            widths[i] = columns[i].getWidth();
        }
        int room = table.getClientArea().width;
        int cap = ColumnWidths.commonCap(widths, room, minimum);
        int used = 0;
        for (int i = 0; i < columns.length - 1; i++) {
            columns[i].setWidth(Math.min(widths[i], cap));
            used += columns[i].getWidth();
        }
        int last = widths[columns.length - 1];
        columns[columns.length - 1].setWidth(Math.max(Math.min(last, cap), room - used));
        keepOnResize(table, () -> fitColumnsToContents(table, minimum));
    }

    private static void keepOnResize(Table table, Runnable fit) {
        if (table.getData(FILL_LAST) == null) {
            table.setData(FILL_LAST, Boolean.TRUE);
            table.addListener(SWT.Resize, e -> fit.run());
        }
    }

    /** Hovering a cell whose text is cut shows the whole text as the table's tooltip. */
    public static void fullTextTooltips(Table table) {
        table.addListener(SWT.MouseMove, e -> {
            String tip = cutTextAt(table, e.x, e.y);
            if (!Objects.equals(tip, table.getToolTipText())) {
                table.setToolTipText(tip);
            }
        });
        table.addListener(SWT.MouseExit, e -> table.setToolTipText(null));
    }

    /** The whole text of the cell at {@code (x, y)} when it is wider than the cell, else null. */
    public static String cutTextAt(Table table, int x, int y) {
        TableItem item = table.getItem(new Point(x, y));
        if (item == null) {
            return null;
        }
        for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
            Rectangle cell = item.getBounds(c);
            if (cell.contains(x, y)) {
                String text = item.getText(c);
                GC gc = new GC(table);
                try {
                    // GTK pads a cell's text by 2 pixels on each side: a wider text is drawn cut
                    return gc.textExtent(text).x > cell.width - 4 ? text : null;
                } finally {
                    gc.dispose();
                }
            }
        }
        return null;
    }

    /** A column whose cells are {@code text} of the row (rows of type {@code T}). */
    public static <T> TableViewerColumn column(TableViewer table, String title, int width, Class<T> rowType,
            Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return text.apply(rowType.cast(row));
            }
        });
        return column;
    }
}
