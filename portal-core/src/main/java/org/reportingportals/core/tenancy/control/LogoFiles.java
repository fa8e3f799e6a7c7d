package org.reportingportals.core.tenancy.control;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an uploaded logo before it can be served from our origin, and for an SVG rebuilds the file from what it
 * allows: PNG by its signature (stored as sent), or SVG drawn only with shapes, paths, text and gradients.
 *
 * <p>An SVG is read namespace-aware by the JDK's StAX parser with DTDs, external entities and external DTDs off
 * (XInclude is not a StAX feature), bounded in size, depth and element count. Elements are judged by namespace URI
 * and local name, never by the prefix the file chose: only the SVG namespace draws, and {@code xlink:href} is the
 * XLink namespace's {@code href} under any prefix. Attributes without a namespace come from an allow-list, each with
 * the values it may take; paint and reference attributes (fill, stroke, clip-path, mask) take a plain colour,
 * {@code none} or a reference within the file, {@code url(#id)}; no value may hold a backslash, so CSS escapes
 * cannot spell {@code url(} or {@code javascript:}.
 *
 * <p>Refused, not repaired, with every reason named: scripts, event attributes, {@code foreignObject}, style sheets
 * and {@code style} attributes, animation, links and references outside the file, a DOCTYPE or entities, processing
 * instructions, and any other element or attribute. A partner gets a clear answer rather than a logo that looks
 * different from the one uploaded. What is not drawn and cannot act is left out without refusal: comments,
 * {@code metadata}, whitespace between elements, namespace declarations of the source. The stored file is
 * then written by us from the parsed elements alone, so nothing of the uploaded bytes (encoding tricks, prefixes,
 * entity spellings) reaches a browser; {@code LogoStore} stores {@link Checked#content()}.
 */
public final class LogoFiles {

    public static final int MAX_BYTES = 256 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 10_000;
    private static final int MAX_REFUSALS = 8;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    /** What a refusal names, each a message {@code admin.logo.refused.<what>} with the element and attribute. */
    public static final Set<String> REFUSALS = Set.of("empty", "too-large", "none-chosen", "not-svg", "unreadable",
            "doctype", "too-deep", "too-many", "instruction", "script", "foreign-object", "style-sheet", "style",
            "animation", "element", "event", "attribute", "reference", "value");

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "symbol", "use", "path",
            "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask");
    /** Elements whose text is content; elsewhere text is not drawn and is left out. */
    private static final Set<String> TEXT = Set.of("text", "tspan", "title", "desc");
    /** Elements whose {@code href} may point at another element of the file. */
    private static final Set<String> REFERRING = Set.of("use", "linearGradient", "radialGradient");
    private static final Set<String> ANIMATION = Set.of("animate", "set", "animatemotion", "animatetransform",
            "animatecolor", "mpath", "discard");

    private enum Kind { NUMBERS, PAINT, COLOUR, REFERENCE, TEXT, ID }

    private static final Map<String, Kind> ATTRIBUTES = attributes();

    private static final String HEX = "#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})";
    private static final String COLOUR = "(?:" + HEX + "|[A-Za-z]{3,20}|(?:rgb|rgba|hsl|hsla)\\([0-9.,%\\s/]{1,60}\\))";
    private static final String LOCAL = "url\\(\\s*#[A-Za-z_][A-Za-z0-9_.-]{0,63}\\s*\\)";
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.-]{0,63}");
    private static final Pattern PAINT = Pattern.compile("\\s*(?:" + COLOUR + "|(?:" + LOCAL + ")(?:\\s+" + COLOUR + ")?)\\s*");
    private static final Pattern PLAIN_COLOUR = Pattern.compile("\\s*" + COLOUR + "\\s*");
    private static final Pattern REFERENCE = Pattern.compile("\\s*(?:none|" + LOCAL + ")\\s*");
    private static final Pattern NUMBERS = Pattern.compile("[A-Za-z0-9 .,%+\\-()\\t\\r\\n]*");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z-]*)\\s*\\(");
    private static final Set<String> TRANSFORMS = Set.of("matrix", "translate", "scale", "rotate", "skewx", "skewy");
    private static final Pattern WORDS = Pattern.compile("[^\\\\<>();&\\p{Cc}]{0,500}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9-]{1,35}");
    private static final Pattern NAME = Pattern.compile("[^\\p{L}\\p{N}:._-]");

    /** @param content what to store and serve: the PNG as sent, or the SVG as rebuilt here */
    public record Checked(String extension, String contentType, byte[] content) {
    }

    /**
     * One thing refused: {@code what} is one of {@link #REFUSALS}; the element and attribute it concerns, as the
     * file spelt them, reduced to name characters (empty where there is none).
     */
    public record Refusal(String what, String element, String attribute) {

        public Refusal {
            element = name(element);
            attribute = name(attribute);
        }

        private static String name(String text) {
            String name = NAME.matcher(text == null ? "" : text).replaceAll("");
            return name.length() > 60 ? name.substring(0, 60) : name;
        }
    }

    /** The refusal of a file, with everything refused in it (the first {@value #MAX_REFUSALS} kinds). */
    public static final class Refused extends RuntimeException {
        private final transient List<Refusal> refusals;

        public Refused(List<Refusal> refusals) {
            super(refusals.toString(), null, false, false);
            this.refusals = List.copyOf(refusals);
        }

        public Refused(String what, String element, String attribute) {
            this(List.of(new Refusal(what, element, attribute)));
        }

        public List<Refusal> refusals() {
            return refusals;
        }
    }

    private LogoFiles() {
    }

    public static Checked check(byte[] content) {
        if (content.length == 0) {
            throw new Refused("empty", "", "");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("too-large", "", "");
        }
        if (content.length > PNG.length && Arrays.equals(Arrays.copyOf(content, PNG.length), PNG)) {
            return new Checked("png", "image/png", content);
        }
        return new Checked("svg", "image/svg+xml", rebuilt(content));
    }

    private static byte[] rebuilt(byte[] content) {
        XMLInputFactory in = XMLInputFactory.newDefaultFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        in.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        in.setProperty(XMLInputFactory.IS_COALESCING, true);
        in.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length);
        Set<Refusal> refusals = new LinkedHashSet<>();
        XMLStreamReader reader = null;
        try {
            reader = in.createXMLStreamReader(new ByteArrayInputStream(content));
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            copy(reader, writer, refusals);
            writer.flush();
        } catch (XMLStreamException | RuntimeException unreadable) {
            if (unreadable instanceof Refused refused) {
                throw refused;
            }
            throw new Refused("unreadable", "", "");
        } finally {
            close(reader);
        }
        if (!refusals.isEmpty()) {
            throw new Refused(new ArrayList<>(refusals));
        }
        return bytes.toByteArray();
    }

    private static void copy(XMLStreamReader reader, XMLStreamWriter writer, Set<Refusal> refusals) throws XMLStreamException {
        List<String> open = new ArrayList<>(); // local names of the elements being copied, innermost last
        int depth = 0;
        int elements = 0;
        int skippedFrom = -1; // depth at which a left-out subtree (metadata) began, or -1
        boolean rooted = false;
        writer.writeStartDocument("UTF-8", "1.0");
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION,
                     XMLStreamConstants.NOTATION_DECLARATION -> throw new Refused("doctype", "", "");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> refuse(refusals, "instruction", reader.getPITarget(), "");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    elements++;
                    if (depth > MAX_DEPTH) {
                        throw new Refused("too-deep", "", "");
                    }
                    if (elements > MAX_ELEMENTS) {
                        throw new Refused("too-many", "", "");
                    }
                    String local = reader.getLocalName();
                    boolean svg = SVG.equals(reader.getNamespaceURI());
                    if (!rooted) {
                        if (!svg || !"svg".equals(local)) {
                            throw new Refused("not-svg", "", "");
                        }
                        rooted = true;
                    }
                    if (skippedFrom >= 0) {
                        continue;
                    }
                    if (svg && "metadata".equals(local)) {
                        skippedFrom = depth;
                        continue;
                    }
                    String element = qualified(reader.getPrefix(), local);
                    boolean allowed = judgeElement(svg, local, element, refusals);
                    List<String[]> attributes = judgeAttributes(reader, local, element, refusals);
                    if (allowed && refusals.isEmpty()) {
                        start(writer, local, depth == 1, attributes);
                    }
                    open.add(local);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (skippedFrom >= 0) {
                        if (depth == skippedFrom) {
                            skippedFrom = -1;
                        }
                    } else {
                        open.remove(open.size() - 1);
                        if (refusals.isEmpty()) {
                            writer.writeEndElement();
                        }
                    }
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (skippedFrom < 0 && !open.isEmpty() && TEXT.contains(open.get(open.size() - 1)) && refusals.isEmpty()) {
                        writer.writeCharacters(reader.getText());
                    }
                }
                default -> {
                    // comments, the document's start and end: nothing of them is drawn or kept
                }
            }
        }
        writer.writeEndDocument();
    }

    /** Whether the element is copied; a refusal is noted for one that is neither allowed nor left out. */
    private static boolean judgeElement(boolean svg, String local, String element, Set<Refusal> refusals) {
        String lower = local.toLowerCase(Locale.ROOT);
        if (lower.equals("script")) {
            refuse(refusals, "script", element, "");
        } else if (lower.equals("foreignobject")) {
            refuse(refusals, "foreign-object", element, "");
        } else if (lower.equals("style")) {
            refuse(refusals, "style-sheet", element, "");
        } else if (ANIMATION.contains(lower)) {
            refuse(refusals, "animation", element, "");
        } else if (!svg || !ELEMENTS.contains(local)) {
            refuse(refusals, "element", element, "");
        } else {
            return true;
        }
        return false;
    }

    /** The attributes to copy, each as {namespace or "", local name, value}; refusals noted for the others. */
    private static List<String[]> judgeAttributes(XMLStreamReader reader, String local, String element, Set<Refusal> refusals) {
        List<String[]> copied = new ArrayList<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i) == null ? "" : reader.getAttributeNamespace(i);
            String name = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            String spelt = qualified(reader.getAttributePrefix(i), name);
            String refusal = judgeAttribute(namespace, name, value, local);
            if (refusal == null) {
                copied.add(new String[] {namespace, name, value});
            } else {
                refuse(refusals, refusal, element, spelt);
            }
        }
        return copied;
    }

    /** Why the attribute is refused, or null when it is copied. */
    private static String judgeAttribute(String namespace, String name, String value, String element) {
        if (namespace.equals(XLINK) || (namespace.isEmpty() && name.equals("href"))) {
            if (!name.equals("href")) {
                return "attribute";
            }
            if (!FRAGMENT.matcher(value).matches()) {
                return "reference";
            }
            return REFERRING.contains(element) ? null : "attribute";
        }
        if (namespace.equals(XMLConstants.XML_NS_URI)) {
            boolean ok = (name.equals("lang") && LANGUAGE.matcher(value).matches())
                    || (name.equals("space") && (value.equals("default") || value.equals("preserve")));
            return ok ? null : "attribute";
        }
        if (!namespace.isEmpty()) {
            return "attribute";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("on")) {
            return "event";
        }
        if (lower.equals("style")) {
            return "style";
        }
        Kind kind = ATTRIBUTES.get(name);
        if (kind == null) {
            return "attribute";
        }
        return allowedValue(kind, value) ? null : "value";
    }

    private static boolean allowedValue(Kind kind, String value) {
        if (value.indexOf('\\') >= 0) {
            return false; // a CSS escape can spell anything, url( included
        }
        return switch (kind) {
            case PAINT -> PAINT.matcher(value).matches();
            case COLOUR -> PLAIN_COLOUR.matcher(value).matches();
            case REFERENCE -> REFERENCE.matcher(value).matches();
            case ID -> ID.matcher(value).matches();
            case TEXT -> WORDS.matcher(value).matches();
            case NUMBERS -> NUMBERS.matcher(value).matches() && onlyTransforms(value);
        };
    }

    /** Parentheses in a numeric value only as a transform function's: never url(, expression( or the like. */
    private static boolean onlyTransforms(String value) {
        Matcher function = FUNCTION.matcher(value);
        while (function.find()) {
            if (!TRANSFORMS.contains(function.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void start(XMLStreamWriter writer, String local, boolean root, List<String[]> attributes)
            throws XMLStreamException {
        writer.writeStartElement("", local, SVG);
        if (root) {
            writer.writeDefaultNamespace(SVG);
            writer.writeNamespace("xlink", XLINK);
        }
        for (String[] attribute : attributes) {
            switch (attribute[0]) {
                case "" -> writer.writeAttribute(attribute[1], attribute[2]);
                case XLINK -> writer.writeAttribute("xlink", XLINK, attribute[1], attribute[2]);
                default -> writer.writeAttribute("xml", XMLConstants.XML_NS_URI, attribute[1], attribute[2]);
            }
        }
    }

    private static void refuse(Set<Refusal> refusals, String what, String element, String attribute) {
        if (refusals.size() < MAX_REFUSALS) {
            refusals.add(new Refusal(what, element, attribute));
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing is left open on a byte array
            }
        }
    }

    private static Map<String, Kind> attributes() {
        Map<String, Kind> kinds = new java.util.HashMap<>();
        for (String name : List.of("x", "y", "width", "height", "viewBox", "preserveAspectRatio", "version", "x1", "y1",
                "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "transform",
                "offset", "gradientUnits", "gradientTransform", "spreadMethod", "clipPathUnits", "maskUnits",
                "maskContentUnits", "dx", "dy", "rotate", "textLength", "lengthAdjust", "fill-opacity", "fill-rule",
                "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
                "stroke-dashoffset", "stroke-opacity", "opacity", "stop-opacity", "clip-rule", "display", "visibility",
                "font-size", "font-weight", "font-style", "font-variant", "text-anchor", "dominant-baseline",
                "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration",
                "writing-mode", "direction", "unicode-bidi", "vector-effect", "shape-rendering", "text-rendering",
                "paint-order", "aria-hidden", "role", "lang")) {
            kinds.put(name, Kind.NUMBERS);
        }
        kinds.put("fill", Kind.PAINT);
        kinds.put("stroke", Kind.PAINT);
        kinds.put("stop-color", Kind.COLOUR);
        kinds.put("color", Kind.COLOUR);
        kinds.put("clip-path", Kind.REFERENCE);
        kinds.put("mask", Kind.REFERENCE);
        kinds.put("font-family", Kind.TEXT);
        kinds.put("aria-label", Kind.TEXT);
        kinds.put("id", Kind.ID);
        return Map.copyOf(kinds);
    }
}
