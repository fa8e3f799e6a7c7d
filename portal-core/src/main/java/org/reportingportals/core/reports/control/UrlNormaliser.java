package org.reportingportals.core.reports.control;

import com.ibm.icu.text.IDNA;
import org.reportingportals.core.reports.entity.NormalisedUrl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a reporter typed into the URL a browser would open, or says why it cannot.
 *
 * <p>Only {@code http} and {@code https} are accepted; a missing scheme is read as {@code http} because
 * people paste {@code example.com/page}. The rules follow the WHATWG URL standard where a browser would
 * otherwise see something other than the text suggests: tabs and newlines inside are dropped, backslashes
 * count as slashes, numeric hosts such as {@code 0x7f.1} are IPv4, the last {@code @} ends the userinfo.
 * Hosts go through ICU's UTS #46 (non-transitional, bidi and CONTEXTJ checks). Nothing is ever resolved
 * or fetched.
 */
public final class UrlNormaliser {

    /** Longest raw input accepted; checked before any other work so huge inputs cost nothing. */
    public static final int MAX_RAW_LENGTH = 2048;
    /** Longest normalised form (percent-encoding can grow the text). */
    public static final int MAX_NORMALISED_LENGTH = 4096;

    /** Why a URL was refused; each maps to a message key {@code intake.error.url.<code>}. */
    public enum Problem {
        EMPTY("empty"), TOO_LONG("too-long"), SCHEME("scheme"), INVALID("invalid"), HOST("host");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The result: a normalised URL or the problem. */
    public sealed interface Outcome permits Accepted, Rejected {
    }

    public record Accepted(NormalisedUrl url) implements Outcome {
    }

    public record Rejected(Problem problem) implements Outcome {
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern PORT_AFTER_COLON = Pattern.compile("^[A-Za-z0-9.\\-]+:\\d{1,5}(?:[/?#].*)?$", Pattern.DOTALL);
    private static final String FORBIDDEN_HOST_CHARS = "\u0000\t\n\r #/:<>?@[\\]^|%";

    private final IDNA idna = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO);

    public Outcome normalise(String typed) {
        if (typed == null) {
            return new Rejected(Problem.EMPTY);
        }
        if (typed.length() > MAX_RAW_LENGTH) {
            return new Rejected(Problem.TOO_LONG);
        }
        String raw = stripC0AndSpace(typed);
        if (raw.isEmpty()) {
            return new Rejected(Problem.EMPTY);
        }
        String input = raw.replace("\t", "").replace("\n", "").replace("\r", "");
        if (containsControl(input)) {
            return new Rejected(Problem.INVALID);
        }

        String scheme;
        String rest;
        var schemeMatch = SCHEME.matcher(input);
        if (schemeMatch.find() && !PORT_AFTER_COLON.matcher(input).matches()) {
            scheme = schemeMatch.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new Rejected(Problem.SCHEME);
            }
            rest = input.substring(schemeMatch.end()).replace('\\', '/');
            if (!rest.startsWith("//")) {
                return new Rejected(Problem.INVALID);
            }
            rest = rest.substring(2);
        } else {
            scheme = "http";
            rest = input.replace('\\', '/');
            if (rest.startsWith("//")) {
                rest = rest.substring(2);
            }
        }
        while (rest.startsWith("/")) {
            rest = rest.substring(1); // "http:///example.com" is read as the host by browsers
        }

        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String afterAuthority = authorityEnd < 0 ? "" : rest.substring(authorityEnd);

        int at = authority.lastIndexOf('@');
        boolean hadUserinfo = at >= 0;
        String hostPort = hadUserinfo ? authority.substring(at + 1) : authority;

        String hostPart;
        String portPart = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return new Rejected(Problem.HOST);
            }
            hostPart = hostPort.substring(0, close + 1);
            String tail = hostPort.substring(close + 1);
            if (!tail.isEmpty()) {
                if (!tail.startsWith(":")) {
                    return new Rejected(Problem.HOST);
                }
                portPart = tail.substring(1);
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            hostPart = colon < 0 ? hostPort : hostPort.substring(0, colon);
            portPart = colon < 0 ? null : hostPort.substring(colon + 1);
        }

