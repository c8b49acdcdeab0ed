package org.vwb.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vwb.core.Comparison;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DriverPlacement;
import org.vwb.report.ReportWriter;
import org.vwb.testing.Examples;
import org.vwb.testing.Json;
import org.vwb.testing.JsonSchemaCheck;
import org.vwb.testing.ReportWriterContractTest;
import org.vwb.testing.SampleComparisons;

class JsonReportWriterTest extends ReportWriterContractTest {

    @Override
    protected ReportWriter writer() {
        return RegisteredWriters.of("json");
    }

    /** Parses strictly and holds the document to the published schema, docs/report.schema.json. */
    @Override
    protected void assertWellFormed(String report) throws Exception {
        Object schema = Json.parse(Files.readString(Examples.root().resolve("docs/report.schema.json")));
        assertEquals(List.of(), new JsonSchemaCheck(schema).problems(Json.parse(report)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Test
    void summaryWeighsEachDeviceByTheRequestsItCompleted() throws Exception {
        Map<String, Object> report = map(Json.parse(write(SampleComparisons.of("esxi", "hyperv"))));
        Map<String, Object> hyperv = map(list(report.get("entries")).get(1));
        Map<String, Object> summary = map(hyperv.get("summary"));
        assertEquals((16.0 + 2.0) / 2, (Double) summary.get("exitsPerRequest"), 1e-9);
        assertEquals(32e6 * 60, (Double) summary.get("footprintBytes"), 1);
        assertEquals(2.0, list(hyperv.get("traces")).size());
        assertEquals("PARENT_PARTITION", hyperv.get("placement"));
    }

    @Test
    void summaryGivesLatencyPerDeviceKindNeverMerged() throws Exception {
        Comparison mixed = Devices.comparison(Devices.device("vm", "net0", DeviceKind.NETWORK, 9.7, 9.7, 10, 1000),
                Devices.device("vm", "disk0", DeviceKind.BLOCK, 4900, 4900, 5000, 1000));
        Map<String, Object> summary = map(map(list(map(Json.parse(write(mixed))).get("entries")).get(0))
                .get("summary"));
        List<Object> kinds = list(summary.get("latencyByKind"));
        assertEquals(2, kinds.size());
        assertEquals("NETWORK", map(kinds.get(0)).get("kind"));
        assertEquals(9.7, (Double) map(kinds.get(0)).get("p99Micros"), 1e-9);
        assertEquals("BLOCK", map(kinds.get(1)).get("kind"));
        assertEquals(4900, (Double) map(kinds.get(1)).get("p99Micros"), 1e-9);
    }

    @Test
    void eachDeviceSaysHowManyArrivalsTheGuestDropped() throws Exception {
        String json = write(Devices.comparison(Devices.dropping("vm", "net0", 4321)));
        assertWellFormed(json);
        Map<String, Object> device = map(list(map(list(map(Json.parse(json)).get("entries")).get(0)).get("devices"))
                .get(0));
        assertEquals(4321.0, ((Number) device.get("dropped")).doubleValue());
    }

    @Test
    void textIsEscapedAndNumbersJsonCannotHoldAreNull() throws Exception {
        String name = "quote \" backslash \\ newline \n tab \t bell \u0007 </script>";
        Comparison comparison = new Comparison(name, "", 1_000_000_000L, 1,
                List.of(SampleComparisons.entry("e", DriverPlacement.IN_HYPERVISOR, 1)), List.of());
        Map<String, Object> report = map(Json.parse(write(comparison)));
        assertEquals(name, report.get("title"));
        Map<String, Object> figures = map(map(list(report.get("entries")).get(0)).get("figures"));
        assertEquals("WHOLE_HOST", figures.get("faultScope"));
        String idle = write(org.vwb.report.Reports.single("", SampleComparisons.of("x").entries().get(0).result(),
                "X", null, 0, null));
        assertNull(map(list(map(Json.parse(idle)).get("entries")).get(0)).get("figures"));
    }

    @Test
    void eachEntryCarriesItsRatioToTheBareMetalRunOfTheSameConfiguration() throws Exception {
        Comparison.Entry esxi = SampleComparisons.of("esxi").entries().get(0);
        String json = write(Devices.of(esxi, Devices.under(esxi, VendorProfile.BARE_METAL, 0.25)));
        assertWellFormed(json);
        List<Object> entries = list(map(Json.parse(json)).get("entries"));
        Map<String, Object> ratio = map(map(entries.get(0)).get("relativeToNative"));
        assertEquals("esxi@native.bare-metal", ratio.get("nativeRun"));
        assertEquals(1.0, (Double) ratio.get("throughputRatio"), 1e-9);
        assertEquals(4.0, (Double) ratio.get("cpuPerRequestRatio"), 1e-9);
        assertNull(map(entries.get(1)).get("relativeToNative"), "the bare-metal run itself");
        assertTrue(map(entries.get(1)).containsKey("relativeToNative"));
    }

    @Test
    void aRunThatCompletedNoRequestWritesNullFiguresAndSaysWhy() throws Exception {
        String json = write(Devices.comparison(Devices.idle("vm", "net0", 12)));
        assertWellFormed(json);
        Map<String, Object> entry = map(list(map(Json.parse(json)).get("entries")).get(0));
        assertTrue(((String) entry.get("noRequests")).contains("none of the 12 requests issued finished"),
                String.valueOf(entry.get("noRequests")));
        Map<String, Object> summary = map(entry.get("summary"));
        for (String figure : List.of("exitsPerRequest", "switchesPerRequest", "bytesCopiedPerRequest",
                "latencyP99Micros")) {
            assertTrue(summary.containsKey(figure) && summary.get(figure) == null, figure + ": " + summary.get(figure));
        }
        assertNull(map(summary.get("cpuMicrosPerRequest")).get("GUEST"));
        assertEquals(0L, ((Number) summary.get("throughputPerSecond")).longValue(), "none per second was measured");
        Map<String, Object> device = map(list(entry.get("devices")).get(0));
        assertNull(device.get("exitsPerRequest"));
        assertNull(map(device.get("latency")).get("p99Micros"));
        assertEquals(12L, ((Number) device.get("issued")).longValue());
        Map<String, Object> measured = map(list(map(Json.parse(write(SampleComparisons.of("esxi"))))
                .get("entries")).get(0));
        assertTrue(measured.containsKey("noRequests") && measured.get("noRequests") == null);
    }
}
