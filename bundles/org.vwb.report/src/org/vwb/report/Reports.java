package org.vwb.report;

import java.util.ArrayList;
import java.util.List;

import org.vwb.core.Comparison;
import org.vwb.core.api.CostEvent;
import org.vwb.core.api.CostModel;
import org.vwb.core.RunResult;
import org.vwb.core.StaticFigures;

/** Builds the {@link Comparison} a report is written from when there is no comparison to begin with. */
public final class Reports {

    private Reports() {
    }

    /**
     * One run as a comparison of one entry, so {@code vwb run} writes the same formats as {@code vwb compare}.
     *
     * @param source    the file the configuration came from, or empty
     * @param result    what the run measured
     * @param vendorName product and release of the vendor profile it ran under
     * @param figures   its static figures, or {@code null} when they are not known
     * @param seed      the run's seed
     * @param costModel the cost model that priced its events, cited in the report; {@code null} for no citations
     */
    public static Comparison single(String source, RunResult result, String vendorName, StaticFigures figures,
            long seed, CostModel costModel) {
        Comparison.Entry entry = new Comparison.Entry(result.configuration(), vendorName, result.placement(), result,
                figures, List.of());
        return new Comparison(result.configuration(), source, result.simulatedNanos(), seed, List.of(entry),
                costModel == null ? List.of() : citations(costModel));
    }

    /** Every constant of a cost model with its source, in the order of {@link CostEvent}. */
    public static List<Comparison.Citation> citations(CostModel costModel) {
        List<Comparison.Citation> citations = new ArrayList<>();
        for (CostEvent event : CostEvent.values()) {
            citations.add(new Comparison.Citation(costModel.id(), event, costModel.cycles(event),
                    costModel.source(event)));
        }
        return citations;
    }
}
