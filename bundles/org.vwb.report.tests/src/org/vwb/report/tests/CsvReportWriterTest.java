package org.vwb.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vwb.core.Comparison;
import org.vwb.model.DriverPlacement;
import org.vwb.report.ReportWriter;
import org.vwb.testing.ReportWriterContractTest;
import org.vwb.testing.SampleComparisons;

class CsvReportWriterTest extends ReportWriterContractTest {

    @Override
    protected ReportWriter writer() {
        return RegisteredWriters.of("csv");
    }

    /** Every record has as many fields as the header, and every line ends in CRLF. */
    @Override
    protected void assertWellFormed(String report) {
        assertTrue(report.endsWith("\r\n"), "the last record does not end in CRLF");
        List<List<String>> records = parse(report);
        for (List<String> record : records) {
            assertEquals(records.get(0).size(), record.size(), () -> "ragged record " + record);
        }
    }

    /** RFC 4180, strictly: quoted fields may hold commas, CRLF and doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && csv.startsWith("\r\n", i)) {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '"' && c != '\n' && c != '\r', "unquoted special character at " + i);
                field.append(c);
            }
        }
        return records;
    }

    @Test
    void oneRowPerDevicePerEntryAfterTheHeader() throws Exception {
        List<List<String>> records = parse(write(SampleComparisons.of("esxi", "hyperv", "xen")));
        assertEquals(1 + 3 * 2, records.size());
        assertEquals("entry", records.get(0).get(0));
        assertEquals(List.of("hyperv", "Sample hyperv", "PARENT_PARTITION", "legacy-vm", "net0"),
                records.get(3).subList(0, 5));
    }

    @Test
    void eachRowSaysHowManyArrivalsTheGuestDroppedAlsoForADeviceThatCompletedNothing() throws Exception {
        List<List<String>> records = parse(write(Devices.comparison(Devices.dropping("vm", "net0", 4321),
                Devices.idle("vm", "net1", 7))));
        int column = records.get(0).indexOf("dropped");
        assertTrue(column > 0, () -> "no dropped column in " + records.get(0));
        assertEquals("4321", records.get(1).get(column));
        assertEquals("0", records.get(2).get(column));
    }

    @Test
    void namesWithCommasQuotesAndLineBreaksAreQuotedAndComeBackWhole() throws Exception {
        String name = "a, \"b\"\r\nc";
        Comparison comparison = new Comparison("t", "", 1, 0,
                List.of(SampleComparisons.entry(name, DriverPlacement.IN_HYPERVISOR, 1)), List.of());
        String csv = write(comparison);
        assertTrue(csv.contains("\"a, \"\"b\"\"\r\nc\""), csv);
        assertEquals(name, parse(csv).get(1).get(0));
    }

    @Test
    void namesThatWouldRunAsSpreadsheetFormulasAreNeutralisedButNumbersAreNot() throws Exception {
        List<String> names = List.of("=HYPERLINK(\"http://x\")", "+1+cmd", "-2+3", "@SUM(A1)", "\tTAB", "\rCR",
                "-5", "+1.5e3", "plain");
        List<String> expected = List.of("'=HYPERLINK(\"http://x\")", "'+1+cmd", "'-2+3", "'@SUM(A1)", "'\tTAB",
                "'\rCR", "-5", "+1.5e3", "plain");
        for (int i = 0; i < names.size(); i++) {
            Comparison comparison = new Comparison("t", "", 1, 0,
                    List.of(SampleComparisons.entry(names.get(i), DriverPlacement.IN_HYPERVISOR, 1)), List.of());
            assertEquals(expected.get(i), parse(write(comparison)).get(1).get(0), names.get(i));
        }
    }
}
