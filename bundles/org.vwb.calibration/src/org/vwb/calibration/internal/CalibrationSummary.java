package org.vwb.calibration.internal;

import java.util.List;

import org.vwb.calibration.Reproduction;

/**
 * The line under {@code vwb calibration}'s table: how many rows were reproduced, how many of them within 25 % and
 * how many missed, predictions apart from calibrations (a calibration row only checks that a constant comes
 * through; a prediction is the model's claim), and ratios that point the wrong way.
 */
final class CalibrationSummary {

    private CalibrationSummary() {
    }

    static String of(List<Reproduction> rows) {
        List<Reproduction> reproduced = rows.stream().filter(r -> r.problem().isEmpty()).toList();
        long within = reproduced.stream().filter(Reproduction::within25Percent).count();
        long predictionMisses = reproduced.stream().filter(r -> !r.within25Percent() && r.measurement().prediction())
                .count();
        long calibrationMisses = reproduced.size() - within - predictionMisses;
        long wrong = reproduced.stream().filter(r -> r.directionRight().map(right -> !right).orElse(false)).count();
        long ratios = reproduced.stream().filter(r -> r.directionRight().isPresent()).count();
        StringBuilder line = new StringBuilder().append(reproduced.size()).append(" of ").append(rows.size())
                .append(rows.size() == 1 ? " measurement" : " measurements").append(" reproduced: ").append(within)
                .append(" within 25%, ").append(predictionMisses + calibrationMisses).append(" MISS (")
                .append(predictionMisses).append(predictionMisses == 1 ? " prediction, " : " predictions, ")
                .append(calibrationMisses).append(calibrationMisses == 1 ? " calibration)" : " calibrations)");
        if (ratios > 0) {
            line.append("; ").append(ratios - wrong).append(" of ").append(ratios).append(" ratios point the way ")
                    .append("measured, ").append(wrong).append(" WRONG");
        }
        if (reproduced.size() < rows.size()) {
            line.append("; ").append(rows.size() - reproduced.size()).append(" could not run (see error: lines)");
        }
        return line.toString();
    }
}
