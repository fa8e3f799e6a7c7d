package org.reportingportals.core.portal.boundary;

import org.eclipse.microprofile.metrics.MetricRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.platform.boundary.SignedCsrfTokens;
import org.reportingportals.core.portal.control.RenderedPages;
import org.reportingportals.core.portal.entity.RenderedPage;
import org.reportingportals.core.portal.entity.StandIn;
import org.reportingportals.core.tenancy.boundary.TenantHosts;
import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.tenancy.control.PreviewTokens;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the public pages that are the same for everyone from memory, before JAX-RS, Jakarta MVC and Thymeleaf
 * run: home, about, privacy and the two form pages of a live tenant in one of its languages. The first request
 * renders the page as usual, with a {@link StandIn} where each visitor's own value goes (CSRF token, idempotency
 * key); every response, the first included, is the kept page with this visitor's values put in.
 *
 * <p>Only a plain {@code GET} of such a path is looked at. Never kept: a request with a preview cookie (valid or
 * not), with a query, anything not 200, a redirect or error, a response that sets a cookie or opened a session, a
 * page rendered while a publication replaced the tenant. The security headers are set by the filter before this
 * one on every response, so only the headers the application set are kept and replayed.
 */
public class CachedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PAGES = Set.of("", "about", "privacy", "status", "report");
    private static final Pattern PATH = Pattern.compile("/([a-z][a-z0-9-]{1,31})/([A-Za-z0-9-]{2,20})/([a-z]*)");
    private static final String RENDERING = CachedPages.class.getName() + ".rendering";
    /** Application metrics (MicroProfile Metrics, {@code /metrics?scope=application}). */
    public static final String SERVED_FROM_MEMORY = "portal.pages.served-from-memory";
    public static final String KEPT = "portal.pages.kept";

    @Inject
    TenantDirectory directory;

    @Inject
    RenderedPages pages;

    @Inject
    SignedCsrfTokens csrf;

    /**
     * The report form's idempotency key: a stand-in while the page is rendered to be kept, else a fresh one.
     */
    static String idempotencyKey(HttpServletRequest request) {
        return request.getAttribute(RENDERING) != null ? StandIn.IDEMPOTENCY_KEY.text() : UUID.randomUUID().toString();
    }

    /** Pages served from memory and pages rendered to be kept: an operator's view of the cache, and a test's. */
    @Inject
    MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Shared> shared = shared(request);
        if (shared.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Tenant tenant = shared.get().tenant();
        RenderedPages.Key key = shared.get().key();
        Optional<RenderedPage> kept = pages.find(key, tenant);
        if (kept.isPresent()) {
            metrics.counter(SERVED_FROM_MEMORY).inc();
            send(kept.get(), request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        request.setAttribute(RENDERING, Boolean.TRUE);
        OnDemandCsrfTokens.renderWithStandIn(request, StandIn.CSRF_TOKEN.text());
        chain.doFilter(request, captured);
        if (captured.passedThrough()) {
            return;
        }
        RenderedPage page = RenderedPage.of(tenant, captured.getStatus(), captured.headers(), captured.body());
        if (isForEveryone(request, captured, tenant)) {
            pages.keep(key, page);
            metrics.counter(KEPT).inc();
        }
        send(page, request, response);
    }

    /** A request for a page that is the same for everyone, and the live tenant it shows. */
    private record Shared(Tenant tenant, RenderedPages.Key key) {
    }

    /** The live tenant of a request for one of its shareable pages in one of its languages. */
    private Optional<Shared> shared(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null || hasPreviewCookie(request)) {
            return Optional.empty();
        }
        Matcher path = PATH.matcher(path(request));
        if (!path.matches() || !PAGES.contains(path.group(3))) {
            return Optional.empty();
        }
        String lang = path.group(2);
        return directory.find(path.group(1)).filter(t -> t.status() == TenantStatus.LIVE)
                .filter(t -> t.locales().stream().anyMatch(l -> l.toLanguageTag().equals(lang)))
                .map(t -> new Shared(t, new RenderedPages.Key(t.code(), TenantHosts.isHostMode(request), lang,
                        path.group(3))));
    }

    private boolean isForEveryone(HttpServletRequest request, CapturedResponse captured, Tenant renderedFrom) {
        HttpSession session = request.getSession(false);
        return captured.getStatus() == HttpServletResponse.SC_OK && !captured.setsCookie()
                && !Tenants.isPreview(request) && (session == null || !session.isNew())
                && directory.find(renderedFrom.code()).filter(live -> live == renderedFrom).isPresent();
    }

    private void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<StandIn, String> chosen = new EnumMap<>(StandIn.class);
        Function<StandIn, String> values = standIn -> chosen.computeIfAbsent(standIn, s -> switch (s) {
            case CSRF_TOKEN -> csrf.forResponse(request, response);
            case IDEMPOTENCY_KEY -> UUID.randomUUID().toString();
        });
        response.setStatus(page.status());
        Set<String> replaced = new HashSet<>();
        for (RenderedPage.Header header : page.headers()) {
            String value = RenderedPage.fill(header.value(), values);
            if (header.name().equalsIgnoreCase("Content-Type")) {
                response.setContentType(value);
            } else if (replaced.add(header.name().toLowerCase(Locale.ROOT))) {
                // the application's value replaces a filter's, as it did when the page was rendered
                response.setHeader(header.name(), value);
            } else {
                response.addHeader(header.name(), value);
            }
        }
        byte[] body = page.body(values);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean hasPreviewCookie(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(c -> PreviewTokens.COOKIE.equals(c.getName()));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
