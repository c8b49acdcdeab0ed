package org.vwb.interchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.vwb.interchange.InterchangeException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one way interchange parses XML from strangers: no DOCTYPE at all (so no external entities, XXE, and no
 * entity expansion bombs), secure processing on, no XInclude. Parsing goes through SAX so every element keeps
 * the line it started on, which DOM alone forgets and every error message needs.
 */
public final class SafeXml {

    private static final String LINE = "vwb.line";

    private SafeXml() {
    }

    /** Parses a document, every element carrying its line; failures name file, line and reason. */
    public static Document parse(Path file, byte[] content) throws InterchangeException {
        try {
            Document document = documentFactory().newDocumentBuilder().newDocument();
            parser().parse(new InputSource(new ByteArrayInputStream(content)), new DomBuilder(document));
            return document;
        } catch (SAXParseException e) {
            throw new InterchangeException(file, Math.max(e.getLineNumber(), 0), reason(e), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InterchangeException(file, 0, "not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The line an element started on, 0 if unknown. */
    public static int line(Node node) {
        Object line = node == null ? null : node.getUserData(LINE);
        return line instanceof Integer number ? number : 0;
    }

    /** A new empty document to write into. */
    public static Document newDocument() {
        try {
            return documentFactory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", e);
        }
    }

    /** Serializes a document, indented, UTF-8. */
    public static byte[] write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            document.setXmlStandalone(true);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize XML: " + e.getMessage(), e);
        }
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser();
    }

    private static DocumentBuilderFactory documentFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory;
    }

    private static String reason(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are refused (they enable external entities and entity expansion bombs)";
        }
        return "not well-formed XML: " + message;
    }

    /** Builds DOM nodes from SAX events, recording each element's start line. */
    private static final class DomBuilder extends DefaultHandler {

        private final Document document;
        private final Deque<Node> open = new ArrayDeque<>();
        private Locator locator;

        DomBuilder(Document document) {
            this.document = document;
            open.push(document);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String namespace = attributes.getURI(i);
                element.setAttributeNS(namespace == null || namespace.isEmpty() ? null : namespace,
                        attributes.getQName(i), attributes.getValue(i));
            }
            element.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            open.peek().appendChild(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (open.peek() instanceof Element element) {
                element.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }
    }
}
