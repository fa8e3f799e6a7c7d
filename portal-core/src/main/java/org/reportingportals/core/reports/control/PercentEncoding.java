package org.reportingportals.core.reports.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-encoding of the parts of a URL, over UTF-8 bytes as browsers do it. Paths and queries are encoded
 * (so one URL has one text form); hosts are decoded first, because {@code ex%61mple.com} opens
 * {@code example.com}.
 */
final class PercentEncoding {

    private PercentEncoding() {
    }

    /** Percent-encodes what is not allowed in a path or query, keeping existing escapes (upper-cased). */
    static String encode(String part, boolean query) {
        StringBuilder out = new StringBuilder(part.length() + 16);
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%').append(Character.toUpperCase((char) bytes[i + 1]))
                        .append(Character.toUpperCase((char) bytes[i + 2]));
                i += 2;
            } else if (b > 0x20 && b < 0x7f && b != '"' && b != '<' && b != '>' && b != '`' && b != '%'
                    && !(query && b == '\'') && b != '{' && b != '}' && b != '|' && b != '^') {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The decoded text, or empty where the escapes do not spell UTF-8 (a browser would refuse the host). */
    static Optional<String> decode(String s) {
        if (s.indexOf('%') < 0) {
            return Optional.of(s);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
                bytes.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                bytes.write(in[i]);
            }
        }
        String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        return decoded.indexOf('\uFFFD') >= 0 ? Optional.empty() : Optional.of(decoded);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
