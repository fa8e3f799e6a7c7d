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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and validates the tenant files ({@code tenants/<code>.yaml} on the class path). Every problem in
 * every file is collected and reported together, each naming file, field and what is wrong, so that a
 * partner's typo stops the platform with a message that says where to look. Unknown fields are errors: a
 * misspelt {@code helplnes} must not silently drop the helplines. The schema is {@code tenants/SCHEMA.md}.
 */
public final class TenantFiles {

    public static final String FOLDER = "tenants";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{1,19}");
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern LOGO = Pattern.compile("[a-z0-9-]{1,40}\\.(svg|png)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[a-z]{2,63}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Set<String> TOP = Set.of("code", "status", "names", "partner", "defaultLocale", "locales",
            "hostnames", "theme", "helplines", "emergency", "safeguarding", "messages");

    private TenantFiles() {
    }

    /** Every tenant file under {@code tenants/} on the class path. */
    public static TenantDirectory fromClasspath(ClassLoader loader) {
        Map<String, String> files = new TreeMap<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                collect(folders.nextElement(), files);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the tenant files", e);
        }
        if (files.isEmpty()) {
            throw new TenantConfigException(List.of(FOLDER + "/: no tenant files found on the class path"));
        }
        return parse(files);
    }

    /**
     * One tenant's file, as an editor or an import hands it in: validated like the seed files.
     *
     * @throws TenantConfigException naming every problem as {@code <code>.yaml: field: problem}
     */
    public static Tenant parseOne(String code, String yamlText) {
        return parse(Map.of(FOLDER + "/" + code + ".yaml", yamlText)).find(code).orElseThrow(
                () -> new TenantConfigException(List.of(FOLDER + "/" + code + ".yaml: code: must be " + code)));
    }

    /** The seed file of a tenant as shipped ({@code tenants/<code>.yaml} on the class path), if there is one. */
    public static Optional<String> seedText(ClassLoader loader, String code) {
        try (var in = loader.getResourceAsStream(FOLDER + "/" + code + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the seed file of " + code, e);
        }
    }

    /** Validates file name to YAML text pairs, e.g. {@code tenants/ug.yaml}. */
    public static TenantDirectory parse(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        List<Tenant> tenants = new ArrayList<>();
        Map<String, String> hostOwners = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            read(file.getKey(), file.getValue(), problems).ifPresent(tenant -> {
                for (String host : tenant.hostnames()) {
                    String owner = hostOwners.putIfAbsent(host, file.getKey());
                    if (owner != null) {
                        problems.add(file.getKey() + ": hostnames: " + host + " is already used by " + owner);
                    }
                }
                tenants.add(tenant);
            });
        }
        if (!problems.isEmpty()) {
            throw new TenantConfigException(problems);
        }
        return new TenantDirectory(tenants);
    }

    private static Optional<Tenant> read(String file, String yamlText, List<String> problems) {
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
        Fields f = new Fields(file, problems);
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

    private static Partner partner(Fields f, Object value, Set<String> tags, String fallback) {
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

    private static Branding branding(Fields f, Object value) {
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
                    f.problem("theme.colors." + token, "unknown colour token; known: " + new java.util.TreeSet<>(Branding.COLOR_TOKENS));
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

    private static List<Helpline> helplines(Fields f, String field, List<?> list, Set<String> tags, String fallback) {
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

    private static Optional<SafeguardingContact> safeguarding(Fields f, Object value) {
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

    private static Map<String, Map<String, String>> messages(Fields f, Object value, Set<String> tags) {
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

    private static void collect(URL folder, Map<String, String> files) throws IOException, URISyntaxException {
        switch (folder.getProtocol()) {
            case "file" -> {
                try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                    for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        files.put(FOLDER + "/" + path.getFileName(), Files.readString(path, StandardCharsets.UTF_8));
                    }
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(FOLDER + "/") && name.endsWith(".yaml") && name.indexOf('/', FOLDER.length() + 1) < 0) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("cannot list tenant files at " + folder);
        }
    }

    /** Field access that records problems instead of throwing, so one run reports them all. */
    private static final class Fields {
        private final String file;
        private final List<String> problems;
        private boolean failed;

        Fields(String file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        void problem(String field, String what) {
            failed = true;
            problems.add(file + ": " + field + ": " + what);
        }

        boolean failed() {
            return failed;
        }

        void onlyKnown(String prefix, Map<?, ?> map, Set<String> known) {
            for (Object key : map.keySet()) {
                if (!known.contains(String.valueOf(key))) {
                    problem(prefix + key, "unknown field (known: " + new java.util.TreeSet<>(known) + ")");
                }
            }
        }

        Optional<String> text(Map<?, ?> map, String field) {
            Object value = map.get(field);
            if (value == null) {
                problem(field, "is required");
                return Optional.empty();
            }
            if (!(value instanceof String s) || s.isBlank()) {
                problem(field, "must be text");
                return Optional.empty();
            }
            return Optional.of(s.strip());
        }

        List<?> list(Map<?, ?> map, String field, boolean required) {
            Object value = map.get(field);
            if (value == null) {
                if (required) {
                    problem(field, "is required");
                }
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                problem(field, "must be a list");
                return List.of();
            }
            return list;
        }

        Optional<ULocale> locale(String field, Object value) {
            if (!(value instanceof String tag) || !tag.matches("[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?")) {
                problem(field, "'" + value + "' is not a BCP 47 language tag like sw or pt-MZ");
                return Optional.empty();
            }
            return Optional.of(ULocale.forLanguageTag(tag));
        }

        LocalizedText localized(String field, Object value, Set<String> tags, String fallback, boolean required) {
            if (value instanceof String s && !s.isBlank()) {
                // one text for every language (proper names often are)
                return new LocalizedText(Map.of(fallback.isEmpty() ? "und" : fallback, s.strip()));
            }
            if (!(value instanceof Map<?, ?> map)) {
                if (required) {
                    problem(field, "give a text, or a text per language");
                }
                return new LocalizedText(Map.of());
            }
            Map<String, String> byTag = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String tag = String.valueOf(k);
                if (!tags.contains(tag)) {
                    problem(field + "." + tag, "is not one of the portal's locales " + tags);
                } else if (!(v instanceof String s) || s.isBlank()) {
                    problem(field + "." + tag, "must be text");
                } else {
                    byTag.put(tag, s.strip());
                }
            });
            if (!fallback.isEmpty() && !byTag.containsKey(fallback) && tags.contains(fallback)) {
                problem(field, "needs a text in the default locale " + fallback);
            }
            return new LocalizedText(byTag);
        }
    }
}
