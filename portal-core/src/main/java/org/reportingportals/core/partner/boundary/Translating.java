package org.reportingportals.core.partner.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.partner.control.Translations;
import org.reportingportals.core.tenancy.boundary.Configurations;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.core.tenancy.entity.TenantChanged;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translating a tenant's page texts, whatever the protocol: the state of each language, one language side by side
 * with English, adding a language, saving texts typed or imported, and the files for translators. Everything works
 * on the tenant as its editors see it (the draft if there is one), and every change goes into the draft, in one
 * transaction with its {@link TenantChanged} event and so its audit record.
 */
@ApplicationScoped
public class Translating {

    /** A tenant's languages, each with how much of it is translated. */
    public record Overview(Tenant tenant, List<Translations.Status> statuses) {
    }

    /** One language of a tenant beside English, key by key. */
    public record Sheet(Tenant tenant, ULocale locale, List<Translations.Row> rows, Translations.Status status) {

        /** The writing direction of the language, for the editor's text fields. */
        public String dir() {
            return locale.isRightToLeft() ? "rtl" : "ltr";
        }
    }

    @Inject
    Translations translations;

    @Inject
    Configurations configurations;

    @Inject
    Event<TenantChanged> events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(Tenant tenant) {
        Tenant edited = configurations.edited(tenant);
        return new Overview(edited, translations.status(edited));
    }

    /** The tenant's language with exactly this tag; empty when the tenant has no such language. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ULocale> language(Tenant tenant, String tag) {
        return configurations.edited(tenant).locales().stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Sheet sheet(Tenant tenant, ULocale locale) {
        Tenant edited = configurations.edited(tenant);
        Translations.Status status = translations.status(edited).stream()
                .filter(s -> s.tag().equals(locale.toLanguageTag())).findFirst().orElseThrow();
        return new Sheet(edited, locale, translations.rows(edited, locale), status);
    }

    /**
     * Adds a language to the draft.
     *
     * @throws org.reportingportals.core.tenancy.control.TenantConfigurations.Refused when the draft cannot take it
     */
    @Transactional
    public void addLanguage(Tenant tenant, ULocale locale, Editor editor) {
        Instant now = clock.instant();
        translations.addLocale(configurations.edited(tenant), locale, editor, now);
        events.fire(new TenantChanged(TenantChanged.Change.LOCALE_ADDED, editor.id(), "tenant=" + tenant.code()
                + " locale=" + locale.toLanguageTag(), now));
    }

    /**
     * Saves a language's texts into the draft.
     *
     * @throws Translations.Invalid naming each text that is not a page text or not a valid ICU message
     * @throws org.reportingportals.core.tenancy.control.TenantConfigurations.Refused when the draft cannot take them
     */
    @Transactional
    public void save(Tenant tenant, ULocale locale, Map<String, String> texts, Editor editor) {
        Instant now = clock.instant();
        translations.save(configurations.edited(tenant), locale, texts, editor, now);
        events.fire(new TenantChanged(TenantChanged.Change.TRANSLATIONS_SAVED, editor.id(), "tenant=" + tenant.code()
                + " locale=" + locale.toLanguageTag() + " keys=" + texts.size(), now));
    }

    /**
     * Key to text from a translator's XLIFF 2.0 or {@code .properties} file; nothing is saved.
     *
     * @throws Translations.Invalid when the file cannot be read
     */
    public Map<String, String> read(String file) {
        return translations.read(file);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String xliff(Tenant tenant, ULocale locale) {
        return translations.exportXliff(configurations.edited(tenant), locale);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String properties(Tenant tenant, ULocale locale) {
        return translations.exportProperties(configurations.edited(tenant), locale);
    }
}
