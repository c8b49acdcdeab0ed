package org.vwb.charts.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.charts.ui.PlotArea;
import org.vwb.charts.ui.Scale;
import org.vwb.charts.ui.Units;

/** Axes that do not lie: zero baselines, round ticks, log scales only over positive values. */
class ScaleTest {

    @Test
    void aLinearScaleStartsAtZeroEvenWhenTheDataDoesNot() {
        Scale scale = Scale.linear(830, 970);
        assertEquals(0, scale.minimum());
        assertTrue(scale.maximum() >= 970);
    }

    @Test
    void negativeValuesExtendTheScaleBelowZeroAndKeepZeroOnIt() {
        Scale scale = Scale.linear(-3, 7);
        assertTrue(scale.minimum() <= -3);
        assertTrue(scale.ticks().contains(0.0));
    }

    @Test
    void ticksAreRoundStepsOfOneTwoOrFive() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Scale.linear(0, 93).ticks());
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5), Scale.linear(0, 0.47).ticks());
    }

    @Test
    void aLogScaleSpansWholeDecadesWithATickEach() {
        Scale scale = Scale.logarithmic(3, 4200);
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 10000.0), scale.ticks());
        assertEquals(0.5, scale.fraction(100), 1e-9);
    }

    @Test
    void aLogScaleRefusesZeroInsteadOfHidingIt() {
        assertThrows(IllegalArgumentException.class, () -> Scale.logarithmic(0, 10));
    }

    @Test
    void thePlotAreaPutsTheMinimumAtTheBottomAndTheMaximumAtTheTop() {
        PlotArea area = new PlotArea(10, 20, 200, 100);
        Scale scale = Scale.linear(0, 50);
        assertEquals(120, area.y(scale, 0));
        assertEquals(20, area.y(scale, 50));
        assertEquals(210, area.x(scale, 50));
    }

    @Test
    void labelsCarryThreeSignificantDigitsAndAPrefix() {
        assertEquals("12.5k", Units.compact(12_500));
        assertEquals("1.2M", Units.compact(1_200_000));
        assertEquals("0.25", Units.compact(0.25));
        assertEquals("3 req/s", Units.withUnit(3, "req/s"));
    }
}
