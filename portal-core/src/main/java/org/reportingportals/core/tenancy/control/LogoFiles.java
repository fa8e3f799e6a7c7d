package org.reportingportals.core.tenancy.control;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an uploaded logo before it can be served from our origin: PNG by its signature, or SVG drawn only
 * with shapes, paths, text and gradients. An SVG with anything that could run or fetch (script,
 * {@code foreignObject}, event attributes, links or references outside the file, style sheets, a DOCTYPE or
 * entities) is refused with the reason, not repaired: a partner gets a clear answer and we never serve a
 * file we changed.
 */
public final class LogoFiles {

    public static final int MAX_BYTES = 256 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline",
            "polygon", "text", "tspan", "title", "desc", "defs", "lineargradient", "radialgradient", "stop", "clippath",
            "mask", "symbol", "use", "metadata");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "xlink:href", "src");

    public record Checked(String extension, String contentType) {
    }

    /** The refusal of a file, in words for the partner. */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private LogoFiles() {
    }

    public static Checked check(byte[] content) {
        if (content.length == 0) {
            throw new Refused("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("the file is larger than " + MAX_BYTES / 1024 + " KB");
        }
        if (content.length > PNG.length && Arrays.equals(Arrays.copyOf(content, PNG.length), PNG)) {
            return new Checked("png", "image/png");
        }
        checkSvg(content);
        return new Checked("svg", "image/svg+xml");
    }

    private static void checkSvg(byte[] content) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
        } catch (Exception e) {
            throw new Refused("not a PNG, and not an SVG file that can be read safely (a DOCTYPE or entities are not allowed)");
        }
        if (!"svg".equals(root.getLocalName())) {
            throw new Refused("not a PNG, and not an SVG file");
        }
        List<String> problems = new ArrayList<>();
        walk(root, problems);
        if (!problems.isEmpty()) {
            throw new Refused("the SVG is refused: " + String.join("; ", problems.stream().distinct().limit(5).toList()));
        }
    }

    private static void walk(Element element, List<String> problems) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("script")) {
            problems.add("it contains a script");
        } else if (lower.equals("foreignobject")) {
            problems.add("it contains a foreignObject");
        } else if (lower.equals("style")) {
            problems.add("it contains a style sheet (use attributes such as fill instead)");
        } else if (!ELEMENTS.contains(lower)) {
            problems.add("<" + name + "> is not allowed");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attr = attribute.getNodeName().toLowerCase(Locale.ROOT);
            String value = attribute.getNodeValue().strip().toLowerCase(Locale.ROOT);
            if (attr.startsWith("on")) {
                problems.add("the event attribute " + attribute.getNodeName() + " is not allowed");
            } else if (URL_ATTRIBUTES.contains(attr) && !value.startsWith("#")) {
                problems.add("it refers to something outside the file (" + attribute.getNodeName() + ")");
            } else if (value.contains("url(") && !value.matches(".*url\\(\\s*#[^)]*\\).*")) {
                problems.add("it refers to something outside the file (url() in " + attribute.getNodeName() + ")");
            } else if (value.contains("javascript:") || value.contains("data:")) {
                problems.add("the attribute " + attribute.getNodeName() + " holds a script or data address");
            } else if (attr.equals("style") && (value.contains("@import") || value.contains("expression("))) {
                problems.add("the style attribute imports or computes");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                walk(e, problems);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                problems.add("it contains a processing instruction");
            }
        }
    }
}
