package org.vwb.model.persistence;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * EMF's XMI handler with two checks made while the parser reads, so they cost nothing extra and hold anywhere in
 * the file: elements nested deeper than {@link #MAX_DEPTH} stop the load at once (a hostile file of 100,000
 * levels would otherwise be parsed for half a minute), and a namespace of another version of the vwb model, on any
 * element, is named as such rather than as an unknown element.
 */
final class BoundedXmiHandler extends SAXXMIHandler {

    /**
     * How deep a {@code .vwb} file may nest elements. A real model nests 4 levels (model, configuration, virtual
     * machine, device); the margin leaves room for future containment without letting a hostile file through.
     */
    static final int MAX_DEPTH = 64;

    static final String CURRENT_VERSION = "1.0";
    private static final Pattern MODEL_NAMESPACE = Pattern.compile("http://www\\.vwb\\.org/model/([0-9][0-9.]*)");

    private int depth;

    BoundedXmiHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
        super(resource, helper, options);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new Refusal("elements nested deeper than " + MAX_DEPTH + " levels; a .vwb model nests about 4",
                    locator);
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String attribute = attributes.getQName(i);
            if (attribute.equals("xmlns") || attribute.startsWith("xmlns:")) {
                checkVersion(attributes.getValue(i));
            }
        }
        super.startElement(uri, localName, name, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        depth--;
        super.endElement(uri, localName, name);
    }

    private void checkVersion(String namespace) throws Refusal {
        Matcher version = MODEL_NAMESPACE.matcher(namespace.strip());
        if (version.matches() && !CURRENT_VERSION.equals(version.group(1))) {
            throw new Refusal("written for vwb model version " + version.group(1) + ", but this vwb reads model "
                    + "version " + CURRENT_VERSION + " (upgrade vwb to open it)", locator);
        }
    }

    /** A file refused for a reason of its own, not malformed XML: its message is the whole reason. */
    static final class Refusal extends SAXParseException {

        private static final long serialVersionUID = 1L;

        Refusal(String reason, org.xml.sax.Locator locator) {
            super(reason, locator);
        }
    }
}
