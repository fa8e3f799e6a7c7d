package org.reportingportals.core.platform.control;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which address a request comes from when proxies stand in front ({@code portal.proxy.trusted}: a comma-separated
 * list of addresses and CIDR ranges, IPv4 and IPv6; empty trusts no proxy).
 *
 * <p>{@code X-Forwarded-For} is read only when the connection itself comes from a trusted proxy, and then from the
 * right: each proxy appends the address it was connected from, so the entries a trusted proxy wrote are the
 * right-most ones, and anything to their left is whatever the client chose to send. The client is the right-most
 * entry that is not a trusted proxy. The left-most entry is never believed for that reason. When every entry is a
 * trusted proxy, the left-most of them is the client (a request from inside); an entry that is not an IP literal
 * ends the walk at the last proxy that passed it on, so made-up values never become an identity of their own.
 *
 * <p>Parsing never resolves a name: only IP literals are accepted, in the setting and in the header.
 */
public final class ClientAddresses {

    public static final String KEY = "portal.proxy.trusted";
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)](?::\\d{1,5})?");
    private static final Pattern IPV4_PORT = Pattern.compile("([\\d.]+):\\d{1,5}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    /** One trusted range: a network address and a prefix length, in its family's bits. */
    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            return masked(address, prefix).equals(new BigInteger(1, network));
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Trusts no proxy: the connection's address is the client's. */
    public static ClientAddresses direct() {
        return new ClientAddresses(List.of());
    }

    /**
     * Reads the setting's value (empty or absent: no proxy is trusted).
     *
     * @throws Settings.SettingRefused naming {@value #KEY} for anything but addresses and CIDR ranges, including the
     *                                 {@code true}/{@code false} of earlier versions
     */
    public static ClientAddresses parse(Optional<String> value) {
        if (value.isEmpty() || value.get().isBlank()) {
            return direct();
        }
        String text = value.get().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            throw Settings.refused(KEY, text, "a list of proxy addresses: since the N-instances change it takes the "
                    + "proxies' addresses or CIDR ranges, comma-separated (e.g. 10.0.0.0/8, fd00::/8), instead of "
                    + "true/false; leave it empty to trust no proxy");
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : text.split(",")) {
            String cidr = entry.strip();
            if (cidr.isEmpty()) {
                continue;
            }
            ranges.add(range(cidr).orElseThrow(() -> Settings.refused(KEY, cidr,
                    "an IPv4 or IPv6 address or CIDR range (e.g. 10.0.0.0/8, 192.168.1.10, fd00::/8)")));
        }
        return new ClientAddresses(ranges);
    }

    /** The trusted ranges in canonical form, e.g. {@code 10.0.0.0/8}; empty when no proxy is trusted. */
    public List<String> trustedRanges() {
        return trusted.stream().map(Range::toString).toList();
    }

    /** True when {@code address} (an IP literal) is a trusted proxy; false for anything else. */
    public boolean isTrustedProxy(String address) {
        return literal(address).map(this::trusts).orElse(false);
    }

    /**
     * The client's address.
     *
     * @param remoteAddress the connection's peer, as the servlet container reports it
     * @param forwardedFor  every {@code X-Forwarded-For} header of the request, in order (each may list several)
     */
    public String client(String remoteAddress, List<String> forwardedFor) {
        Optional<byte[]> peer = literal(remoteAddress);
        if (peer.isEmpty() || !trusts(peer.get())) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            if (header != null) {
                Arrays.stream(header.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(hops::add);
            }
        }
        byte[] nearest = peer.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            if (!trusts(hop.get())) {
                return text(hop.get());
            }
            nearest = hop.get();
        }
        return text(nearest);
    }

    /**
     * What one rate-limit count stands for: an IPv4 address as it is (an IPv4-mapped IPv6 address is its IPv4
     * address), an IPv6 address by its /64. A single IPv6 subscriber is handed a whole /64 and may pick any of its
     * 2^64 addresses per request, so counting per address would give one client an endless supply of fresh counts.
     * Anything that is not an IP literal (a servlet container's odd peer name) is counted as it is.
     */
    public static String limitUnit(String address) {
        Optional<byte[]> bytes = literal(address);
        if (bytes.isEmpty()) {
            return address;
        }
        byte[] unit = bytes.get();
        if (unit.length == 16) {
            unit = Arrays.copyOf(unit, 16);
            Arrays.fill(unit, 8, 16, (byte) 0);
            return text(unit) + "/64";
        }
        return text(unit);
    }

    private boolean trusts(byte[] address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    private static Optional<Range> range(String cidr) {
        int slash = cidr.indexOf('/');
        Optional<byte[]> address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String length = cidr.substring(slash + 1);
            if (!length.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(length);
            if (prefix > bits) {
                return Optional.empty();
            }
        }
        byte[] network = masked(address.get(), prefix).toByteArray();
        return Optional.of(new Range(fit(network, address.get().length), prefix));
    }

    /** The address with every bit after {@code prefix} cleared, as an unsigned number. */
    private static BigInteger masked(byte[] address, int prefix) {
        int bits = address.length * 8;
        BigInteger value = new BigInteger(1, address);
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return value.and(mask);
    }

    private static byte[] fit(byte[] unsigned, int length) {
        byte[] out = new byte[length];
        int copy = Math.min(unsigned.length, length);
        System.arraycopy(unsigned, unsigned.length - copy, out, length - copy, copy);
        return out;
    }

    /**
     * The bytes of an IP literal (4 for IPv4, including IPv4-mapped IPv6; 16 for IPv6), or empty for anything else.
     * Tolerates what proxies write: {@code [v6]}, {@code [v6]:port}, {@code v4:port}. Never a name lookup.
     */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        var bracketed = BRACKETED.matcher(s);
        var withPort = IPV4_PORT.matcher(s);
        if (bracketed.matches()) {
            s = bracketed.group(1);
        } else if (withPort.matches()) {
            s = withPort.group(1);
        }
        var v4 = IPV4.matcher(s);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!s.contains(":") || !IPV6_CHARS.matcher(s).matches()
                || !(s.charAt(0) == ':' || Character.digit(s.charAt(0), 16) >= 0)) {
            return Optional.empty();
        }
        try {
            // starting with a hex digit or a colon and holding a colon, the JDK parses it as an IPv6 literal or
            // refuses it; it never looks it up as a name
            return Optional.of(InetAddress.getByName(s).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
