package org.reportingportals.i18n.negotiation.control;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Optional;

/**
 * Chooses one of a portal's locales for a request.
 *
 * <p>Order of precedence: an explicit choice (path segment or a {@code locale} field) if the portal offers
 * something close enough, then the browser's {@code Accept-Language} matched with ICU's {@link LocaleMatcher}
 * (so {@code sw-KE} finds {@code sw}, and a demotion to a distant language does not happen), then the
 * portal's default. Unparseable input never fails: it just does not match.
 */
public final class LocaleNegotiator {

    private final List<ULocale> supported;
    private final ULocale defaultLocale;
    private final LocaleMatcher matcher;

    public LocaleNegotiator(List<ULocale> supported, ULocale defaultLocale) {
        if (supported.isEmpty()) {
            throw new IllegalArgumentException("a portal offers at least one locale");
        }
        if (!supported.contains(defaultLocale)) {
            throw new IllegalArgumentException("default locale " + defaultLocale + " is not offered");
        }
        this.supported = List.copyOf(supported);
        this.defaultLocale = defaultLocale;
        this.matcher = LocaleMatcher.builder()
                .setSupportedULocales(this.supported)
                .setDefaultULocale(defaultLocale)
                .setFavorSubtag(LocaleMatcher.FavorSubtag.LANGUAGE)
                .setDemotionPerDesiredLocale(LocaleMatcher.Demotion.REGION)
                .build();
    }

    /** The offered locale an explicit tag asks for, if the portal offers a close match. */
    public Optional<ULocale> matchExplicit(String languageTag) {
        if (languageTag == null || languageTag.isBlank() || languageTag.length() > 35) {
            return Optional.empty();
        }
        ULocale desired = ULocale.forLanguageTag(languageTag.strip());
        if (desired.getLanguage().isEmpty()) {
            return Optional.empty();
        }
        LocaleMatcher.Result result = matcher.getBestMatchResult(desired);
        return result.getDesiredIndex() < 0 ? Optional.empty() : Optional.of(result.getSupportedULocale());
    }

    /** The best offered locale for an {@code Accept-Language} header, or the default. */
    public ULocale matchAcceptLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 512) {
            return defaultLocale;
        }
        try {
            LocaleMatcher.Result result = matcher.getBestMatchResult(
                    LocalePriorityList.add(acceptLanguage).build());
            return result.getDesiredIndex() < 0 ? defaultLocale : result.getSupportedULocale();
        } catch (IllegalArgumentException malformed) {
            return defaultLocale;
        }
    }

    /** Explicit choice, then {@code Accept-Language}, then the default. */
    public ULocale negotiate(Optional<String> explicit, String acceptLanguage) {
        return explicit.flatMap(this::matchExplicit).orElseGet(() -> matchAcceptLanguage(acceptLanguage));
    }

    public List<ULocale> supported() {
        return supported;
    }

    public ULocale defaultLocale() {
        return defaultLocale;
    }
}
