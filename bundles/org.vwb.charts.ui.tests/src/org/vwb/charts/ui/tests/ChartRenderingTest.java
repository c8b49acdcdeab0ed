package org.vwb.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.vwb.charts.ui.BarChart;
import org.vwb.charts.ui.ChartText;
import org.vwb.charts.ui.LineChart;
import org.vwb.charts.ui.Marker;
import org.vwb.charts.ui.Palette;
import org.vwb.charts.ui.PlotArea;
import org.vwb.charts.ui.Series;
import org.vwb.testing.ui.Snapshots;

/**
 * The charts on a real display (Xvfb in CI): bars and lines are painted where the scales say, tooltips name
 * what is under the mouse. Without a display these tests fail rather than pass silently.
 */
class ChartRenderingTest extends OnDisplay {

    @Test
    void aBarRisesFromTheZeroBaselineToItsValueAndItsTooltipSaysWhat() {
        BarChart chart = new BarChart(shell, 0);
        chart.setValueUnit("exits/request");
        chart.setCategories(List.of("esxi-3.5", "hyperv-2008"));
        chart.setSeries(List.of(Series.bars("net0", 1, 5)));
        shell.open();
        PlotArea area = chart.plotArea();
        Rectangle small = chart.bar(0, 0);
        Rectangle large = chart.bar(1, 0);
        assertEquals(area.y(chart.valueScale(), 0), small.y + small.height, "bars stand on zero");
        assertTrue(large.height > 4 * small.height, "5 is drawn about five times as tall as 1");
        assertEquals("hyperv-2008, net0: 5 exits/request", chart.tooltipAt(large.x + 1, large.y + 1));
        assertNull(chart.tooltipAt(area.left() + 1, area.top() + 1), "no tooltip over empty space");

        ImageData pixels = Snapshots.of(chart);
        int colour = pixels.getPixel(large.x + large.width / 2, large.y + large.height / 2);
        assertEquals(Palette.colour(0), pixels.palette.getRGB(colour), "the bar is painted in its series colour");
    }

    @Test
    void aLineChartShowsItsMarkersWithTheirOutcome() {
        LineChart chart = new LineChart(shell, 0);
        chart.setValueUnit("req/s");
        chart.setSeries(List.of(new Series("throughput", new double[] { 0, 1, 2, 3 }, new double[] { 10, 20, 20, 30 })));
        chart.setMarkers(List.of(new Marker(1.5, "legacy-vm/net0: dec21140 -> netvsc applied", true)));
        shell.open();
        PlotArea area = chart.plotArea();
        int x = area.x(chart.timeScale(), 1.5);
        assertEquals("legacy-vm/net0: dec21140 -> netvsc applied", chart.tooltipAt(x, area.top() + area.height() / 2));
        ImageData pixels = Snapshots.of(chart);
        assertNotEquals(pixels.getPixel(area.left() + 1, area.top() + 1), pixels.getPixel(x, area.top() + 10),
                "the marker's line is drawn");
    }

    @Test
    void newDataIsDrawnInPlaceOfTheOldAndAMovedTimeAxisRelabelsIt() {
        LineChart chart = new LineChart(shell, 0);
        chart.setValueUnit("req/s");
        chart.setTimeUnit("s simulated");
        chart.setSeries(List.of(new Series("throughput", new double[] { 0, 10 }, new double[] { 20, 100 })));
        shell.open();
        ImageData before = Snapshots.of(chart);
        int[] old = chart.polyline(0);
        int quarterX = old[0] + (old[2] - old[0]) / 4;
        int quarterY = old[1] + (old[3] - old[1]) / 4;
        Series moved = new Series("throughput", new double[] { 0, 10 }, new double[] { 100, 20 });
        chart.setSeries(List.of(moved));
        ImageData after = Snapshots.of(chart);
        int[] line = chart.polyline(0);
        int midX = (line[0] + line[2]) / 2;
        int midY = (line[1] + line[3]) / 2;
        assertTrue(lineNear(after, midX, midY), "the new line is drawn");
        assertTrue(lineNear(before, quarterX, quarterY), "the first line was drawn");
        assertFalse(lineNear(after, quarterX, quarterY), "the first line is gone");

        chart.setSeries(List.of(new Series("throughput", new double[] { 0, 10, 40 }, new double[] { 100, 20, 60 })));
        ImageData longer = Snapshots.of(chart);
        int below = chart.plotArea().bottom();
        ChartText forty = chart.texts().stream().filter(t -> t.text().equals("40") && t.bounds().y > below)
                .findFirst().orElseThrow();
        assertTrue(inkIn(longer, forty.bounds()), "the time axis's new last label is drawn");
    }

    @Test
    void aLogScaleIsUsedOnlyWhenEveryValueIsAboveZero() {
        LineChart chart = new LineChart(shell, 0);
        chart.setLogarithmic(true);
        chart.setSeries(List.of(new Series("p99", new double[] { 0, 1 }, new double[] { 0, 100 })));
        assertTrue(!chart.valueScale().isLogarithmic(), "zero cannot be shown on a log scale");
        chart.setSeries(List.of(new Series("p99", new double[] { 0, 1 }, new double[] { 2, 100 })));
        assertTrue(chart.valueScale().isLogarithmic());
    }

    /** Whether any pixel inside {@code box} is darker than the background: something was drawn there. */
    private static boolean inkIn(ImageData pixels, Rectangle box) {
        for (int x = box.x; x < box.x + box.width; x++) {
            for (int y = box.y; y < box.y + box.height; y++) {
                RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
                if (rgb.red + rgb.green + rgb.blue < 3 * 160) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether series 0's colour is at {@code (x, y)} or a pixel above or below it. */
    private static boolean lineNear(ImageData pixels, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            if (Palette.colour(0).equals(pixels.palette.getRGB(pixels.getPixel(x, y + dy)))) {
                return true;
            }
        }
        return false;
    }
}
