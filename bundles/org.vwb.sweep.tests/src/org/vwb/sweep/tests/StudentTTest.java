package org.vwb.sweep.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.sweep.internal.results.Estimate;
import org.vwb.sweep.internal.results.StudentT;

/** The t quantiles against the published table (NIST/SEMATECH e-Handbook, 1.3.6.7.2), and the intervals built on them. */
class StudentTTest {

    @Test
    void criticalValuesMatchThePublishedTwoSidedNinetyFivePercentTable() {
        assertEquals(12.706, StudentT.critical(0.95, 1), 5e-4);
        assertEquals(4.303, StudentT.critical(0.95, 2), 5e-4);
        assertEquals(2.776, StudentT.critical(0.95, 4), 5e-4);
        assertEquals(2.262, StudentT.critical(0.95, 9), 5e-4);
        assertEquals(2.042, StudentT.critical(0.95, 30), 5e-4);
        assertEquals(1.984, StudentT.critical(0.95, 100), 5e-4);
    }

    @Test
    void otherConfidenceLevelsComeOutOfTheSameComputation() {
        assertEquals(63.657, StudentT.critical(0.99, 1), 5e-3);
        assertEquals(1.812, StudentT.critical(0.90, 10), 5e-4);
    }

    @Test
    void anIntervalIsTheMeanPlusOrMinusTTimesTheStandardError() {
        Estimate estimate = Estimate.of(List.of(10.0, 12.0, 14.0));
        assertEquals(12, estimate.mean(), 1e-12);
        // s = 2, n = 3: 4.303 * 2 / sqrt(3)
        assertEquals(4.3027 * 2 / Math.sqrt(3), estimate.halfWidth(), 1e-3);
        assertEquals(estimate.mean() - estimate.halfWidth(), estimate.low(), 1e-12);
    }

    @Test
    void oneSeedGivesAMeanButNoInterval() {
        Estimate estimate = Estimate.of(List.of(7.0));
        assertEquals(7, estimate.mean());
        assertTrue(Double.isNaN(estimate.halfWidth()));
        assertEquals(7, estimate.high());
    }

    @Test
    void identicalValuesGiveAnIntervalOfZeroWidth() {
        assertEquals(0, Estimate.of(List.of(3.0, 3.0, 3.0, 3.0)).halfWidth());
    }
}
