package dk.tvaers.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A model's XML as a tree of elements with their line numbers, read with DOCTYPEs refused (so no entity can hide
 * what the engine will see) and no external access.
 */
final class XmlTree {

    /** An element: its namespace and local name, attributes by {namespace}local, text, position and children. */
    static final class Element {
        final String namespace;
        final String localName;
        final Map<String, Attribute> attributes = new LinkedHashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<Element> children = new ArrayList<>();
        final Element parent;
        final int line;
        final int column;

        Element(String namespace, String localName, Element parent, int line, int column) {
            this.namespace = namespace;
            this.localName = localName;
            this.parent = parent;
            this.line = line;
            this.column = column;
        }

        /** An attribute without a namespace. */
        String attribute(String name) {
            Attribute attribute = attributes.get(name);
            return attribute == null ? null : attribute.value();
        }

        /** An attribute in a namespace. */
        String attribute(String namespace, String name) {
            Attribute attribute = attributes.get("{" + namespace + "}" + name);
            return attribute == null ? null : attribute.value();
        }

        String text() {
            return text.toString();
        }

        /** This element and every element below it, in document order. */
        List<Element> all() {
            List<Element> all = new ArrayList<>();
            collect(all);
            return all;
        }

        private void collect(List<Element> into) {
            into.add(this);
            children.forEach(child -> child.collect(into));
        }
    }

    /** An attribute: its namespace ("" for none), local name and value. */
    record Attribute(String namespace, String localName, String value) {}

    static Element parse(byte[] xml) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        Handler handler = new Handler();
        factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(xml)), handler);
        if (handler.root == null) {
            throw new SAXException("no root element");
        }
        return handler.root;
    }

    private static final class Handler extends DefaultHandler {
        private Locator locator;
        private Element root;
        private Element current;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Element element = new Element(
                    uri == null ? "" : uri,
                    localName,
                    current,
                    locator == null ? 0 : locator.getLineNumber(),
                    locator == null ? 0 : locator.getColumnNumber());
            for (int i = 0; i < attributes.getLength(); i++) {
                String namespace = attributes.getURI(i) == null ? "" : attributes.getURI(i);
                String name = attributes.getLocalName(i);
                String key = namespace.isEmpty() ? name : "{" + namespace + "}" + name;
                element.attributes.put(key, new Attribute(namespace, name, attributes.getValue(i)));
            }
            if (current == null) {
                root = element;
            } else {
                current.children.add(element);
            }
            current = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            current = current.parent;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) {
                current.text.append(ch, start, length);
            }
        }
    }

    private XmlTree() {}
}
