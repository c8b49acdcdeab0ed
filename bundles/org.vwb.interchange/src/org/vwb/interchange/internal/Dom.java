package org.vwb.interchange.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Navigation by local name: producers disagree on prefixes and even on namespace versions (rasd of CIM 2.22
 * against 2.x schemas, oVirt's own spelling), so interchange matches local names and ignores the namespace.
 */
public final class Dom {

    private Dom() {
    }

    /** The local name of an element whether or not it was parsed namespace-aware. */
    public static String name(Element element) {
        String local = element.getLocalName();
        String name = local != null ? local : element.getTagName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    /** Child elements, all of them. */
    public static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** Child elements with a local name, compared ignoring case (oVirt writes {@code InstanceId}). */
    public static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> name(e).equalsIgnoreCase(localName)).toList();
    }

    public static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    /** The trimmed text of the first child with that local name, or empty. */
    public static String text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).orElse("");
    }

    /** An attribute by local name, whatever its prefix; empty if absent. */
    public static String attribute(Element element, String localName) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            int colon = name.indexOf(':');
            if ((colon >= 0 ? name.substring(colon + 1) : name).equals(localName)) {
                return attribute.getValue().trim();
            }
        }
        return "";
    }

    /** All descendants with a local name, document order. */
    public static List<Element> descendants(Element root, String localName) {
        return all(root).stream().filter(e -> name(e).equalsIgnoreCase(localName)).toList();
    }

    /**
     * Every element below {@code root}, document order, walked with an explicit stack rather than recursion:
     * the depth of a stranger's document must not decide whether the walk overflows the thread's stack.
     */
    public static List<Element> all(Element root) {
        List<Element> found = new ArrayList<>();
        Deque<Node> next = new ArrayDeque<>();
        for (Node n = root.getLastChild(); n != null; n = n.getPreviousSibling()) {
            next.push(n);
        }
        while (!next.isEmpty()) {
            Node node = next.pop();
            if (node instanceof Element element) {
                found.add(element);
                for (Node n = element.getLastChild(); n != null; n = n.getPreviousSibling()) {
                    next.push(n);
                }
            }
        }
        return found;
    }

    /** A new child element in a namespace, appended to its parent. */
    public static Element add(Element parent, String namespace, String qualifiedName) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, qualifiedName);
        parent.appendChild(child);
        return child;
    }

    /** A new child element holding text. */
    public static Element add(Element parent, String namespace, String qualifiedName, String text) {
        Element child = add(parent, namespace, qualifiedName);
        child.setTextContent(text);
        return child;
    }
}
