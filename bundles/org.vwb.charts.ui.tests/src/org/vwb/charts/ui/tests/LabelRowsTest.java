package org.vwb.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.vwb.charts.ui.LabelRows;
import org.vwb.charts.ui.LabelRows.Placed;

/** Label rows without a display: every character 7 pixels wide. */
class LabelRowsTest {

    private static final ToIntFunction<String> WIDTH = t -> 7 * t.length();

    @Test
    void labelsFarApartShareTheRowNearestTheirAnchors() {
        List<Placed> placed = LabelRows.place(List.of("read CSR5", "write CSR7"), new int[] { 100, 400 }, WIDTH, 0,
                800, 4, 300);
        assertEquals(List.of(0, 0), placed.stream().map(Placed::row).toList());
        assertEquals(List.of(100, 400), placed.stream().map(Placed::x).toList(), "each starts at its anchor");
    }

    @Test
    void crowdedLabelsStairUpToTheLeftSoNoLeaderRunsThroughALabel() {
        int[] anchors = { 100, 130, 160, 190 };
        List<String> labels = List.of("write RAP (select CSR3): trap", "read RDP (interrupt flags): trap",
                "write RDP: trap", "read CSR0: trap");
        List<Placed> placed = LabelRows.place(labels, anchors, WIDTH, 0, 800, 8, 400);
        assertEquals(4, placed.size(), "eight rows are room enough");
        assertNoOverlap(placed);
        for (Placed leader : placed) {
            for (Placed other : placed) {
                boolean below = other.row() < leader.row();
                boolean crossed = leader.anchor() >= other.x() && leader.anchor() <= other.x() + other.width();
                assertFalse(below && crossed, leader.text() + "'s leader crosses " + other.text());
            }
        }
        assertTrue(placed.get(0).row() > placed.get(3).row(), "the leftmost label sits highest");
    }

    @Test
    void aLabelWiderThanAllowedIsCutWithAnEllipsisAndOneWithoutRoomIsLeftOutNotOverlapped() {
        List<Placed> placed = LabelRows.place(List.of("write CSR7 (tulip_poll: re-enable receive interrupts): trap",
                "read CSR5: trap", "read CSR5 again: trap"), new int[] { 10, 20, 30 }, WIDTH, 0, 1000, 1, 140);
        assertEquals(1, placed.size(), "one row: the first label placed from the right keeps it");
        assertNoOverlap(placed);

        Placed cut = LabelRows.place(List.of("write CSR7 (tulip_poll: re-enable receive interrupts): trap"),
                new int[] { 10 }, WIDTH, 0, 1000, 1, 140).get(0);
        assertTrue(cut.cut() && cut.text().startsWith("write CSR7") && cut.width() <= 140, cut.toString());
    }

    @Test
    void aLabelNearTheRightEdgeMovesLeftToStayInside() {
        Placed last = LabelRows.place(List.of("read CSR5 (loop: any cause left?)"), new int[] { 790 }, WIDTH, 0,
                800, 2, 400).get(0);
        assertEquals(800, last.x() + last.width());
        assertTrue(last.anchor() >= last.x(), "the leader still starts under the label");
    }

    private static void assertNoOverlap(List<Placed> placed) {
        for (Placed a : placed) {
            for (Placed b : placed) {
                if (a != b && a.row() == b.row()) {
                    assertTrue(a.x() + a.width() + LabelRows.GAP <= b.x() || b.x() + b.width() + LabelRows.GAP
                            <= a.x(), a + " and " + b + " touch");
                }
            }
        }
    }
}
