package org.vwb.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;
import org.vwb.charts.ui.BarChart;
import org.vwb.charts.ui.ChartText;
import org.vwb.charts.ui.LabelRows;
import org.vwb.charts.ui.LineChart;
import org.vwb.charts.ui.Marker;
import org.vwb.charts.ui.PlotArea;
import org.vwb.charts.ui.SequenceDiagram;
import org.vwb.charts.ui.SequenceDiagram.Step;
import org.vwb.charts.ui.Series;

/**
 * The layout of every text on a real display (Xvfb in CI), at the sizes the workbench gives its views: no two
 * texts overlap, none leaves the canvas, no label covers a bar.
 */
class ChartLayoutTest extends OnDisplay {

    @Test
    void aLongValueUnitSitsAboveTheAxisClearOfTheTickLabelsAndTheTitle() {
        for (int[] size : new int[][] { { 400, 270 }, { 260, 160 } }) {
            LineChart chart = new LineChart(shell, 0);
            chart.setTitle("VM exits per request");
            chart.setValueUnit("exits/req");
            chart.setTimeUnit("s simulated");
            chart.setSeries(List.of(series("exits/request", 2.7, 4.9), series("p99", 40, 110),
                    series("worker", 0.03, 0.08), series("hypervisor", 0.05, 0.1)));
            chart.setMarkers(List.of(new Marker(37, "applied", true)));
            shell.setSize(size[0], size[1]);
            shell.open();
            shell.layout();
            List<ChartText> texts = chart.texts();
            assertApart(texts.stream().map(ChartText::bounds).toList(), chart.getSize().x, chart.getSize().y);
            ChartText unit = texts.stream().filter(t -> t.text().startsWith("exits/req")).findFirst().orElseThrow();
            int topTick = texts.stream().filter(ChartText::muted).mapToInt(t -> t.bounds().y).min().orElseThrow();
            assertTrue(unit.bounds().y + unit.bounds().height <= topTick, "the unit is above the top tick label");
            chart.dispose();
        }
    }

    @Test
    void categoryNamesWiderThanTheirGroupAreCutAndNeverRunIntoEachOther() {
        BarChart chart = new BarChart(shell, 0);
        chart.setValueUnit("exits/request");
        chart.setCategories(List.of("enlightened-vm/net0 on hyperv-2008", "legacy-vm/net0 on hyperv-2008",
                "legacy-vm/disk0 on esxi-3.5"));
        chart.setSeries(List.of(Series.bars("exits", 1, 5, 26)));
        shell.setSize(360, 240);
        shell.open();
        shell.layout();
        List<ChartText> texts = chart.texts();
        assertApart(texts.stream().map(ChartText::bounds).toList(), chart.getSize().x, chart.getSize().y);
        assertTrue(texts.stream().anyMatch(t -> t.text().startsWith("enlighten") && t.text().endsWith("\u2026")),
                texts.toString());
    }

