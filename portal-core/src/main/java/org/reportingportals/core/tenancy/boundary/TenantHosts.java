package org.reportingportals.core.tenancy.boundary;

import org.reportingportals.core.platform.boundary.Problems;
import org.reportingportals.core.platform.boundary.RequestLimits;
import org.reportingportals.core.platform.control.ClientAddresses;
import org.reportingportals.core.platform.entity.ProblemType;
import org.reportingportals.core.platform.entity.NetworkSettings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves the {@code Host}: the platform's own hosts serve {@code /{tenant}/...}; a tenant's own host name
 * serves that tenant's pages without the prefix (forwarded internally); any other host is 404, so a
 * misdirected request never lands on some default tenant. {@code X-Forwarded-Host} counts only on a request
 * that comes from one of the proxies listed in {@code portal.proxy.trusted}.
 */
public class TenantHosts extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String HOST_MODE = TenantHosts.class.getName() + ".tenant";
    private static final String REFUSED = TenantHosts.class.getName() + ".refused";

    /** Where a refused page request is forwarded to be rendered as a page (portal.boundary.HostRefusalPages). */
    public static final String REFUSAL_PAGE = "/-/refused";

    @Inject
    Tenants tenants;

    @Inject
    NetworkSettings network;

    @Inject
    ClientAddresses addresses;

    @Inject
    Problems problems;

    private Set<String> hosts;

    @Override
    public void init() {
        // the platform's own host names; without them, this machine's names and interface addresses
        hosts = network.hosts().isEmpty() ? thisMachine()
                : network.hosts().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** localhost, this machine's name and the literal addresses of its interfaces (no DNS is asked). */
    static Set<String> thisMachine() {
        Set<String> names = new java.util.HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        try {
            names.add(java.net.InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (java.io.IOException unknown) {
            // no name for this machine: its addresses still count
        }
        try {
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                    String literal = address.getHostAddress();
                    int scope = literal.indexOf('%');
                    literal = scope < 0 ? literal : literal.substring(0, scope);
                    names.add(address instanceof java.net.Inet6Address ? "[" + literal.toLowerCase(Locale.ROOT) + "]" : literal);
                }
            }
        } catch (java.io.IOException e) {
            // interfaces not listable: loopback names only
        }
        return Set.copyOf(names);
    }

    public static boolean isHostMode(HttpServletRequest request) {
        return request.getAttribute(HOST_MODE) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String host = host(request, addresses.isTrustedProxy(request.getRemoteAddr()));
        if (host == null) {
            // two Host headers (which one would a proxy have routed by?) or one that is no host name: refused,
            // and not logged, since its text is the client's
            refuse(ProblemType.MALFORMED_HOST, request, response);
            return;
        }
        if (hosts.contains(host)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Tenant> tenant = tenants.byHost(host);
        if (tenant.isEmpty()) {
            refuse(ProblemType.TENANT_NOT_FOUND, request, response);
            return;
        }
        String path = path(request);
        if (path.startsWith("/assets/") || path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(HOST_MODE, tenant.get().code());
        request.getRequestDispatcher("/" + tenant.get().code() + (path.isEmpty() ? "/" : path)).forward(request, response);
    }

    /**
     * The API's problem document for an API path; any other path gets the pages' refusal in the visitor's language,
     * rendered by {@value #REFUSAL_PAGE} (as a GET: a refused form post is not read). The security headers are
     * already set: that filter runs first.
     */
    private void refuse(ProblemType type, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (path(request).startsWith("/api/")) {
            problems.write(type, request, response);
            return;
        }
        request.setAttribute(REFUSED, type.status());
        request.setAttribute(RequestLimits.BODY_NOT_READ, Boolean.TRUE);
        request.getRequestDispatcher(REFUSAL_PAGE).forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }

    /** The status this filter refused the request with (400 or 404), 0 when it did not: the refusal page's guard. */
    public static int refusal(HttpServletRequest request) {
        return request.getAttribute(REFUSED) instanceof Integer status ? status : 0;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A host name or IP literal with an optional port, nothing else (RFC 9110 section 7.2; no user info, no path). */
    private static final Pattern VALID_HOST = Pattern.compile(
            "(?:[a-z0-9][a-z0-9.-]{0,252}|\\[[0-9a-f:.]{2,45}\\])(?::[0-9]{1,5})?", Pattern.CASE_INSENSITIVE);

    /** The host the request names, "" for none (HTTP/1.0), null for a request to refuse. */
    public static String host(HttpServletRequest request, boolean fromTrustedProxy) {
        if (Collections.list(request.getHeaders("Host")).size() > 1) {
            return null;
        }
        String forwarded = request.getHeader("X-Forwarded-Host");
        String header = fromTrustedProxy && forwarded != null ? forwarded.split(",")[0] : request.getHeader("Host");
        if (header == null) {
            return "";
        }
        return hostName(header);
    }

    /**
     * The host name of one {@code Host} (or forwarded host) value, lower case and without its port; null when the
     * value is no host name, or its port is not one TCP has (1-65535): a proxy could not have routed by it.
     */
    static String hostName(String header) {
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (!VALID_HOST.matcher(host).matches()) {
            return null;
        }
        int end = host.startsWith("[") ? host.indexOf(']') + 1 : host.indexOf(':');
        if (end < 0 || end == host.length()) {
            return host;
        }
        int port = Integer.parseInt(host.substring(end + 1));
        return port >= 1 && port <= 65_535 ? host.substring(0, end) : null;
    }
}
