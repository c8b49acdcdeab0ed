package org.vwb.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * The few widget idioms every part repeats: a push button with its action, a text column of a table viewer,
 * columns fitted to their contents.
 */
public final class Widgets {

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
