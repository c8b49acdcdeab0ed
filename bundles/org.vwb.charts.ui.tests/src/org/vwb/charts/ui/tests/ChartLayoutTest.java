package org.vwb.charts.ui.tests;

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
