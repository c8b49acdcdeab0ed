package org.vwb.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.DeviceResult;
import org.vwb.core.LatencySummary;
import org.vwb.core.RunResult;
import org.vwb.model.DeviceKind;
import org.vwb.model.DeviceMode;
import org.vwb.report.ReportWriter;
import org.vwb.report.Reports;

/**
 * What every {@link ReportWriter} must do, whatever its format: subclass it in the writer's test, give the writer
 * and say what well-formed means for the format. The test methods are final so that no implementation can
 * quietly opt out of a rule.
 */
public abstract class ReportWriterContractTest {

    /** The writer under test, as users get it (preferably the registered service). */
    protected abstract ReportWriter writer();

    /** Fails unless the report is well-formed in the writer's format (parses, rows line up, ...). */
    protected abstract void assertWellFormed(String report) throws Exception;

    /** Writes a comparison and returns the report as text. */
    protected final String write(Comparison comparison) throws IOException {
        return new String(bytes(comparison), StandardCharsets.UTF_8);
    }

    private byte[] bytes(Comparison comparison) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer().write(comparison, out);
        return out.toByteArray();
    }

    @Test
    public final void formatIsOneLowerCaseWordWithAMediaTypeAndDescription() {
        assertTrue(writer().format().matches("[a-z][a-z0-9-]*"), writer().format());
        assertTrue(writer().mediaType().matches("[a-z]+/[a-z0-9.+-]+.*"), writer().mediaType());
        assertFalse(writer().description().isBlank());
    }

    @Test
    public final void writesAWellFormedReportNamingEveryEntry() throws Exception {
        String report = write(SampleComparisons.of("esxi", "hyperv", "xen"));
        assertWellFormed(report);
        for (String label : List.of("esxi", "hyperv", "xen")) {
            assertTrue(report.contains(label), () -> "no entry " + label);
        }
    }

    @Test
    public final void writesTheSameBytesForTheSameComparison() throws Exception {
        assertArrayEquals(bytes(SampleComparisons.of("a", "b")), bytes(SampleComparisons.of("a", "b")));
    }

    @Test
    public final void writesAComparisonWithoutEntries() throws Exception {
        Comparison empty = new Comparison("nothing", "", 1, 0, List.of(), List.of());
        assertWellFormed(write(empty));
    }

    @Test
    public final void writesASingleRunWithoutStaticFiguresTracesOrCitations() throws Exception {
        RunResult run = SampleComparisons.of("solo").entries().get(0).result();
        assertWellFormed(write(Reports.single("", run, "Solo 1.0", null, 7, null)));
    }

    @Test
    public final void writesFiguresThatAreNotNumbersWithoutFailing() throws Exception {
        LatencySummary none = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                List.of());
        DeviceResult idle = new DeviceResult("vm", "fd0", "floppy", DeviceKind.FLOPPY, DeviceMode.EMULATED,
                "parked: no model", 0, 0, 0, 0, 0, Double.NaN, none, Double.NaN, Double.POSITIVE_INFINITY, 0, 0, 0,
                Map.of(ContextKind.GUEST, Double.NaN));
        RunResult run = new RunResult("idle", "v", null, "", 0, 0, RunResult.Status.FAILED, "boom", List.of(idle),
                List.of(), List.of());
        assertWellFormed(write(Reports.single("", run, "V", null, 0, null)));
    }

    @Test
    public final void leavesTheStreamOpenForItsOwner() throws Exception {
        boolean[] closed = new boolean[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        writer().write(SampleComparisons.of("a"), out);
        assertFalse(closed[0], "the writer closed the caller's stream");
        assertTrue(out.size() > 0);
    }
}
