package org.reportingportals.core.portal.entity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A public page as the application rendered it once: its status, the headers the application set (the security
 * headers are the servlet filters' and set on every response anyway) and its body, cut at each {@link StandIn}.
 *
 * @param renderedFrom the published configuration it was rendered from, compared by identity: a publication puts
 *                     a new one in the directory, and the page is then out of date whatever any event said
 */
public record RenderedPage(Object renderedFrom, int status, List<Header> headers, List<byte[]> pieces,
                           List<StandIn> gaps) {

    /** One header line; a value may contain stand-ins. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name);
            Objects.requireNonNull(value);
        }
    }

    public RenderedPage {
        Objects.requireNonNull(renderedFrom);
        headers = List.copyOf(headers);
        pieces = pieces.stream().map(byte[]::clone).toList();
        gaps = List.copyOf(gaps);
        if (pieces.size() != gaps.size() + 1) {
            throw new IllegalArgumentException("a body of n gaps has n + 1 pieces");
        }
    }

    /** Cuts a rendered body at every stand-in it contains. */
    public static RenderedPage of(Object renderedFrom, int status, List<Header> headers, byte[] body) {
        List<byte[]> pieces = new ArrayList<>();
        List<StandIn> gaps = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            StandIn found = null;
            for (StandIn standIn : StandIn.values()) {
                int i = indexOf(body, standIn.text().getBytes(StandardCharsets.US_ASCII), from);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                    found = standIn;
                }
            }
            if (found == null) {
                pieces.add(Arrays.copyOfRange(body, from, body.length));
                return new RenderedPage(renderedFrom, status, headers, pieces, gaps);
            }
            pieces.add(Arrays.copyOfRange(body, from, at));
            gaps.add(found);
            from = at + found.text().length();
        }
    }

    /** The body with each stand-in replaced by this response's value (ASCII values: tokens, UUIDs). */
    public byte[] body(Function<StandIn, String> values) {
        if (gaps.isEmpty()) {
            return pieces.get(0).clone();
        }
        Map<StandIn, byte[]> chosen = new EnumMap<>(StandIn.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pieces.stream().mapToInt(p -> p.length).sum() + 256);
        for (int i = 0; i < gaps.size(); i++) {
            out.writeBytes(pieces.get(i));
            out.writeBytes(chosen.computeIfAbsent(gaps.get(i), s -> values.apply(s).getBytes(StandardCharsets.US_ASCII)));
        }
        out.writeBytes(pieces.get(gaps.size()));
        return out.toByteArray();
    }

    /** A header value with each stand-in replaced by this response's value. */
    public static String fill(String value, Function<StandIn, String> values) {
        String filled = value;
        for (StandIn standIn : StandIn.values()) {
            if (filled.contains(standIn.text())) {
                filled = filled.replace(standIn.text(), values.apply(standIn));
            }
        }
        return filled;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
