package org.reportingportals.core.tenancy.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.core.tenancy.entity.TenantDraft;
import org.reportingportals.core.tenancy.entity.TenantPublished;
import org.reportingportals.core.tenancy.entity.TenantVersion;
import org.reportingportals.core.platform.control.PageMessages;
import org.reportingportals.tenant.directory.control.TenantConfigException;
import org.reportingportals.tenant.directory.control.TenantDirectory;
import org.reportingportals.tenant.directory.control.TenantFiles;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's configuration as its partner edits it: draft, checks, publish, versions, rollback. The unit is
 * the tenant's YAML file, so what a partner publishes is exactly what a platform team can review and keep in
 * version control. Runs inside the caller's transaction; a new version reaches this instance's directory only after
 * that transaction commits ({@link TenantPublished}, applied by {@code TenantPublications}), and every other
 * instance through its poll.
 */
@ApplicationScoped
public class TenantConfigurations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TenantDirectory directory;

    @Inject
    PageMessages messages;

    @Inject
    Event<TenantPublished> published;

    /** A configuration that cannot be saved or published, with every reason. */
    public static final class Refused extends RuntimeException {
        private final List<String> problems;

        public Refused(List<String> problems) {
            super(problems.size() + " problem(s)", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public record Live(int version, String yaml) {
    }

    /** The live configuration: the newest published version, else the seed file (version 0). */
    public Live live(String code) {
        return latest(code).map(v -> new Live(v.version(), v.yaml()))
                .orElseGet(() -> new Live(0, TenantFiles.seedText(TenantConfigurations.class.getClassLoader(), code).orElse("")));
    }

    public Optional<TenantDraft> draft(String code) {
        return Optional.ofNullable(em.find(TenantDraft.class, code));
    }

    /** The text its editors are working on: the draft if there is one, else the live configuration. */
    public String editedYaml(String code) {
        return draft(code).map(TenantDraft::yaml).orElseGet(() -> live(code).yaml());
    }

    /** The tenant as its editors currently see it: the draft if there is one and it parses, else the live one. */
    public Tenant edited(Tenant live) {
        return draftTenant(live.code()).orElse(live);
    }

    public List<TenantVersion> versions(String code) {
        return em.createNamedQuery(TenantVersion.OF_TENANT, TenantVersion.class).setParameter("tenant", code)
                .setMaxResults(100).getResultList();
    }

    /** Every tenant's newest published version, for the instances to pick up. */
    public List<TenantVersion> latestOfEveryTenant() {
        return em.createNamedQuery(TenantVersion.LATEST, TenantVersion.class).getResultList();
    }

    /**
     * Saves the draft if it is a valid tenant file that changes nothing only the platform team may change.
     * Publishing checks more (contrast, messages, completeness); those problems are returned, not refused, so
     * a partner can save work in progress.
     */
    public List<String> saveDraft(String code, String yaml, Editor by, Instant now) {
        Tenant tenant = structure(code, yaml, by.platformAdmin());
        TenantDraft draft = em.find(TenantDraft.class, code);
        if (draft == null) {
            em.persist(new TenantDraft(code, yaml, by.id(), now));
        } else {
            draft.edit(yaml, by.id(), now);
        }
        return publishProblems(tenant);
    }

    /** Everything that would stop this text from being published, structural or not; empty when it would go live. */
    public List<String> check(String code, String yaml, Editor by) {
        try {
            return publishProblems(structure(code, yaml, by.platformAdmin()));
        } catch (Refused refused) {
            return refused.problems();
        }
    }

    public void discardDraft(String code) {
        draft(code).ifPresent(em::remove);
    }

    /** The draft as a tenant, for preview; empty without a draft or if it no longer parses. */
    public Optional<Tenant> draftTenant(String code) {
        return draft(code).flatMap(d -> {
            try {
                return Optional.of(TenantFiles.parseOne(code, d.yaml()));
            } catch (TenantConfigException e) {
                return Optional.empty();
            }
        });
    }

    /** Makes the draft the new live version; refused with every reason when a check fails. */
    public Published publish(String code, Editor by, Instant now) {
        TenantDraft draft = draft(code).orElseThrow(() -> new Refused(List.of("there is no draft to publish")));
        Published published = publishText(code, draft.yaml(), by, now, "published from the draft");
        em.remove(draft);
        return published;
    }

    /**
     * Publishes an earlier version again (0: the shipped seed file), as a new version; history is never rewritten.
     * It is a publication like any other, by the same rules for the same editor (what only the platform team may
     * change, contrast, ICU syntax, complete languages): an old version is not trusted for having once been live, as
     * the rules, the platform's texts and the platform team's settings have moved on since. The portal's status is
     * the one thing a rollback never takes from the old file: it keeps the status it has now, so neither a partner nor
     * a platform administrator lifts (or sets) a suspension by restoring a version; that is {@link #changeStatus}.
     */
    public Published rollback(String code, int version, Editor by, Instant now) {
        String yaml = version == 0
                ? TenantFiles.seedText(TenantConfigurations.class.getClassLoader(), code)
                        .orElseThrow(() -> new Refused(List.of("there is no shipped configuration")))
                : versions(code).stream().filter(v -> v.version() == version).findFirst().map(TenantVersion::yaml)
                        .orElseThrow(() -> new Refused(List.of("there is no version " + version)));
        return publishText(code, restoring(yaml, current(code)), by, now, "rollback to version " + version);
    }

    /** An earlier text as a rollback publishes it: with the status the portal has now ({@link #rollback}). */
    static String restoring(String earlier, Optional<Tenant> current) {
        return current.map(t -> withStatus(earlier, t.status().name().toLowerCase(Locale.ROOT))).orElse(earlier);
    }

    /** The one way a text becomes a published version through an editor: every publication rule, then stored. */
    private Published publishText(String code, String yaml, Editor by, Instant now, String note) {
        return store(code, yaml, publishable(current(code), parsed(code, yaml), by), by, now, note);
    }

    /**
     * The tenant, if this editor may publish it over the live one.
     *
     * @throws Refused with every reason it may not: what only the platform team may change, and the publication checks
     */
    Tenant publishable(Optional<Tenant> live, Tenant tenant, Editor by) {
        platformOwned(live, tenant, by.platformAdmin());
        List<String> problems = publishProblems(tenant);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return tenant;
    }

    /** The file with another {@code status:} line; the rest of the text is kept as it is. */
    static String withStatus(String yaml, String status) {
        return yaml.replaceFirst("(?m)^status: *[a-z]+ *$", "status: " + status);
    }

    /**
     * A new portal, not public yet ({@code status: draft}), from the smallest valid file: the platform team
     * then completes it (or lets its partner do so) and publishes it with {@code status: live}.
     */
    public Published create(String code, String name, ULocale language, String partner, String emergencyNumber, Editor by,
                            Instant now) {
        if (!Tenant.isWellFormedCode(code)) {
            throw new Refused(List.of("code: must be a lowercase ISO 3166-1 alpha-2 code or a short slug"));
        }
        if (directory.find(code).isPresent() || !versions(code).isEmpty()) {
            throw new Refused(List.of("code: " + code + " is already a portal"));
        }
        String tag = language.toLanguageTag();
        String yaml = "code: " + code + "\nstatus: draft\nnames:\n  " + tag + ": " + quoted(name) + "\npartner:\n  name:\n    "
                + tag + ": " + quoted(partner) + "\n  url: https://partner.example.org/" + code + "\ndefaultLocale: " + tag
                + "\nlocales: [" + tag + "]\ntheme:\n  parent: base\nemergency:\n  - name: {" + tag + ": "
                + quoted("Emergency") + "}\n    number: " + quoted(emergencyNumber) + "\n";
        return store(code, yaml, parsed(code, yaml), by, now, "created");
    }

    /** Suspends or reactivates a portal (platform team only): the live file with another status, as a new version. */
    public Published changeStatus(String code, String status, Editor by, Instant now) {
        String live = live(code).yaml();
        String changed = withStatus(live, status);
        return store(code, changed, parsed(code, changed), by, now, "status " + status);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    public record Published(int version, Tenant tenant, String diff) {
    }

    private Published store(String code, String yaml, Tenant tenant, Editor by, Instant now, String note) {
        Live live = live(code);
        int version = live.version() + 1;
        directory.checkFits(tenant); // a host name clash is refused now, not found after the commit
        em.persist(new TenantVersion(code, version, yaml, by.id(), now, note));
        em.flush();
        published.fire(new TenantPublished(tenant, version));
        return new Published(version, tenant, YamlDiff.summary(live.yaml(), yaml));
    }

    private Optional<TenantVersion> latest(String code) {
        return versions(code).stream().findFirst();
    }

    /** The file as a tenant; a file that does not load is refused with the loader's reasons. */
    private static Tenant parsed(String code, String yaml) {
        try {
            return TenantFiles.parseOne(code, yaml);
        } catch (TenantConfigException e) {
            throw new Refused(e.problems());
        }
    }

    /** Parses and validates the file; a partner may not change the code, status or host names. */
    private Tenant structure(String code, String yaml, boolean platformAdmin) {
        Tenant tenant = parsed(code, yaml);
        platformOwned(current(code), tenant, platformAdmin);
        return tenant;
    }

    /**
     * The live configuration as this transaction reads it from the database, not from this instance's directory: the
     * directory takes up another instance's publication (a suspension, say) only at its next poll.
     */
    private Optional<Tenant> current(String code) {
        String live = live(code).yaml();
        return live.isEmpty() ? Optional.empty() : Optional.of(parsed(code, live));
    }

    /** @throws Refused when a partner's file changes what only the platform team may change: status, host names */
    static void platformOwned(Optional<Tenant> live, Tenant tenant, boolean platformAdmin) {
        if (!platformAdmin) {
            List<String> problems = new ArrayList<>();
            if (live.isPresent() && live.get().status() != tenant.status()) {
                problems.add("status: only the platform team can suspend or reactivate a portal");
            }
            if (live.isPresent() && !live.get().hostnames().equals(tenant.hostnames())) {
                problems.add("hostnames: only the platform team can change the portal's host names");
            }
            if (!problems.isEmpty()) {
                throw new Refused(problems);
            }
        }
    }

    /** What stops a valid file from going live: contrast, message syntax, incomplete languages. */
    List<String> publishProblems(Tenant tenant) {
        List<String> problems = new ArrayList<>(Contrast.problems(tenant.branding().colors()));
        for (Map.Entry<String, Map<String, String>> perLocale : tenant.messageOverrides().entrySet()) {
            ULocale locale = ULocale.forLanguageTag(perLocale.getKey());
            for (Map.Entry<String, String> message : perLocale.getValue().entrySet()) {
                try {
                    new MessageFormat(message.getValue(), locale);
                } catch (IllegalArgumentException e) {
                    problems.add("messages." + perLocale.getKey() + "." + message.getKey()
                            + ": not a valid ICU message (" + e.getMessage() + ")");
                }
            }
        }
        for (ULocale locale : tenant.locales()) {
            List<String> missing = messages.missingKeys(tenant, locale);
            if (!missing.isEmpty()) {
                problems.add("locales: " + locale.toLanguageTag() + " is incomplete, " + missing.size()
                        + " text(s) missing: " + String.join(", ", missing.subList(0, Math.min(12, missing.size())))
                        + (missing.size() > 12 ? ", ..." : ""));
            }
        }
        return problems;
    }
}