        Integer port = null;
        if (portPart != null && !portPart.isEmpty()) {
            if (!portPart.matches("\\d{1,5}")) {
                return new Rejected(Problem.INVALID);
            }
            int p = Integer.parseInt(portPart);
            if (p > 65535) {
                return new Rejected(Problem.INVALID);
            }
            boolean isDefault = (scheme.equals("http") && p == 80) || (scheme.equals("https") && p == 443);
            port = isDefault ? null : p;
        }

        Host host = host(hostPart);
        if (host == null) {
            return new Rejected(Problem.HOST);
        }

        int fragment = afterAuthority.indexOf('#');
        String pathAndQuery = fragment < 0 ? afterAuthority : afterAuthority.substring(0, fragment);
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? null : pathAndQuery.substring(question + 1);

        StringBuilder normalised = new StringBuilder(scheme).append("://").append(host.ascii);
        if (port != null) {
            normalised.append(':').append(port);
        }
        normalised.append(removeDotSegments(encode(path.isEmpty() ? "/" : path, false)));
        if (query != null && !query.isEmpty()) {
            normalised.append('?').append(encode(query, true));
        }
        if (normalised.length() > MAX_NORMALISED_LENGTH) {
            return new Rejected(Problem.TOO_LONG);
        }
        return new Accepted(new NormalisedUrl(raw, normalised.toString(), host.ascii, host.unicode, hadUserinfo,
                host.ip));
    }

    private record Host(String ascii, String unicode, boolean ip) {
    }

    private Host host(String hostPart) {
        if (hostPart.isEmpty()) {
            return null;
        }
        if (hostPart.startsWith("[")) {
            String ipv6 = Ipv6.canonical(hostPart.substring(1, hostPart.length() - 1));
            return ipv6 == null ? null : new Host("[" + ipv6 + "]", "[" + ipv6 + "]", true);
        }
        String decoded = percentDecode(hostPart);
        if (decoded == null) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        idna.nameToASCII(decoded, ascii, info);
        String asciiHost = ascii.toString();
        if (asciiHost.endsWith(".") && asciiHost.length() > 1) {
            asciiHost = asciiHost.substring(0, asciiHost.length() - 1); // the root label adds nothing
        }
        if (info.hasErrors() && !onlyTrailingDotErrors(info, decoded)) {
            return null;
        }
        if (asciiHost.isEmpty() || asciiHost.length() > 253) {
            return null;
        }
        for (int i = 0; i < asciiHost.length(); i++) {
            if (FORBIDDEN_HOST_CHARS.indexOf(asciiHost.charAt(i)) >= 0) {
                return null;
            }
        }
        if (Ipv4.endsInNumber(asciiHost)) {
            String ipv4 = Ipv4.parse(asciiHost);
            return ipv4 == null ? null : new Host(ipv4, ipv4, true);
        }
        if (!asciiHost.contains(".") && !asciiHost.equals("localhost")) {
            return null; // a single label cannot be reached on the public internet
        }
        StringBuilder unicode = new StringBuilder();
        idna.nameToUnicode(asciiHost, unicode, new IDNA.Info());
        return new Host(asciiHost, unicode.toString(), false);
    }

    private static boolean onlyTrailingDotErrors(IDNA.Info info, String decoded) {
        return decoded.endsWith(".") && info.getErrors().equals(java.util.EnumSet.of(IDNA.Error.EMPTY_LABEL));
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

    /** RFC 3986 section 5.2.4, with percent-encoded dots treated as dots as browsers do. */
    static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        Deque<String> output = new ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            String lower = segment.toLowerCase(Locale.ROOT);
            boolean last = i == segments.length - 1;
            if (lower.equals(".") || lower.equals("%2e")) {
                if (last) {
                    output.addLast("");
                }
            } else if (lower.equals("..") || lower.equals(".%2e") || lower.equals("%2e.") || lower.equals("%2e%2e")) {
                if (!output.isEmpty()) {
                    output.removeLast();
                }
                if (last) {
                    output.addLast("");
                }
            } else {
                output.addLast(segment);
            }
        }
        return "/" + String.join("/", output);
    }

    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
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
        return decoded.indexOf('\uFFFD') >= 0 ? null : decoded;
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }

    private static String stripC0AndSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) <= 0x20 || Character.isWhitespace(s.charAt(start))
                || Character.isSpaceChar(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) <= 0x20 || Character.isWhitespace(s.charAt(end - 1))
                || Character.isSpaceChar(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean containsControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || type == Character.FORMAT && isBidiControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** Bidi overrides and isolates can make a URL read differently from what it is. */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** WHATWG IPv4 host parsing: decimal, octal and hex parts, one to four of them. */
    static final class Ipv4 {
        private Ipv4() {
        }

        static boolean endsInNumber(String host) {
            String[] parts = host.split("\\.", -1);
            String last = parts[parts.length - 1];
            if (last.isEmpty() && parts.length > 1) {
                last = parts[parts.length - 2];
            }
            return !last.isEmpty() && (last.chars().allMatch(Character::isDigit)
                    || last.matches("0[xX][0-9a-fA-F]*"));
        }

        static String parse(String host) {
            String[] parts = host.split("\\.", -1);
            int count = parts.length;
            if (parts[count - 1].isEmpty() && count > 1) {
                count--;
            }
            if (count > 4) {
                return null;
            }
            long[] numbers = new long[count];
            for (int i = 0; i < count; i++) {
                Long n = number(parts[i]);
                if (n == null) {
                    return null;
                }
                numbers[i] = n;
            }
            for (int i = 0; i < count - 1; i++) {
                if (numbers[i] > 255) {
                    return null;
                }
            }
            if (numbers[count - 1] >= (1L << (8 * (5 - count)))) {
                return null;
            }
            long address = numbers[count - 1];
            for (int i = 0; i < count - 1; i++) {
                address += numbers[i] << (8 * (3 - i));
            }
            return ((address >> 24) & 0xff) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff) + "."
                    + (address & 0xff);
        }

        private static Long number(String part) {
            if (part.isEmpty() || part.length() > 12) {
                return null;
            }
            int radix = 10;
            String digits = part;
            if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
                radix = 16;
                digits = part.substring(2);
            } else if (part.length() >= 2 && part.startsWith("0")) {
                radix = 8;
                digits = part.substring(1);
            }
            if (digits.isEmpty()) {
                return 0L;
            }
            try {
                return Long.parseLong(digits, radix);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** IPv6 literal validation and RFC 5952 canonical text form; never touches the network. */
    static final class Ipv6 {
        private Ipv6() {
        }

        static String canonical(String text) {
            if (text.isEmpty() || text.length() > 45 || !text.matches("[0-9A-Fa-f:.]+")) {
                return null;
            }
            int[] groups = new int[8];
            String[] halves = text.split("::", -1);
            if (halves.length > 2) {
                return null;
            }
            int[] head = groups(halves[0]);
            int[] tail = halves.length == 2 ? groups(halves[1]) : new int[0];
            if (head == null || tail == null) {
                return null;
            }
            if (halves.length == 1 && head.length != 8 || halves.length == 2 && head.length + tail.length > 7) {
                return null;
            }
            System.arraycopy(head, 0, groups, 0, head.length);
            System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
            int bestStart = -1;
            int bestLength = 1;
            for (int i = 0; i < 8; ) {
                if (groups[i] != 0) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < 8 && groups[j] == 0) {
                    j++;
                }
                if (j - i > bestLength) {
                    bestStart = i;
                    bestLength = j - i;
                }
                i = j;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == bestStart) {
                    out.append(i == 0 ? "::" : ":");
                    i += bestLength - 1;
                    continue;
                }
                out.append(Integer.toHexString(groups[i]));
                if (i < 7) {
                    out.append(':');
                }
            }
            return out.toString();
        }

        private static int[] groups(String part) {
            if (part.isEmpty()) {
                return new int[0];
            }
            String[] pieces = part.split(":", -1);
            int[] result = new int[pieces.length];
            for (int i = 0; i < pieces.length; i++) {
                if (pieces[i].isEmpty() || pieces[i].length() > 4 || pieces[i].contains(".")) {
                    return null;
                }
                result[i] = Integer.parseInt(pieces[i], 16);
            }
            return result;
        }
    }
}