    @Test
    void legendsSitOutsideTheBarsPlotAndCoverNoBarOrLabel() {
        for (int[] size : new int[][] { { 640, 300 }, { 300, 220 } }) {
            BarChart chart = new BarChart(shell, 0);
            chart.setTitle("CPU per request by context");
            chart.setValueUnit("\u00b5s/request");
            chart.setCategories(List.of("esxi-3.5", "hyperv-2008", "xen-3.0"));
            chart.setSeries(List.of(Series.bars("guest", 9, 9, 9), Series.bars("hypervisor", 30, 4, 6),
                    Series.bars("parent partition", 0, 22, 0), Series.bars("driver domain", 0, 0, 25)));
            show(size);
            List<Rectangle> bars = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                for (int s = 0; s < 4; s++) {
                    bars.add(chart.bar(c, s));
                }
            }
            assertLegendClear(chart.legendBounds(), chart.texts(), chart.plotArea(), bars);
            chart.dispose();
        }
    }

    @Test
    void legendsSitOutsideTheLinesPlotAndCoverNoPointOrLabel() {
        for (int[] size : new int[][] { { 420, 260 }, { 220, 200 } }) {
            LineChart chart = new LineChart(shell, 0);
            chart.setTitle("CPU per context (busy cores)");
            chart.setValueUnit("cores");
            chart.setTimeUnit("s simulated");
            // the top right corner, where the legend used to be drawn, is full of points
            chart.setSeries(List.of(series("guest", 0.5, 1.9), series("hypervisor", 0.2, 1.95),
                    series("parent partition", 1.9, 1.2), series("worker", 0.03, 0.08)));
            show(size);
            List<Rectangle> points = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                int[] line = chart.polyline(s);
                for (int p = 0; p < line.length; p += 2) {
                    points.add(new Rectangle(line[p], line[p + 1], 1, 1));
                }
            }
            assertLegendClear(chart.legendBounds(), chart.texts(), chart.plotArea(), points);
            assertApart(chart.texts().stream().map(ChartText::bounds).toList(), chart.getSize().x,
                    chart.getSize().y);
            chart.dispose();
        }
    }

    @Test
    void trapLabelsOfACrowdedRequestPathSitInRowsOfTheirOwnWithLeadersClearOfOtherLabels() {
        SequenceDiagram diagram = new SequenceDiagram(shell, 0);
        List<Step> steps = new ArrayList<>();
        String[] registers = { "write RAP (select CSR3)", "read RDP (interrupt flags)", "write CSR7 (tulip_poll: "
            + "re-enable receive interrupts)", "read CSR5 (loop: any cause left?)" };
        for (int i = 0; i < 14; i++) {
            steps.add(new Step(0, 400, "guest", "", false));
            steps.add(new Step(1, 3_000 + 500 * (i % 3), "exit", registers[i % 4] + ": trap", true));
        }
        diagram.setContent("esxi-3.5: net0 (vlance)", List.of("legacy-vm", "hypervisor"), steps, "cycles");
        shell.setSize(800, 400);
        shell.open();
        shell.layout();

        List<Rectangle> labels = diagram.labelBounds();
        assertTrue(labels.size() >= 6, "most of the 14 traps are named: " + labels.size());
        assertApart(labels, diagram.getSize().x, diagram.getSize().y);
        for (Rectangle label : labels) {
            for (Rectangle bar : diagram.stepBounds()) {
                assertFalse(label.intersects(bar), "label " + label + " covers bar " + bar);
            }
        }
        List<LabelRows.Placed> placed = diagram.labels();
        for (int i = 0; i < placed.size(); i++) {
            int leaderX = diagram.stepBounds().get(placed.get(i).index()).x;
            Rectangle from = labels.get(i);
            for (Rectangle other : labels) {
                boolean underneath = other.y > from.y && leaderX >= other.x && leaderX <= other.x + other.width;
                assertFalse(underneath, "the leader of " + placed.get(i).text() + " runs through " + other);
            }
        }
        assertTrue(diagram.tooltipAt(labels.get(0).x + 1, labels.get(0).y + 1)
                .endsWith(steps.get(placed.get(0).index()).detail()), "hovering a (cut) label names it in full");
    }

    private static Series series(String name, double from, double to) {
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = 5 * i;
            y[i] = from + (to - from) * i / 19;
        }
        return new Series(name, x, y);
    }

    private void show(int[] size) {
        shell.setSize(size[0], size[1]);
        shell.open();
        shell.layout();
    }

    /** One entry per series, outside the plot, apart from each other, on no data and no other text. */
    private void assertLegendClear(List<Rectangle> legend, List<ChartText> texts, PlotArea area,
            List<Rectangle> data) {
        assertEquals(4, legend.size(), "one entry per series");
        Rectangle plot = new Rectangle(area.left(), area.top(), area.width() + 1, area.height() + 1);
        for (Rectangle entry : legend) {
            assertFalse(entry.intersects(plot), entry + " lies in the plot");
            for (Rectangle shown : data) {
                assertFalse(entry.intersects(shown), entry + " covers data at " + shown);
            }
            for (ChartText text : texts) {
                assertFalse(text.swatch() == null && entry.intersects(text.bounds()), entry + " covers " + text);
            }
        }
        assertApart(legend, shell.getClientArea().width, shell.getClientArea().height);
    }

    /** No two rectangles intersect and each lies inside a canvas of the size given. */
    private static void assertApart(List<Rectangle> boxes, int width, int height) {
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle box = boxes.get(i);
            assertTrue(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height,
                    box + " leaves the " + width + "x" + height + " canvas");
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(box.intersects(boxes.get(j)), box + " overlaps " + boxes.get(j));
            }
        }
    }
}
