package org.vwb.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.vwb.core.Comparison;
import org.vwb.core.ComputeResult;
import org.vwb.core.ContextResult;
import org.vwb.core.RunResult;
import org.vwb.report.ComputeRows;
import org.vwb.report.EntrySummary;
import org.vwb.report.NativeRatio;
import org.vwb.report.ReportWriter;
import org.vwb.report.Unmeasured;
import org.vwb.report.json.JsonWriter;

/**
 * The comparison as JSON, every figure under a stable name (documented by {@code docs/report.schema.json}):
 * scripts and other tools read this, so a name once published is never renamed, only added to.
 */
@Component(service = ReportWriter.class)
public final class JsonReportWriter implements ReportWriter {

    /** Raised when a field is renamed or removed; adding fields keeps it. */
    static final int SCHEMA_VERSION = 1;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String description() {
        return "every figure of the comparison under stable names (docs/report.schema.json)";
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("report").value("vwb-comparison").name("schemaVersion").value(SCHEMA_VERSION);
        json.name("title").value(comparison.title()).name("source").value(comparison.source());
        json.name("durationSeconds").value(comparison.durationNanos() / 1e9).name("seed").value(comparison.seed());
        json.name("entries").beginArray();
        for (Comparison.Entry entry : comparison.entries()) {
            entry(json, entry, comparison.nativeBaseline(entry));
        }
        json.endArray().name("citations").beginArray();
        for (Comparison.Citation citation : comparison.citations()) {
            json.beginObject().name("costModel").value(citation.costModel()).name("event")
                    .value(citation.event().name()).name("cycles").value(citation.cycles()).name("source")
                    .value(citation.source()).endObject();
        }
        out.write(json.endArray().endObject().toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void entry(JsonWriter json, Comparison.Entry entry, Optional<Comparison.Entry> baseline) {
        RunResult result = entry.result();
        json.beginObject().name("label").value(entry.label()).name("vendorProfile").value(result.vendorProfile())
                .name("vendorName").value(entry.vendorName()).name("placement")
                .value(entry.placement() == null ? null : entry.placement().name()).name("costModel").value(result.costModel())
                .name("status").value(result.status().name()).name("failure").value(result.failure())
                .name("simulatedSeconds").value(result.simulatedNanos() / 1e9).name("events").value(result.events())
                .name("noRequests").value(Unmeasured.reason(result).orElse(null));
        EntrySummary summary = EntrySummary.of(entry);
        summary(json, summary);
        json.name("relativeToNative");
        if (baseline.isEmpty()) {
            json.nullValue();
        } else {
            NativeRatio ratio = NativeRatio.of(summary, EntrySummary.of(baseline.get()));
            json.beginObject().name("nativeRun").value(ratio.nativeLabel()).name("throughputRatio")
                    .value(ratio.throughputRatio()).name("cpuPerRequestRatio").value(ratio.cpuPerRequestRatio())
                    .endObject();
        }
        json.name("contexts").beginArray();
        for (ContextResult context : result.contexts()) {
            json.beginObject().name("kind").value(context.kind().name()).name("name").value(context.name())
                    .name("cpuSeconds").value(context.cpuSeconds()).name("utilization").value(context.utilization())
                    .endObject();
        }
        json.endArray().name("computes").beginArray();
        for (ComputeResult job : result.computes()) {
            JsonSections.compute(json, job, ComputeRows.completionNative(job, baseline));
        }
        json.endArray().name("devices").beginArray();
        Unmeasured.devices(result).forEach(device -> JsonSections.device(json, device));
        json.endArray().name("figures");
        JsonSections.figures(json, entry.figures());
        json.name("traces").beginArray();
        entry.traces().forEach(trace -> JsonSections.trace(json, trace));
        json.endArray().endObject();
    }

    private static void summary(JsonWriter json, EntrySummary summary) {
        json.name("summary").beginObject().name("completed").value(summary.completed()).name("throughputPerSecond")
                .value(summary.throughputPerSecond()).name("latencyP50Micros").value(summary.p50Micros())
                .name("latencyP95Micros").value(summary.p95Micros()).name("latencyP99Micros")
                .value(summary.p99Micros()).name("latencyByKind").beginArray();
        summary.latencyByKind().values().forEach(k -> json.beginObject().name("kind").value(k.kind().getLiteral())
                .name("devices").value(k.devices()).name("completed").value(k.completed()).name("p50Micros")
                .value(k.p50Micros()).name("p95Micros").value(k.p95Micros()).name("p99Micros").value(k.p99Micros())
                .endObject());
        json.endArray().name("exitsPerRequest").value(summary.exitsPerRequest())
                .name("switchesPerRequest").value(summary.switchesPerRequest()).name("interruptsPerRequest")
                .value(summary.interruptsPerRequest()).name("bytesCopiedPerRequest")
                .value(summary.bytesCopiedPerRequest()).name("cpuMicrosPerRequest");
        JsonSections.byContext(json, summary.cpuMicrosPerRequest());
        json.name("footprintBytes").value(summary.footprintBytes()).name("trustedCodeBytes")
                .value(summary.trustedCodeBytes()).name("driversAvailable").value(summary.driversAvailable())
                .name("hostDevices").value(summary.hostDevices()).name("faultScope")
                .value(summary.faultScope() == null ? null : summary.faultScope().name()).name("vmsAffected")
                .value(summary.vmsAffected()).endObject();
    }
}
