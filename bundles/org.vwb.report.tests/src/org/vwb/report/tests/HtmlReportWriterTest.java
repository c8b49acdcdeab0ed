package org.vwb.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.vwb.core.Comparison;
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
    void everyMetricChartHasOneBarPerEntryIncludingTheStackedCpuChart() throws Exception {
        List<Document> charts = svgs(write(SampleComparisons.of("esxi", "hyperv", "xen"))).stream()
                .filter(svg -> rootClass(svg).equals("chart")).toList();
        assertEquals(6, charts.size(), "throughput, exits, CPU, p99, footprint, trusted code");
        for (Document chart : charts) {
            assertEquals(3, withClass(chart, "bar").size(), () -> "bars in " + chart.getDocumentElement()
                    .getAttribute("aria-label"));
        }
        assertTrue(charts.stream().anyMatch(c -> withClass(c, "seg").size() == 3 * 5), "CPU stacked by 5 contexts");
    }

    @Test
    void footprintChartIsLogarithmicSoA32MegabyteHypervisorStillShows() throws Exception {
        String report = write(SampleComparisons.of("esxi", "hyperv"));
        assertTrue(report.contains("Installed footprint (log scale)"), "no log-scale footprint chart");
        Document footprint = svgs(report).stream()
                .filter(svg -> svg.getDocumentElement().getAttribute("aria-label").equals("Installed footprint"))
                .findFirst().orElseThrow();
        for (Element bar : withClass(footprint, "bar")) {
            assertTrue(Double.parseDouble(bar.getAttribute("width")) > 40, "a bar too thin to see");
        }
    }

    @Test
    void latencyDistributionHasOneLinePerEntryForEachDevice() throws Exception {
        List<Document> latency = svgs(write(SampleComparisons.of("esxi", "hyperv"))).stream()
                .filter(svg -> rootClass(svg).equals("chart latency")).toList();
        assertEquals(2, latency.size(), "legacy-vm/net0 and enlightened-vm/net0");
        for (Document chart : latency) {
            List<Element> paths = withClass(chart, "dist");
            assertEquals(2, paths.size());
            assertTrue(paths.get(0).getAttribute("d").matches("M[\\d.]+,[\\d.]+( L[\\d.]+,[\\d.]+){3}"));
        }
    }

    @Test
    void requestPathDiagramsShowAnEmulatedAndASyntheticRequestInLanes() throws Exception {
        String report = write(SampleComparisons.of("esxi", "hyperv"));
        List<Document> diagrams = svgs(report).stream().filter(svg -> rootClass(svg).equals("diagram")).toList();
        assertEquals(2, diagrams.size());
        assertTrue(report.contains("dec21140, emulated") && report.contains("netvsc, synthetic"), report);
        Document emulated = diagrams.get(0);
        assertEquals(5, withClass(emulated, "lane").size(), "guest, hypervisor, parent, worker, device");
        assertEquals(6, withClass(emulated, "step").size());
        assertEquals(5, withClass(emulated, "hop").size(), "every step in another context than the last");
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
