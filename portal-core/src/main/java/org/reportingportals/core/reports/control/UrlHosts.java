package org.reportingportals.core.reports.control;

import com.ibm.icu.text.IDNA;

import java.util.EnumSet;
import java.util.Optional;

/**
 * The host of a URL as a browser reads it: an IPv6 literal, an IPv4 address in any of the WHATWG number
 * forms, or a domain name through ICU's UTS #46 (non-transitional, bidi, CONTEXTJ and CONTEXTO checks). The
 * result carries both the ASCII form (what is stored and compared) and the Unicode form (what an analyst
 * reads and the spoofing checks look at).
 */
final class UrlHosts {

    /** A host that passed: its ASCII and Unicode forms, and whether it is an address rather than a name. */
    record Host(String ascii, String unicode, boolean ip) {
    }

    private static final String FORBIDDEN_HOST_CHARS = "\u0000\t\n\r #/:<>?@[\\]^|%";

    private final IDNA idna = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO);

    /** The host, or empty where a browser would refuse it or it cannot be reached on the public internet. */
    Optional<Host> parse(String hostPart) {
        if (hostPart.isEmpty()) {
            return Optional.empty();
        }
        if (hostPart.startsWith("[")) {
            return Ipv6Literals.canonical(hostPart.substring(1, hostPart.length() - 1))
                    .map(ipv6 -> new Host("[" + ipv6 + "]", "[" + ipv6 + "]", true));
        }
        return PercentEncoding.decode(hostPart).flatMap(this::name);
    }

    private Optional<Host> name(String decoded) {
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        idna.nameToASCII(decoded, ascii, info);
        String asciiHost = ascii.toString();
        if (asciiHost.endsWith(".") && asciiHost.length() > 1) {
            asciiHost = asciiHost.substring(0, asciiHost.length() - 1); // the root label adds nothing
        }
        if (info.hasErrors() && !onlyTrailingDotErrors(info, decoded)) {
            return Optional.empty();
        }
        if (asciiHost.isEmpty() || asciiHost.length() > 253) {
            return Optional.empty();
        }
        for (int i = 0; i < asciiHost.length(); i++) {
            if (FORBIDDEN_HOST_CHARS.indexOf(asciiHost.charAt(i)) >= 0) {
                return Optional.empty();
            }
        }
        if (Ipv4Numbers.endsInNumber(asciiHost)) {
            return Ipv4Numbers.parse(asciiHost).map(ipv4 -> new Host(ipv4, ipv4, true));
        }
        if (!asciiHost.contains(".") && !asciiHost.equals("localhost")) {
            return Optional.empty(); // a single label cannot be reached on the public internet
        }
        StringBuilder unicode = new StringBuilder();
        idna.nameToUnicode(asciiHost, unicode, new IDNA.Info());
        return Optional.of(new Host(asciiHost, unicode.toString(), false));
    }

    private static boolean onlyTrailingDotErrors(IDNA.Info info, String decoded) {
        return decoded.endsWith(".") && info.getErrors().equals(EnumSet.of(IDNA.Error.EMPTY_LABEL));
    }
}
