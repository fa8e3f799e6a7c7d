package org.reportingportals.core.reports.control;

import org.reportingportals.core.reports.entity.NormalisedUrl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
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
 *
 * <p>This class splits the text into scheme, authority, path and query and puts them back together; the host
 * is read by {@link UrlHosts}, percent-escapes by {@link PercentEncoding}.
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

    private final UrlHosts hosts = new UrlHosts();

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

        Optional<UrlHosts.Host> parsedHost = hosts.parse(hostPart);
        if (parsedHost.isEmpty()) {
            return new Rejected(Problem.HOST);
        }
        UrlHosts.Host host = parsedHost.get();

        int fragment = afterAuthority.indexOf('#');
        String pathAndQuery = fragment < 0 ? afterAuthority : afterAuthority.substring(0, fragment);
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? null : pathAndQuery.substring(question + 1);

        StringBuilder normalised = new StringBuilder(scheme).append("://").append(host.ascii());
        if (port != null) {
            normalised.append(':').append(port);
        }
        normalised.append(removeDotSegments(PercentEncoding.encode(path.isEmpty() ? "/" : path, false)));
        if (query != null && !query.isEmpty()) {
            normalised.append('?').append(PercentEncoding.encode(query, true));
        }
        if (normalised.length() > MAX_NORMALISED_LENGTH) {
            return new Rejected(Problem.TOO_LONG);
        }
        return new Accepted(new NormalisedUrl(typed, normalised.toString(), host.ascii(), host.unicode(),
                hadUserinfo, host.ip()));
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
}
