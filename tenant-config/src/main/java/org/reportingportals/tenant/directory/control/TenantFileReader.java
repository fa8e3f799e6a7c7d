package org.reportingportals.tenant.directory.control;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import org.reportingportals.tenant.directory.entity.Branding;
import org.reportingportals.tenant.directory.entity.Helpline;
import org.reportingportals.tenant.directory.entity.LocalizedText;
import org.reportingportals.tenant.directory.entity.Partner;
import org.reportingportals.tenant.directory.entity.SafeguardingContact;
import org.reportingportals.tenant.directory.entity.Tenant;
import org.reportingportals.tenant.directory.entity.TenantStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads one tenant file, section by section, into a {@link Tenant}, or records why it cannot. Checks that need
 * more than one file (a host name claimed twice) are {@link TenantFiles}' job; this class sees one file only.
 * Unknown fields are errors: a misspelt {@code helplnes} must not silently drop the helplines.
 */
final class TenantFileReader {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{1,19}");
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern LOGO = Pattern.compile("[a-z0-9-]{1,40}\\.(svg|png)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[a-z]{2,63}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Set<String> TOP = Set.of("code", "status", "names", "partner", "defaultLocale", "locales",
            "hostnames", "theme", "helplines", "emergency", "safeguarding", "messages");

    private TenantFileReader() {
    }

    /** The tenant of one file, or empty with every problem of the file added to {@code problems}. */
    static Optional<Tenant> read(String file, String yamlText, List<String> problems) {
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            document = new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (YAMLException e) {
            problems.add(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
            return Optional.empty();
        }
        if (!(document instanceof Map<?, ?> map)) {
            problems.add(file + ": must be a mapping of fields (code, names, locales, ...)");
            return Optional.empty();
        }
        FieldChecks f = new FieldChecks(file, problems);
        f.onlyKnown("", map, TOP);

        String stem = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        String code = f.text(map, "code").orElse("");
        if (!code.isEmpty() && !Tenant.isWellFormedCode(code)) {
            f.problem("code", "'" + code + "' is not a lowercase ISO 3166-1 alpha-2 code or slug");
        } else if (!code.isEmpty() && !code.equals(stem)) {
            f.problem("code", "'" + code + "' must match the file name '" + stem + "'");
        }

        TenantStatus status = f.text(map, "status").flatMap(s -> {
            try {
                return Optional.of(TenantStatus.valueOf(s.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                f.problem("status", "'" + s + "' is not one of draft, live, suspended");
                return Optional.empty();
            }
        }).orElse(TenantStatus.DRAFT);

        List<ULocale> locales = new ArrayList<>();
        List<?> localeList = f.list(map, "locales", true);
        for (int i = 0; i < localeList.size(); i++) {
            f.locale("locales[" + i + "]", localeList.get(i)).ifPresent(l -> {
                if (locales.contains(l)) {
                    f.problem("locales", l.toLanguageTag() + " is listed twice");
                } else {
                    locales.add(l);
                }
            });
        }
        if (localeList.isEmpty()) {
            f.problem("locales", "list at least one language");
        }
        Optional<ULocale> defaultLocale = f.text(map, "defaultLocale").flatMap(t -> f.locale("defaultLocale", t));
        if (defaultLocale.isPresent() && !locales.isEmpty() && !locales.contains(defaultLocale.get())) {
            f.problem("defaultLocale", defaultLocale.get().toLanguageTag() + " is not in locales");
        }
        Set<String> tags = new LinkedHashSet<>();
        locales.forEach(l -> tags.add(l.toLanguageTag()));
        String fallbackTag = defaultLocale.map(ULocale::toLanguageTag).orElse("");

        LocalizedText names = f.localized("names", map.get("names"), tags, fallbackTag, true);
        Partner partner = partner(f, map.get("partner"), tags, fallbackTag);
        Branding branding = branding(f, map.get("theme"));
        List<Helpline> helplines = helplines(f, "helplines", f.list(map, "helplines", false), tags, fallbackTag);
        List<Helpline> emergency = helplines(f, "emergency", f.list(map, "emergency", true), tags, fallbackTag);
        Optional<SafeguardingContact> safeguarding = safeguarding(f, map.get("safeguarding"));

        List<String> hostnames = new ArrayList<>();
        List<?> hostList = f.list(map, "hostnames", false);
        for (int i = 0; i < hostList.size(); i++) {
            Object host = hostList.get(i);
            if (!(host instanceof String h) || !HOST.matcher(h).matches()) {
                f.problem("hostnames[" + i + "]", "'" + host + "' is not a lowercase host name");
            } else {
                hostnames.add(h);
            }
        }
        Map<String, Map<String, String>> overrides = messages(f, map.get("messages"), tags);

        if (f.failed()) {
            return Optional.empty();
        }
        return Optional.of(new Tenant(code, names, partner, defaultLocale.orElseThrow(), locales, status, branding,
                helplines, emergency, safeguarding, hostnames, overrides));
    }

    private static Partner partner(FieldChecks f, Object value, Set<String> tags, String fallback) {
        if (!(value instanceof Map<?, ?> map)) {
            f.problem("partner", "give the partner organisation's name (per language) and url");
            return new Partner(new LocalizedText(Map.of()), "");
        }
        f.onlyKnown("partner.", map, Set.of("name", "url"));
        LocalizedText name = f.localized("partner.name", map.get("name"), tags, fallback, true);
        String url = map.get("url") instanceof String u ? u : "";
        if (!url.matches("https://[^\\s\"<>]{4,200}")) {
            f.problem("partner.url", "must be an https:// address");
        }
        return new Partner(name, url);
    }

    private static Branding branding(FieldChecks f, Object value) {
        if (value == null) {
            return new Branding("base", Map.of(), Optional.empty());
        }
        if (!(value instanceof Map<?, ?> map)) {
            f.problem("theme", "must be a mapping with parent, colors, logo");
            return new Branding("base", Map.of(), Optional.empty());
        }
        f.onlyKnown("theme.", map, Set.of("parent", "colors", "logo"));
        String parent = map.get("parent") instanceof String p ? p : "base";
        if (!parent.equals("base")) {
            f.problem("theme.parent", "'" + parent + "' is not a theme; use base");
        }
        Map<String, String> colors = new LinkedHashMap<>();
        if (map.get("colors") instanceof Map<?, ?> c) {
            c.forEach((k, v) -> {
                String token = String.valueOf(k);
                if (!Branding.COLOR_TOKENS.contains(token)) {
                    f.problem("theme.colors." + token, "unknown colour token; known: " + new TreeSet<>(Branding.COLOR_TOKENS));
                } else if (!(v instanceof String s) || !COLOR.matcher(s).matches()) {
                    f.problem("theme.colors." + token, "'" + v + "' is not a colour like #1a2b3c");
                } else {
                    colors.put(token, s.toLowerCase(Locale.ROOT));
                }
            });
        } else if (map.get("colors") != null) {
            f.problem("theme.colors", "must be a mapping of token: \"#rrggbb\"");
        }
        Optional<String> logo = Optional.empty();
        if (map.get("logo") != null) {
            if (map.get("logo") instanceof String l && LOGO.matcher(l).matches()) {
                logo = Optional.of(l);
            } else {
                f.problem("theme.logo", "'" + map.get("logo") + "' must be a file name like logo.svg or logo.png");
            }
        }
        return new Branding(parent, colors, logo);
    }

    private static List<Helpline> helplines(FieldChecks f, String field, List<?> list, Set<String> tags, String fallback) {
        List<Helpline> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = field + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> map)) {
                f.problem(at, "must be a mapping with name and number");
                continue;
            }
            f.onlyKnown(at + ".", map, Set.of("name", "number", "hours"));
            LocalizedText name = f.localized(at + ".name", map.get("name"), tags, fallback, true);
            Object number = map.get("number");
            String digits = number == null ? "" : String.valueOf(number);
            if (!PHONE.matcher(digits).matches()) {
                f.problem(at + ".number", "'" + digits + "' is not a phone number (digits and spaces, optional +); quote it");
            }
            Optional<LocalizedText> hours = map.get("hours") == null ? Optional.empty()
                    : Optional.of(f.localized(at + ".hours", map.get("hours"), tags, fallback, true));
            result.add(new Helpline(name, digits, hours));
        }
        return result;
    }

