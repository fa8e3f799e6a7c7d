package org.reportingportals.core.tenancy.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.reportingportals.core.tenancy.control.Contrast;
import org.reportingportals.core.tenancy.control.LogoStore;
import org.reportingportals.core.tenancy.control.PreviewTokens;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.core.tenancy.control.TenantConfigurations.Published;
import org.reportingportals.core.tenancy.control.TenantConfigurations.Refused;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.core.tenancy.entity.TenantChanged;
import org.reportingportals.core.tenancy.entity.TenantChanged.Change;
import org.reportingportals.core.tenancy.entity.TenantDraft;
import org.reportingportals.core.tenancy.entity.TenantVersion;
import org.reportingportals.tenant.directory.control.TenantYaml;
import org.reportingportals.tenant.directory.entity.Branding;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tenant's configuration as its editors change it, whatever the protocol: save or discard the draft, change its
 * colours or logo, preview it, publish it, roll back to an earlier version; and for the platform team, open a new
 * portal or suspend and reactivate one. The caller has already decided that the editor may act on the tenant
 * ({@link Tenants#administrable(String)}); what only the platform team may do is refused here too. Each change is
 * one transaction in which its {@link TenantChanged} event, and so its audit record, commits with it.
 */
@ApplicationScoped
public class Configurations {

    /** The configuration as its editor works on it: what is live, the draft, the history, the effective colours. */
    public record Editing(TenantConfigurations.Live live, Optional<TenantDraft> draft, List<TenantVersion> versions,
                          Map<String, String> colours, List<String> draftProblems) {

        /** The text in the editor: the draft if there is one, else the live file. */
        public String yaml() {
            return draft.map(TenantDraft::yaml).orElse(live.yaml());
        }
    }

    /** A signed token that shows its holder the draft on the real pages, and how long it is good for. */
    public record Preview(String token, Duration lifetime) {
    }

    /** The statuses the platform team switches a live portal between. */
    private static final Set<String> SWITCHABLE = Set.of("live", "suspended");

    @Inject
    TenantConfigurations configurations;

    @Inject
    LogoStore logos;

    @Inject
    PreviewTokens previews;

    @Inject
    Event<TenantChanged> events;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Editing editing(Tenant tenant, Editor editor) {
        String code = tenant.code();
        Optional<TenantDraft> draft = configurations.draft(code);
        TenantConfigurations.Live live = configurations.live(code);
        List<String> problems = draft.map(d -> configurations.check(code, d.yaml(), editor)).orElse(List.of());
        return new Editing(live, draft, configurations.versions(code),
                Contrast.effective(configurations.edited(tenant).branding().colors()), problems);
    }

    /** The live configuration file, to download. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantConfigurations.Live live(Tenant tenant) {
        return configurations.live(tenant.code());
    }

    /** The tenant as its editors currently see it: the draft if there is one, else the live configuration. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant edited(Tenant tenant) {
        return configurations.edited(tenant);
    }

    /**
     * Saves the text as the draft; what would still stop it from going live is answered, not refused.
     *
     * @throws Refused when it is not a valid tenant file or changes what only the platform team may change
     */
    @Transactional
    public List<String> saveDraft(Tenant tenant, String yaml, Editor editor) {
        Instant now = clock.instant();
        List<String> problems = configurations.saveDraft(tenant.code(), yaml, editor, now);
        changed(Change.DRAFT_SAVED, editor, "tenant=" + tenant.code(), now);
        return problems;
    }

    /** Sets the colour tokens given as {@code #rrggbb} in the draft; unknown tokens and other values are ignored. */
    @Transactional
    public void saveColours(Tenant tenant, Map<String, String> submitted, Editor editor) {
        Map<String, String> colours = new TreeMap<>();
        for (String token : Branding.COLOR_TOKENS) {
            String value = submitted.get(token);
            if (value != null && value.matches("#[0-9a-fA-F]{6}")) {
                colours.put(token, value.toLowerCase(Locale.ROOT));
            }
        }
        Instant now = clock.instant();
        String yaml = TenantYaml.withColors(configurations.editedYaml(tenant.code()), colours);
        configurations.saveDraft(tenant.code(), yaml, editor, now);
        changed(Change.DRAFT_SAVED, editor, "tenant=" + tenant.code() + " colours", now);
    }

    /**
     * Stores a checked logo file and points the draft at it; answers the file's name.
     *
     * @throws org.reportingportals.core.tenancy.control.LogoFiles.Refused with everything refused in the file, for the
     *         partner's page to name
     * @throws Refused with the reason in words when the draft cannot take it
     */
    @Transactional
    public String uploadLogo(Tenant tenant, byte[] content, Editor editor) {
        Instant now = clock.instant();
        String name = logos.store(tenant.code(), content, editor.id(), now);
        configurations.saveDraft(tenant.code(), TenantYaml.withLogo(configurations.editedYaml(tenant.code()), name),
                editor, now);
        changed(Change.LOGO_UPLOADED, editor, "tenant=" + tenant.code() + " logo=" + name, now);
        return name;
    }

    @Transactional
    public void discardDraft(Tenant tenant, Editor editor) {
        configurations.discardDraft(tenant.code());
        changed(Change.DRAFT_DISCARDED, editor, "tenant=" + tenant.code(), clock.instant());
    }

    /** A preview of the draft for its editor; empty when there is no draft to show. */
    @Transactional
    public Optional<Preview> preview(Tenant tenant, Editor editor) {
        if (configurations.draft(tenant.code()).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = previews.issue(tenant.code(), now);
        changed(Change.PREVIEWED, editor, "tenant=" + tenant.code(), now);
        return Optional.of(new Preview(token, PreviewTokens.LIFETIME));
    }

    /** @throws Refused with every reason the draft cannot go live (or that there is none) */
    @Transactional
    public Published publish(Tenant tenant, Editor editor) {
        Instant now = clock.instant();
        Published published = configurations.publish(tenant.code(), editor, now);
        changed(Change.PUBLISHED, editor, "tenant=" + tenant.code() + " version=" + published.version() + " "
                + published.diff(), now);
        return published;
    }

    /** @throws Refused when there is no such version, or it no longer loads */
    @Transactional
    public Published rollback(Tenant tenant, int version, Editor editor) {
        Instant now = clock.instant();
        Published published = configurations.rollback(tenant.code(), version, editor, now);
        changed(Change.ROLLED_BACK, editor, "tenant=" + tenant.code() + " version=" + published.version() + " from="
                + version + " " + published.diff(), now);
        return published;
    }

    /** A new portal, not public yet, for the platform team to complete. @throws Refused with every reason */
    @Transactional
    public Published create(String code, String name, ULocale language, String partner, String emergencyNumber,
                            Editor editor) {
        platformTeamOnly(editor);
        Instant now = clock.instant();
        Published created;
        try {
            created = configurations.create(code, name, language, partner, emergencyNumber, editor, now);
        } catch (IllegalArgumentException invalid) {
            throw new Refused(List.of(invalid.getMessage()));
        }
        changed(Change.CREATED, editor, "tenant=" + created.tenant().code(), now);
        return created;
    }

    /** Suspends ({@code suspended}) or reactivates ({@code live}) a portal. @throws Refused for anything else */
    @Transactional
    public Published changeStatus(Tenant tenant, String status, Editor editor) {
        platformTeamOnly(editor);
        if (status == null || !SWITCHABLE.contains(status)) {
            throw new Refused(List.of("status: a portal is switched between live and suspended only"));
        }
        Instant now = clock.instant();
        Published changed = configurations.changeStatus(tenant.code(), status, editor, now);
        changed(Change.STATUS_CHANGED, editor, "tenant=" + tenant.code() + " status=" + status, now);
        return changed;
    }

    // the protocol layer already answers a partner "not found"; this keeps the rule true for any other caller
    private static void platformTeamOnly(Editor editor) {
        if (!editor.platformAdmin()) {
            throw new Refused(List.of("only the platform team can open, suspend or reactivate a portal"));
        }
    }

    private void changed(Change change, Editor editor, String detail, Instant at) {
        events.fire(new TenantChanged(change, editor.id(), detail, at));
    }
}
