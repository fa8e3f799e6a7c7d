package org.reportingportals.core.platform.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.i18n.messages.control.PseudoLocalizer;
import org.reportingportals.themes.chain.entity.Theme;
import org.reportingportals.themes.messages.control.ThemeCatalogs;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Page texts: the partner's own wording for a key (tenant file {@code messages}) wins over the message files
 * of the tenant's theme chain, which win over base's and the platform catalogs; all merge root to leaf with
 * locale fallback. A tenant's theme is the one named by its code (as on its pages), base alone if it has none.
 * The pseudo-locale ignores overrides, so it shows every text that is not from a catalog.
 */
public final class PageMessages {

    private final ThemeCatalogs themes;
    /** Base's: for texts no tenant is asking for (the translation editor's platform column, platform pages). */
    private final MessageCatalog catalog;
    private final Map<String, MessageFormat> overrides = new ConcurrentHashMap<>();

    public PageMessages(ThemeCatalogs themes) {
        this.themes = themes;
        this.catalog = themes.of(Theme.BASE);
    }

    public String format(Optional<Tenant> tenant, ULocale locale, String key, Map<String, ?> arguments) {
        if (tenant.isPresent() && !PseudoLocalizer.isPseudo(locale)) {
            Optional<String> own = tenant.get().override(locale, key);
            if (own.isPresent()) {
                // keyed by the wording itself: a published or previewed change is a new entry, never a stale one
                MessageFormat format = overrides.computeIfAbsent(locale.toLanguageTag() + '|' + own.get(),
                        k -> new MessageFormat(own.get(), locale));
                synchronized (format) {
                    return format.format(arguments);
                }
            }
        }
        return tenant.map(t -> themes.of(t.code())).orElse(catalog).format(locale, key, arguments);
    }

    /**
     * The page texts a portal would show in a language's fallback instead: keys that neither the page
     * catalogs of that language nor the tenant's own wording cover. English is the root and always complete.
     */
    public List<String> missingKeys(Tenant tenant, ULocale locale) {
        if (locale.getLanguage().equals("en")) {
            return List.of();
        }
        MessageCatalog themed = themes.of(tenant.code()); // a text the tenant's theme translates is not missing
        Map<String, String> own = new java.util.HashMap<>(themed.ownEntries(new ULocale(locale.getLanguage())));
        own.putAll(themed.ownEntries(locale));
        own.putAll(tenant.messageOverrides().getOrDefault(locale.toLanguageTag(), Map.of()));
        return themed.rootKeys().stream().filter(k -> !own.containsKey(k)).toList();
    }

    /** Every page text key, in the root (English) catalog. */
    public List<String> rootKeys() {
        return catalog.rootKeys();
    }

    /** The root (English) wording of a key. */
    public String rootText(String key) {
        return catalog.ownEntries(ULocale.ROOT).getOrDefault(key, "");
    }

    /** The platform's own wording of the page texts in exactly this language, without fallback. */
    public Map<String, String> baseTexts(ULocale locale) {
        if (locale.getLanguage().equals("en")) {
            return catalog.ownEntries(ULocale.ROOT);
        }
        Map<String, String> texts = new java.util.HashMap<>(catalog.ownEntries(new ULocale(locale.getLanguage())));
        texts.putAll(catalog.ownEntries(locale));
        return texts;
    }

    /** The bound form templates call: {@code msg.t('key')}, {@code msg.t('key', 'name', value, ...)}. */
    public Bound bind(Optional<Tenant> tenant, ULocale locale) {
        return new Bound(this, tenant, locale);
    }

    public static final class Bound {
        private final PageMessages messages;
        private final Optional<Tenant> tenant;
        private final ULocale locale;

        Bound(PageMessages messages, Optional<Tenant> tenant, ULocale locale) {
            this.messages = messages;
            this.tenant = tenant;
            this.locale = locale;
        }

        public String t(String key) {
            return messages.format(tenant, locale, key, Map.of());
        }

        public String t(String key, Object... nameValuePairs) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
                arguments.put(String.valueOf(nameValuePairs[i]), nameValuePairs[i + 1]);
            }
            return messages.format(tenant, locale, key, arguments);
        }

        public ULocale locale() {
            return locale;
        }
    }
}
