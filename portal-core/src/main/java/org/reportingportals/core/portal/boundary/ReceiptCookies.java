package org.reportingportals.core.portal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.reportingportals.core.intake.entity.Acknowledgement;
import org.reportingportals.core.platform.control.SealedText;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Carries a report's reference and receipt from the form's 303 to the confirmation page without a session: sealed
 * (AES-GCM, so unreadable and unalterable by the client) for that tenant's confirmation path, in a cookie sent to
 * that path only, for a few minutes, and cleared when shown. Any instance can show it, so nothing pins a citizen
 * to the instance that took the report.
 */
@ApplicationScoped
public class ReceiptCookies {

    static final String COOKIE = "__Secure-receipt";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    @Inject
    SealedText sealed;

    @Inject
    Clock clock;

    /** The {@code Set-Cookie} value for the confirmation page at {@code path}. */
    String carry(Acknowledgement acknowledgement, String tenant, String path) {
        String text = String.join("\n", acknowledgement.reference(), acknowledgement.receipt(), acknowledgement.status(),
                Boolean.toString(acknowledgement.replayed()));
        return COOKIE + "=" + sealed.seal(text, context(tenant, path), clock.instant().plus(LIFETIME)) + "; Path=" + path
                + "; Max-Age=" + LIFETIME.toSeconds() + "; Secure; HttpOnly; SameSite=Strict";
    }

    /** What the form's answer carried here, if it was sealed for this tenant and page and is still fresh. */
    Optional<Acknowledgement> carried(HttpServletRequest request, String tenant, String path) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst()
                .flatMap(value -> sealed.open(value, context(tenant, path), clock.instant()))
                .map(text -> text.split("\n", -1)).filter(parts -> parts.length == 4)
                .map(parts -> new Acknowledgement(parts[0], parts[1], parts[2], Boolean.parseBoolean(parts[3])));
    }

    /** Shown once: the browser drops the cookie with the page that showed it. */
    static String cleared(String path) {
        return COOKIE + "=; Path=" + path + "; Max-Age=0; Secure; HttpOnly; SameSite=Strict";
    }

    private static String context(String tenant, String path) {
        return "receipt|" + tenant + "|" + path;
    }
}
