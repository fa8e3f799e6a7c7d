package org.reportingportals.core.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.locale.LocaleResolver;
import jakarta.mvc.locale.LocaleResolverContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.reportingportals.core.platform.control.PlatformLocales;

import java.util.Locale;

/**
 * Jakarta MVC's request locale, from our own negotiation (ICU, {@link PlatformLocales}), which never fails.
 * Krazo resolves a locale on every request of both applications before anything else runs; its default
 * resolver (priority 0) asks Jersey for the acceptable languages, and Jersey's strict parser throws on
 * {@code en_US}, {@code q=2} or a long header, which answered 500. A higher priority makes this one answer
 * first and always, so that parser is never reached. The pages still pick their language themselves.
 */
@ApplicationScoped
@Priority(1_000)
public class TolerantLocales implements LocaleResolver {

    @Inject
    PlatformLocales locales;

    @Override
    public Locale resolveLocale(LocaleResolverContext context) {
        return locales.negotiate(context.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).toLocale();
    }
}
