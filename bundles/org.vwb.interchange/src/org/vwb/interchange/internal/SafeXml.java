package org.vwb.interchange.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way interchange parses XML from strangers: no DOCTYPE at all (so no external entities, XXE, and no
 * entity expansion bombs), secure processing on, no XInclude. Parsing goes through SAX so every element keeps
 * the line it started on, which DOM alone forgets and every error message needs.
 */
public final class SafeXml {

    /** How many documents one file may hold (virt-install writes two: the install and the boot phase). */
    public static final int MAX_DOCUMENTS = 64;

    /** Comments and processing instructions, which may follow a root element without starting a document. */
    private static final Pattern MISC = Pattern.compile("(?s)<!--.*?-->|<\\?.*?\\?>");

    private SafeXml() {
    }

    /** Parses a document, every element carrying its line; failures name file, line and reason. */
    public static Document parse(Path file, byte[] content) throws InterchangeException {
        try {
            Document document = documentFactory().newDocumentBuilder().newDocument();
            parser().parse(new InputSource(new ByteArrayInputStream(content)),
                    new LineDomBuilder(document, 0, false));
            return document;
        } catch (SAXParseException e) {
            throw new InterchangeException(file, Math.max(e.getLineNumber(), 0), reason(e), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new InterchangeException(file, 0, "not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Parses a UTF-8 file that may hold several documents one after the other, as virt-install writes them:
     * each root element ends a document, and what follows it is parsed as the next one. Line numbers count
     * from the start of the file. At most {@link #MAX_DOCUMENTS}.
     */
    public static List<Document> parseSequence(Path file, byte[] content) throws InterchangeException {
        String rest = new String(content, StandardCharsets.UTF_8);
        rest = rest.startsWith("\uFEFF") ? rest.substring(1) : rest;
        List<Document> documents = new ArrayList<>();
        int lineOffset = 0;
        while (true) {
            if (documents.size() == MAX_DOCUMENTS) {
                throw new InterchangeException(file, lineOffset + 1, "holds more than " + MAX_DOCUMENTS
                        + " documents");
            }
            try {
                Document document = documentFactory().newDocumentBuilder().newDocument();
                parser().parse(new InputSource(new StringReader(rest)), new LineDomBuilder(document, lineOffset,
                        true));
                throw new InterchangeException(file, lineOffset + 1, "no root element");
            } catch (LineDomBuilder.RootEnded end) {
                documents.add(end.document);
                int at = offset(rest, end.line, end.column);
                String remainder = rest.substring(at);
                lineOffset += end.line - 1;
                int start = firstNonBlank(remainder);
                lineOffset += newlines(remainder.substring(0, start));
                rest = remainder.substring(start);
                if (MISC.matcher(rest).replaceAll("").isBlank()) {
                    return documents;
                }
            } catch (SAXParseException e) {
                throw new InterchangeException(file, Math.max(e.getLineNumber(), 0) + lineOffset, reason(e), e);
            } catch (SAXException | IOException | ParserConfigurationException e) {
                throw new InterchangeException(file, 0, "not well-formed XML: " + e.getMessage(), e);
            }
        }
    }

    /** The line an element started on, 0 if unknown. */
    public static int line(Node node) {
        Object line = node == null ? null : node.getUserData(LineDomBuilder.LINE);
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

    /** The character offset of a SAX locator's line and column (both from 1) in a text. */
    private static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\n' || (c == '\r' && (at + 1 == text.length() || text.charAt(at + 1) != '\n'))) {
                l++;
            }
        }
        return Math.min(text.length(), at + Math.max(0, column - 1));
    }

    private static int firstNonBlank(String text) {
        int at = 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static String reason(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nested deeper than")) {
            return message;
        }
        if (message.contains("DOCTYPE")) {
            return "DOCTYPE declarations are refused (they enable external entities and entity expansion bombs)";
        }
        return "not well-formed XML: " + message;
    }
}
