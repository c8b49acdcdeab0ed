package org.vwb.sweep.internal.report;

import java.util.List;

import org.vwb.report.json.JsonWriter;
import org.vwb.sweep.Assignment;
import org.vwb.sweep.RunFigures;
import org.vwb.sweep.internal.parameters.VariedParameter;
import org.vwb.sweep.internal.results.CombinationResult;
import org.vwb.sweep.internal.results.Estimate;
import org.vwb.sweep.internal.results.Metric;
import org.vwb.sweep.internal.results.Series;
import org.vwb.sweep.internal.results.SweepResults;

/** The JSON report; its schema is docs/sweep.schema.json. Figures only: the same sweep gives the same bytes. */
final class SweepJson {

    private SweepJson() {
    }

    static String json(SweepResults results) {
        var plan = results.plan();
        JsonWriter json = new JsonWriter().beginObject();
        json.name("report").value("vwb-sweep").name("schemaVersion").value(1L).name("title").value(plan.title()).name("source").value(plan.source())
                .name("durationSeconds").value(plan.durationNanos() / 1e9).name("confidence")
                .value(Estimate.CONFIDENCE).name("seeds").beginArray();
        plan.seeds().forEach(json::value);
        json.endArray().name("configurations").beginArray();
        plan.configurations().forEach(json::value);
        json.endArray().name("device").value(results.focus().orElse(null)).name("parameters").beginArray();
        for (VariedParameter parameter : plan.parameters()) {
            json.beginObject().name("parameter").value(parameter.path().written()).name("values").beginArray();
            parameter.values().forEach(json::value);
            json.endArray().endObject();
        }
        json.endArray().name("axis");
        if (results.axisParameter().isPresent()) {
            json.value(results.axisLabel());
        } else {
            json.nullValue();
        }
        json.name("runs").value((long) plan.seeds().size() * results.combinations().size()).name("failedRuns")
                .value(results.failedRuns()).name("combinations").beginArray();
        results.combinations().forEach(c -> combination(json, c));
        json.endArray().name("series").beginArray();
        for (Series series : results.series()) {
            json.beginObject().name("label").value(series.label()).name("combinations").beginArray();
            series.points().forEach(p -> json.value((long) p.combination().index()));
            json.endArray().name("knee");
            if (series.knee().isPresent()) {
                json.beginObject().name("combination").value((long) series.points().get(series.knee().get())
                        .combination().index()).name("x").value(series.kneeX().get()).endObject();
            } else {
                json.nullValue();
            }
            json.endObject();
        }
        return json.endArray().endObject().toString() + "\n";
    }

    private static void combination(JsonWriter json, CombinationResult result) {
        json.beginObject().name("index").value((long) result.combination().index()).name("configuration")
                .value(result.combination().configuration()).name("parameters").beginObject();
        for (Assignment assignment : result.combination().assignments()) {
            json.name(assignment.parameter()).value(assignment.value());
        }
        json.endObject().name("vendorProfile").value(result.runs().stream().filter(r -> !r.failed())
                .map(RunFigures::vendorProfile).findFirst().orElse(null));
        json.name("completedRuns").value(result.runs().stream().filter(r -> !r.failed()).count())
                .name("metrics").beginObject();
        for (Metric metric : Metric.values()) {
            Estimate estimate = result.estimate(metric);
            json.name(metric.key()).beginObject().name("mean").value(estimate.mean()).name("ci95")
                    .value(estimate.halfWidth()).name("values").beginArray();
            estimate.values().forEach(json::value);
            json.endArray().endObject();
        }
        json.endObject().name("failures").beginArray();
        List<RunFigures> runs = result.runs();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).failed()) {
                json.beginObject().name("seed").value(result.seeds().get(i)).name("reason")
                        .value(runs.get(i).failure()).endObject();
            }
        }
        json.endArray().endObject();
    }
}
