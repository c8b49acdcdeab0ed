/**
 * A small chart library drawn with SWT's {@code GC} on a {@code Canvas} (GEF, Zest and SWTChart for Java 17 are
 * not on Maven Central): {@link org.vwb.charts.ui.LineChart} for figures over time with markers,
 * {@link org.vwb.charts.ui.BarChart} for figures side by side, {@link org.vwb.charts.ui.SequenceDiagram} for one
 * request across contexts. The charts have axes with units, a zero baseline on a linear scale or an honest
 * logarithmic one ({@link org.vwb.charts.ui.Scale}), a legend and tooltips; every text is laid out before it is
 * painted ({@link org.vwb.charts.ui.ChartText}, {@link org.vwb.charts.ui.LabelRows}) so that none overlaps
 * another. The geometry ({@link org.vwb.charts.ui.Scale}, {@link org.vwb.charts.ui.Units},
 * {@link org.vwb.charts.ui.PlotArea}, {@link org.vwb.charts.ui.LabelRows}) needs no display.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.vwb.charts.ui;
