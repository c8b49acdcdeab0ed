package org.vwb.interchange.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds DOM nodes from SAX events, recording each element's start line, refusing nesting deeper than
 * {@link #MAX_DEPTH}, and, for files that hold several documents, stopping where the first root element ends.
 */
final class LineDomBuilder extends DefaultHandler {

    /**
     * No producer nests deeper than about 15 levels (VirtualBox's {@code vbox:Machine} inside an OVF envelope is
     * the deepest seen); a stranger's 30,000 levels only serve to exhaust memory and stacks.
     */
    static final int MAX_DEPTH = 64;

    static final String LINE = "vwb.line";

    /** Thrown when the root element has ended and the builder was asked to stop there. */
    static final class RootEnded extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient Document document;
        final int line;
        final int column;

        RootEnded(Document document, int line, int column) {
            super("root element ended");
            this.document = document;
            this.line = line;
            this.column = column;
        }
    }

    private final Document document;
    private final int lineOffset;
    private final boolean stopAtRootEnd;
    private final Deque<Node> open = new ArrayDeque<>();
    private Locator locator;

    LineDomBuilder(Document document, int lineOffset, boolean stopAtRootEnd) {
        this.document = document;
        this.lineOffset = lineOffset;
        this.stopAtRootEnd = stopAtRootEnd;
        open.push(document);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        if (open.size() > MAX_DEPTH) {
            throw new SAXParseException("elements are nested deeper than " + MAX_DEPTH + " levels; no configuration "
                    + "file needs that many", locator);
        }
        Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String namespace = attributes.getURI(i);
            element.setAttributeNS(namespace == null || namespace.isEmpty() ? null : namespace,
                    attributes.getQName(i), attributes.getValue(i));
        }
        element.setUserData(LINE, locator == null ? 0 : lineOffset + locator.getLineNumber(), null);
        open.peek().appendChild(element);
        open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        open.pop();
        if (stopAtRootEnd && open.size() == 1 && locator != null) {
            throw new RootEnded(document, locator.getLineNumber(), locator.getColumnNumber());
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (open.peek() instanceof Element element) {
            element.appendChild(document.createTextNode(new String(ch, start, length)));
        }
    }
}
