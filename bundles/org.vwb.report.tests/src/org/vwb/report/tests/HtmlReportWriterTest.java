package org.vwb.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.vwb.core.Comparison;
import org.vwb.core.api.ContextKind;
import org.vwb.core.RequestTrace;
import org.vwb.core.api.VendorProfile;
import org.vwb.model.DeviceKind;
import org.vwb.model.DriverPlacement;
import org.vwb.report.ReportWriter;
import org.vwb.testing.ReportWriterContractTest;
import org.vwb.testing.SampleComparisons;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportWriterTest extends ReportWriterContractTest {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    @Override
    protected ReportWriter writer() {
        return RegisteredWriters.of("html");
    }

    @Override
    protected void assertWellFormed(String report) throws Exception {
        assertTrue(report.startsWith("<!DOCTYPE html>"), "not an HTML page");
        assertTrue(report.strip().endsWith("</html>"), "the page is not closed");
        svgs(report);
    }

    /** Every {@code <svg>} fragment, parsed as namespaced XML with secure processing on. */
    private static List<Document> svgs(String report) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<Document> documents = new ArrayList<>();
        Matcher svg = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(report);
        while (svg.find()) {
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg.group())));
            assertEquals(SVG_NAMESPACE, document.getDocumentElement().getNamespaceURI());
            documents.add(document);
        }
        return documents;
    }

    private static List<Element> withClass(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS(SVG_NAMESPACE, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String rootClass(Document svg) {
        return svg.getDocumentElement().getAttribute("class");
    }

    @Test
    void linearFiguresAreBarsOnePerEntryIncludingTheStackedCpuChart() throws Exception {
        List<Document> charts = svgs(write(SampleComparisons.of("esxi", "hyperv", "xen"))).stream()
                .filter(svg -> rootClass(svg).equals("chart")).toList();
        assertEquals(3, charts.size(), "throughput, exits, CPU");
        for (Document chart : charts) {
            assertEquals(3, withClass(chart, "bar").size(), () -> "bars in " + label(chart));
        }
        assertTrue(charts.stream().anyMatch(c -> withClass(c, "seg").size() == 3 * 5), "CPU stacked by 5 contexts");
    }

    @Test
    void figuresSpanningDecadesAreDotsWhosePositionsAreProportionalToTheirLogarithms() throws Exception {
        Comparison comparison = SampleComparisons.of("esxi", "hyperv", "xen");
        List<Document> dots = svgs(write(comparison)).stream().filter(svg -> rootClass(svg).equals("chart dots"))
                .toList();
        assertEquals(List.of("Latency p99, network devices", "Installed footprint", "Trusted code"),
                dots.stream().map(HtmlReportWriterTest::label).toList());
        Document footprint = dots.get(1);
        assertTrue(withClass(footprint, "bar").isEmpty(), "no bars on a log axis");
        List<Element> marks = withClass(footprint, "dot");
        assertEquals(3, marks.size());
        double[] values = comparison.entries().stream().mapToDouble(e -> e.figures().footprint().value()).toArray();
        double[] cx = marks.stream().mapToDouble(m -> Double.parseDouble(m.getAttribute("cx"))).toArray();
        double perDecade = (cx[2] - cx[0]) / Math.log10(values[2] / values[0]);
        assertTrue(perDecade > 20, "a decade must take visible room");
        assertEquals(Math.log10(values[1] / values[0]) * perDecade, cx[1] - cx[0], 0.2);
    }

    @Test
    void trustedCodeOfAParentPartitionShowsTheHypervisorAndTheRootPartitionBoundLabelled() throws Exception {
        String report = write(SampleComparisons.of("esxi", "hyperv"));
        Document trusted = svgs(report).stream().filter(svg -> label(svg).equals("Trusted code")).findFirst()
                .orElseThrow();
        List<Element> marks = withClass(trusted, "dot");
        assertEquals(3, marks.size(), "esxi: one; hyperv: hypervisor binary and root partition bound");
        assertEquals("#fff", marks.get(2).getAttribute("fill"), "the bound is drawn hollow");
        assertTrue(marks.get(2).getTextContent().contains("root partition"), marks.get(2).getTextContent());
        assertTrue(report.contains("at most the installed footprint"), "the bound is labelled as one");
    }

    @Test
    void latencyCdfIsMonotoneAndEndsAtOneHundredPercent() throws Exception {
        List<Document> latency = svgs(write(SampleComparisons.of("esxi", "hyperv"))).stream()
                .filter(svg -> rootClass(svg).equals("chart latency")).toList();
        assertEquals(2, latency.size(), "legacy-vm/net0 and enlightened-vm/net0");
        for (Document chart : latency) {
            List<Element> paths = withClass(chart, "dist");
            assertEquals(2, paths.size());
            for (Element path : paths) {
                assertMonotoneCdf(chart, points(path));
            }
        }
    }

    @Test
    void aDeviceWhoseRequestsAllFallInOneBucketStillDrawsItsStep() throws Exception {
        Comparison oneBucket = Devices.comparison(Devices.device("vm", "net0", DeviceKind.NETWORK, 9.7, 9.7, 10,
                1000));
        Document chart = svgs(write(oneBucket)).stream().filter(svg -> rootClass(svg).equals("chart latency"))
                .findFirst().orElseThrow();
        List<double[]> points = points(withClass(chart, "dist").get(0));
        assertMonotoneCdf(chart, points);
        double rise = points.get(0)[1] - points.get(points.size() - 1)[1];
        assertTrue(rise > 100, "the step from 0 to 100 % must be drawn, rose " + rise);
        assertTrue(points.get(points.size() - 1)[0] - points.get(0)[0] > 100, "a line across the axis");
    }

    @Test
    void tableScrollsInsideItsOwnBoxAndLongLabelsAreCutWithTheWholeNameAsTooltip() throws Exception {
        String[] labels = new String[10];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = "a rather long configuration label number " + i;
        }
        String report = write(SampleComparisons.of(labels));
        assertTrue(report.contains("<div class=\"scroll\"><table class=\"comparison\">"));
        Document throughput = svgs(report).get(0);
        Element label = withClass(throughput, "label").get(0);
        assertTrue(label.getTextContent().startsWith(labels[0]) && label.getTextContent().contains("\u2026"),
                "the whole label as tooltip, the cut one shown: " + label.getTextContent());
    }

    private static String label(Document svg) {
        return svg.getDocumentElement().getAttribute("aria-label");
    }

    private static List<double[]> points(Element path) {
        List<double[]> points = new ArrayList<>();
        Matcher point = Pattern.compile("([\\d.]+),([\\d.]+)").matcher(path.getAttribute("d"));
        while (point.find()) {
            points.add(new double[] { Double.parseDouble(point.group(1)), Double.parseDouble(point.group(2)) });
        }
        return points;
    }

    /** Left to right, never down (SVG's y grows downwards), from the 0 % line to the 100 % line. */
    private static void assertMonotoneCdf(Document chart, List<double[]> points) {
        double zero = tickY(chart, "0 %");
        double full = tickY(chart, "100 %");
        assertEquals(zero, points.get(0)[1], 0.11, "starts at 0 %");
        assertEquals(full, points.get(points.size() - 1)[1], 0.11, "ends at 100 %");
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i)[0] >= points.get(i - 1)[0], "x goes back at point " + i);
            assertTrue(points.get(i)[1] <= points.get(i - 1)[1], "the share falls at point " + i);
        }
    }

    private static double tickY(Document chart, String text) {
        return withClass(chart, "tick").stream().filter(t -> t.getTextContent().equals(text)).findFirst()
                .map(t -> Double.parseDouble(t.getAttribute("y")) - 4).orElseThrow(() -> new AssertionError(text));
    }

    @Test
    void requestPathDiagramsShowAnEmulatedAndASyntheticRequestInLanes() throws Exception {
        String report = write(SampleComparisons.of("esxi", "hyperv"));
        List<Document> diagrams = diagrams(report);
        assertEquals(4, diagrams.size(), "an emulated and a synthetic device, each on both vendors");
        assertTrue(report.contains("legacy-vm / net0, emulated: esxi and hyperv")
                && report.contains("enlightened-vm / net0, synthetic: esxi and hyperv"), report);
        Document emulated = diagrams.get(0);
        assertEquals(5, withClass(emulated, "lane").size(), "guest, hypervisor, parent, worker, device");
        assertEquals(6, withClass(emulated, "step").size());
        assertEquals(5, withClass(emulated, "hop").size(), "every step in another context than the last");
    }

    @Test
    void theSameDeviceUnderTwoVendorsIsDrawnSideBySideOnOneScale() throws Exception {
        Comparison sample = SampleComparisons.of("esxi", "hyperv");
        Comparison.Entry esxi = sample.entries().get(0);
        RequestTrace full = esxi.traces().get(0);
        RequestTrace inHypervisor = new RequestTrace(full.vm(), full.device(), "vlance", full.steps().stream()
                .filter(step -> step.context() != ContextKind.WORKER).toList());
        Comparison comparison = new Comparison("pair", "", 1_000_000_000L, 1, List.of(new Comparison.Entry(
                esxi.label(), esxi.vendorName(), esxi.placement(), esxi.result(), esxi.figures(),
                List.of(inHypervisor, esxi.traces().get(1))), sample.entries().get(1)), List.of());
        String report = write(comparison);
        List<Document> pair = diagrams(report).subList(0, 2);
        assertEquals("esxi: vlance", pair.get(0).getDocumentElement().getAttribute("aria-label"),
                "the comparison's order, although hyperv's path leads (it crosses more contexts)");
        assertEquals("hyperv: dec21140", pair.get(1).getDocumentElement().getAttribute("aria-label"));
        assertEquals(4, withClass(pair.get(0), "lane").size());
        assertEquals(5, withClass(pair.get(1), "lane").size());
        for (String size : List.of("width", "height")) {
            assertEquals(pair.get(0).getDocumentElement().getAttribute(size),
                    pair.get(1).getDocumentElement().getAttribute(size), size + ": scaled alike to fit the page");
        }
        assertEquals(stepWidths(pair.get(0)).get(0), stepWidths(pair.get(1)).get(0), 1e-9,
                "the guest's 750 ns step is as wide on both sides");
        assertEquals(Collections.max(stepWidths(pair.get(0))), Collections.max(stepWidths(pair.get(1))), 1e-9);
        assertTrue(report.contains("5 steps, 7,500 cycles, 10.8 \u00b5s; 1 VM exit, 0 partition")
                && report.contains("6 steps, 11,500 cycles, 12.3 \u00b5s; 1 VM exit, 0 partition"), report);
    }

    @Test
    void aDeviceNoOtherVendorTracedIsDrawnAlone() throws Exception {
        String report = write(SampleComparisons.of("esxi"));
        assertEquals(2, diagrams(report).size());
        assertTrue(report.contains("legacy-vm / net0, emulated: esxi</h3>"), report);
    }

    @Test
    void ratiosToBareMetalAreShownOnlyWhenTheComparisonRanIt() throws Exception {
        assertFalse(write(SampleComparisons.of("esxi", "hyperv")).contains("Relative to bare metal"));
        Comparison.Entry esxi = SampleComparisons.of("esxi").entries().get(0);
        String report = write(Devices.of(esxi, Devices.under(esxi, VendorProfile.BARE_METAL, 0.25)));
        Matcher row = Pattern.compile("<tr><th>esxi</th><td>esxi@native.bare-metal</td><td>([^<]*)</td>"
                + "<td>([^<]*)</td></tr>").matcher(report);
        assertTrue(row.find(), report);
        assertEquals("1.00", row.group(1), "the same throughput");
        assertEquals("4.00", row.group(2), "four times the bare-metal run's CPU per request");
    }

    @Test
    void aRunThatCompletedNoRequestSaysWhyAndShowsNoZeroFigures() throws Exception {
        String report = write(Devices.comparison(Devices.idle("vm", "net0", 0)));
        assertTrue(report.contains("no request completed: no device was given a request (no workload)"), report);
        Matcher exits = Pattern.compile("<th>VM exits / request</th><td>([^<]*)</td>").matcher(report);
        assertTrue(exits.find(), report);
        assertEquals("-", exits.group(1), "unknown, not 0");
    }

    private static List<Document> diagrams(String report) throws Exception {
        return svgs(report).stream().filter(svg -> rootClass(svg).equals("diagram")).toList();
    }

    private static List<Double> stepWidths(Document diagram) {
        return withClass(diagram, "step").stream().map(e -> Double.parseDouble(e.getAttribute("width"))).toList();
    }

    @Test
    void eachStepOfARequestPathIsAsWideAsItsTimeWithAVisibleMinimum() throws Exception {
        Comparison comparison = SampleComparisons.of("esxi", "hyperv");
        Document emulated = svgs(write(comparison)).stream().filter(svg -> rootClass(svg).equals("diagram"))
                .findFirst().orElseThrow();
        List<Element> steps = withClass(emulated, "step");
        List<org.vwb.core.RequestTrace.Step> traced = comparison.entries().get(0).traces().get(0).steps();
        double longest = traced.stream().mapToDouble(org.vwb.core.RequestTrace.Step::nanos).max().orElseThrow();
        double full = 0;
        for (int i = 0; i < steps.size(); i++) {
            full = Math.max(full, Double.parseDouble(steps.get(i).getAttribute("width")));
        }
        for (int i = 0; i < steps.size(); i++) {
            double width = Double.parseDouble(steps.get(i).getAttribute("width"));
            double expected = Math.max(3, full * traced.get(i).nanos() / longest);
            assertEquals(expected, width, 0.11, "step " + i + " (" + traced.get(i).event() + ")");
        }
        assertTrue(full / Double.parseDouble(steps.get(steps.size() - 1).getAttribute("width")) > 10,
                "the 8 us device step is over ten times the 375 ns interrupt handler's");
    }

    @Test
    void namesFromTheUsersFileAreEscapedEverywhere() throws Exception {
        String hostile = "<script>alert('x')</script>";
        Comparison comparison = new Comparison(hostile, hostile, 1_000_000_000L, 1,
                List.of(SampleComparisons.entry(hostile, DriverPlacement.IN_HYPERVISOR, 1)), List.of());
        String report = write(comparison);
        assertFalse(report.contains("<script"), "unescaped markup from a name");
        assertTrue(report.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertWellFormed(report);
    }

    @Test
    void pageLoadsNothingFromTheNetwork() throws Exception {
        String report = write(SampleComparisons.of("esxi", "hyperv"));
        assertFalse(Pattern.compile("(src|href)\\s*=|url\\(\\s*['\"]?(?!#)|@import|<script|<link", Pattern.CASE_INSENSITIVE)
                .matcher(report).find(), "the page refers to an external resource or runs a script");
        String withoutNamespaces = report.replace("xmlns=\"" + SVG_NAMESPACE + "\"", "");
        assertFalse(withoutNamespaces.contains("http://") || withoutNamespaces.contains("https://"),
                "a URL outside an XML namespace declaration");
    }
}