    private static Optional<SafeguardingContact> safeguarding(FieldChecks f, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            f.problem("safeguarding", "must be a mapping with organisation, email, phone");
            return Optional.empty();
        }
        f.onlyKnown("safeguarding.", map, Set.of("organisation", "email", "phone"));
        String organisation = map.get("organisation") instanceof String o ? o.strip() : "";
        if (organisation.isEmpty()) {
            f.problem("safeguarding.organisation", "name the organisation analysts refer cases to");
        }
        Optional<String> email = Optional.ofNullable(map.get("email")).map(String::valueOf);
        email.filter(e -> !EMAIL.matcher(e).matches())
                .ifPresent(e -> f.problem("safeguarding.email", "'" + e + "' is not an email address"));
        Optional<String> phone = Optional.ofNullable(map.get("phone")).map(String::valueOf);
        phone.filter(p -> !PHONE.matcher(p).matches())
                .ifPresent(p -> f.problem("safeguarding.phone", "'" + p + "' is not a phone number"));
        return Optional.of(new SafeguardingContact(organisation, email, phone));
    }

    private static Map<String, Map<String, String>> messages(FieldChecks f, Object value, Set<String> tags) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof Map<?, ?> map)) {
            f.problem("messages", "must be a mapping of language to key: text");
            return result;
        }
        map.forEach((tag, entries) -> {
            String language = String.valueOf(tag);
            if (!tags.contains(language)) {
                f.problem("messages." + language, "is not one of the portal's locales " + tags);
                return;
            }
            if (!(entries instanceof Map<?, ?> e)) {
                f.problem("messages." + language, "must be a mapping of key: text");
                return;
            }
            Map<String, String> perLocale = new LinkedHashMap<>();
            e.forEach((k, v) -> {
                String key = String.valueOf(k);
                String at = "messages." + language + "." + key;
                if (!MESSAGE_KEY.matcher(key).matches()) {
                    f.problem(at, "is not a message key like portal.home.title");
                } else if (!(v instanceof String text)) {
                    f.problem(at, "must be text");
                } else {
                    try {
                        new MessagePattern(text);
                        perLocale.put(key, text);
                    } catch (IllegalArgumentException bad) {
                        f.problem(at, "is not valid ICU MessageFormat: " + bad.getMessage());
                    }
                }
            });
            result.put(language, perLocale);
        });
        return result;
    }
}
