package org.vwb.report.internal;

import java.util.List;
import java.util.Map;

import org.vwb.core.api.ContextKind;
import org.vwb.core.ComputeResult;
import org.vwb.core.DeviceResult;
import org.vwb.core.api.Fact;
import org.vwb.core.LatencySummary;
import org.vwb.core.RequestTrace;
import org.vwb.core.StaticFigures;
import org.vwb.report.json.JsonWriter;

/** The nested parts of a JSON report: a device's figures, the static figures, a traced request. */
final class JsonSections {

    private JsonSections() {
    }

    /** A VM's CPU-bound job, with its completion against bare metal's (NaN, written null, without one). */
    static void compute(JsonWriter json, ComputeResult job, double completionNative) {
        json.beginObject().name("vm").value(job.vm()).name("job").value(job.job()).name("vcpus").value(job.vcpus())
                .name("cpuSecondsPerVcpu").value(job.cpuSecondsPerVcpu()).name("guestSeconds")
                .value(job.guestSeconds()).name("completionSeconds").value(job.completionSeconds())
                .name("elapsedSeconds").value(job.elapsedSeconds()).name("coreSeconds").value(job.coreSeconds())
                .name("readySeconds").value(job.readySeconds()).name("stretch").value(job.stretch())
                .name("timerTicks").value(job.timerTicks()).name("ipis").value(job.ipis()).name("exits")
                .value(job.exits()).name("tlbMisses").value(job.tlbMisses()).name("overheadSeconds")
                .value(job.overheadSeconds()).name("completionRatioToNative").value(completionNative).endObject();
    }

    static void device(JsonWriter json, DeviceResult d) {
        json.beginObject().name("vm").value(d.vm()).name("device").value(d.device()).name("deviceModel")
                .value(d.deviceModel()).name("kind").value(String.valueOf(d.kind())).name("mode")
                .value(String.valueOf(d.mode())).name("status").value(d.status()).name("issued").value(d.issued())
                .name("completed").value(d.completed()).name("inFlight").value(d.inFlight()).name("waiting")
                .value(d.waiting()).name("dropped").value(d.dropped()).name("throughputPerSecond").value(d.throughputPerSecond())
                .name("megabytesPerSecond").value(d.megabytesPerSecond());
        LatencySummary latency = d.latency();
        json.name("latency").beginObject().name("count").value(latency.count()).name("meanMicros")
                .value(latency.mean()).name("p50Micros").value(latency.p50()).name("p95Micros").value(latency.p95())
                .name("p99Micros").value(latency.p99()).name("maxMicros").value(latency.max()).name("buckets")
                .beginArray();
        for (LatencySummary.Bucket bucket : latency.buckets()) {
            json.beginObject().name("upperMicros").value(bucket.upperMicros()).name("count").value(bucket.count())
                    .endObject();
        }
        json.endArray().endObject().name("exitsPerRequest").value(d.exitsPerRequest()).name("switchesPerRequest")
                .value(d.switchesPerRequest()).name("interruptsPerRequest").value(d.interruptsPerRequest())
                .name("notificationsPerRequest").value(d.notificationsPerRequest()).name("bytesCopiedPerRequest")
                .value(d.bytesCopiedPerRequest()).name("cpuMicrosPerRequest");
        byContext(json, d.cpuMicrosPerRequest());
        json.endObject();
    }

    /** Every context kind, in the enum's order, 0 where the map has none: readers need not test for absence. */
    static void byContext(JsonWriter json, Map<ContextKind, Double> values) {
        json.beginObject();
        for (ContextKind kind : ContextKind.values()) {
            json.name(kind.name()).value(values.getOrDefault(kind, 0.0));
        }
        json.endObject();
    }

    static void figures(JsonWriter json, StaticFigures f) {
        if (f == null) {
            json.nullValue();
            return;
        }
        json.beginObject().name("vendorProfile").value(f.vendorProfile()).name("vendorName").value(f.vendorName());
        fact(json.name("footprint"), f.footprint());
        fact(json.name("trustedCode"), f.trustedCode());
        fact(json.name("driverCatalogue"), f.driverCatalogue());
        json.name("driversAvailable").beginArray();
        for (StaticFigures.DriverAvailability d : f.driversAvailable()) {
            json.beginObject().name("device").value(d.device()).name("pciId").value(d.pciId()).name("available")
                    .value(d.available()).endObject();
        }
        json.endArray().name("faultScope").value(String.valueOf(f.faultScope())).name("blastRadius").beginArray();
        for (StaticFigures.BlastRadius b : f.blastRadius()) {
            json.beginObject().name("driver").value(b.driver()).name("device").value(b.device())
                    .name("hypervisorFalls").value(b.hypervisorFalls());
            strings(json.name("contextsDown"), b.contextsDown());
            strings(json.name("vmsAffected"), b.vmsAffected());
            json.endObject();
        }
        json.endArray().endObject();
    }

    static void trace(JsonWriter json, RequestTrace trace) {
        json.beginObject().name("vm").value(trace.vm()).name("device").value(trace.device()).name("deviceModel")
                .value(trace.deviceModel()).name("totalCycles").value(trace.totalCycles()).name("steps").beginArray();
        for (RequestTrace.Step step : trace.steps()) {
            json.beginObject().name("context").value(step.context().name()).name("contextName")
                    .value(step.contextName()).name("event").value(step.event()).name("cycles").value(step.cycles())
                    .name("nanos").value(step.nanos()).name("note").value(step.note()).endObject();
        }
        json.endArray().endObject();
    }

    private static void fact(JsonWriter json, Fact fact) {
        json.beginObject().name("value").value(fact.value()).name("unit").value(fact.unit()).name("source")
                .value(fact.source()).endObject();
    }

    private static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        values.forEach(json::value);
        json.endArray();
    }
}
