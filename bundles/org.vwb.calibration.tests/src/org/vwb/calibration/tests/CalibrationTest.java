package org.vwb.calibration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vwb.calibration.Calibration;
import org.vwb.calibration.Reproduction;
import org.vwb.core.Simulator;
import org.vwb.testing.Examples;
import org.vwb.testing.InstalledPlugins;

class CalibrationTest {

    private static Simulator simulator;
    private static List<Reproduction> rows;

    @BeforeAll
    static void reproduce() throws Exception {
        simulator = InstalledPlugins.start(CalibrationTest.class, Simulator.class);
        rows = new Calibration(simulator).reproduce(Examples.path("validation/measurements.csv"));
    }

    @Test
    void everyPublishedMeasurementGetsAModelFigure() {
        assertEquals(20, rows.size());
        for (Reproduction row : rows) {
            assertEquals("", row.problem(), row.measurement().source());
            assertTrue(row.model() > 0 && Double.isFinite(row.model()), row.toString());
        }
    }

    @Test
    void calibrationRowsCarryTheirPublishedConstantThroughToTheResults() {
        List<Reproduction> calibration = rows.stream().filter(r -> !r.measurement().prediction()).toList();
        assertFalse(calibration.isEmpty(), "no calibration row: nothing would be checked");
        calibration.forEach(row -> assertTrue(
                Math.abs(row.ratio() - 1) < 0.05, row.measurement().source() + ": ratio " + row.ratio()));
    }

    /**
     * The seed, the simulated time and the host's size are arbitrary choices of a reproduction: another seed, half
     * the time and twice the cores must give every comparison the same verdicts.
     */
    @Test
    void verdictsDoNotHingeOnTheSeedTheDurationOrTheHostsSize() throws Exception {
        List<Reproduction> varied = new Calibration(simulator, new Calibration.Variation(7, 1, 2))
                .reproduce(Examples.path("validation/measurements.csv"));
        assertEquals(rows.size(), varied.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).verdict(), varied.get(i).verdict(), rows.get(i).measurement().source()
                    + ": model " + rows.get(i).model() + " against " + varied.get(i).model() + " varied");
        }
    }

    @Test
    void aRatioRowSaysWhetherItPointsTheSameWayAndEveryRowWhetherItIsWithinAQuarter() {
        for (Reproduction row : rows) {
            assertEquals(row.measurement().metric().ratio(), row.directionRight().isPresent(), row.toString());
            assertEquals(Math.abs(row.model() / row.measurement().measured() - 1) <= 0.25, row.within25Percent());
        }
    }

    @Test
    void predictionsStayWithinAnOrderOfMagnitudeOfTheMeasurements() {
        List<Reproduction> predictions = rows.stream().filter(r -> r.measurement().prediction()).toList();
        assertFalse(predictions.isEmpty(), "no prediction row: nothing would be checked");
        predictions.forEach(row -> assertTrue(
                row.ratio() > 0.1 && row.ratio() < 10, row.measurement().source() + ": ratio " + row.ratio()));
    }
}
