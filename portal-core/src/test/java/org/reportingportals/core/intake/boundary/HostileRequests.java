package org.reportingportals.core.intake.boundary;

import org.reportingportals.core.reports.entity.Reference;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.impl.SeededSource;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The fuzz test's requests, drawn from QuickTheories generators: valid reports and status checks, mutated (a field removed,
 * duplicated or of another type, strings with control characters, lone surrogates, bidi controls, very long, extreme
 * numbers, deep nesting, trailing data, invalid UTF-8, another Content-Type or charset, odd Accept-Language, Host,
 * Origin and Sec-Fetch-Site), and random bytes. Each case is drawn from a {@link Random} of its own, seeded from the
 * run's seed, the target and the case number, so one case can be drawn again alone.
 *
 * <p>Each case carries its {@link Oracle}: what the platform may do with it. A case that is ambiguous or malformed
 * by construction (a duplicate key, trailing data, a cross-site form post...) must be refused; any other may be
 * refused or accepted, and if accepted it must be stored as sent.
 */
final class HostileRequests {

    static final String TENANT = "ug";
    static final String REPORTS = "/api/v1/portals/" + TENANT + "/reports";
    static final String STATUS = "/api/v1/portals/" + TENANT + "/status";
    static final String REPORT_FORM = "/" + TENANT + "/en/report";
    static final String STATUS_FORM = "/" + TENANT + "/en/status";

    enum Target { REPORT_API, STATUS_API, REPORT_FORM, STATUS_FORM }

    /** What the platform may do with a case. */
    sealed interface Oracle permits MustRefuse, MayStore, MayOpen {
    }

    /** Malformed or ambiguous by construction: only a refusal is right. */
    record MustRefuse(String why) implements Oracle {
    }

    /** A report that may be refused; accepted, it is stored with this description (absent if empty) and these URLs. */
    record MayStore(Optional<String> description, List<String> urls) implements Oracle {
    }

    /** A status check; only {@code rightPair} may open the report. */
    record MayOpen(boolean rightPair) implements Oracle {
    }

    /**
     * One request. {@code framing}: the request itself is not well-formed HTTP (random head bytes, control
     * characters in a header), so the container may answer instead of the application, or close the connection.
     */
    record Case(Target target, int index, List<String> labels, String method, String path, List<String> headers,
                byte[] body, Oracle oracle, boolean framing) {
    }

    /** What a case needs from the running platform: where it is, a form token, a real reference and receipt. */
    record Context(String authority, String csrfCookie, String csrfField, String reference, String receipt) {
    }

    private static final String VALID_SCHEMES = "http://,https://,HTTP://,hTtPs://";

    private final long seed;
    private final Context context;

    HostileRequests(long seed, Context context) {
        this.seed = seed;
        this.context = context;
    }

    /** The case {@code index} of {@code target}: the same for the same seed, whatever was drawn before. */
    Case draw(Target target, int index) {
        Random random = new Random(seed * 31 + (long) target.ordinal() * 1_000_003L + index * 7_919L);
        Draw d = new Draw(random, new SeededSource(random.nextLong()), new ArrayList<>());
        return switch (target) {
            case REPORT_API -> reportApi(d, index);
            case STATUS_API -> statusApi(d, index);
            case REPORT_FORM -> reportForm(d, index);
            case STATUS_FORM -> statusForm(d, index);
        };
    }

    // ---------------------------------------------------------------------------------------------- the API cases

    private Case reportApi(Draw d, int index) {
        List<Entry> entries = new ArrayList<>();
        Report report = report(d, index);
        entries.add(new Entry("urls", new ArrayList<Object>(report.urls)));
        report.description.ifPresent(v -> entries.add(new Entry("description", v)));
        report.whereFound.ifPresent(v -> entries.add(new Entry("whereFound", v)));
        if (!report.hints.isEmpty()) {
            entries.add(new Entry("contentHints", new ArrayList<Object>(report.hints)));
        }
        if (d.chance(0.5)) {
            entries.add(new Entry("childInDanger", report.danger));
        }
        if (d.chance(0.3)) {
            entries.add(new Entry("contact", List.of(new Entry("email", "fuzz" + index + "@example.org"))));
            entries.add(new Entry("feedback", "email"));
        } else if (d.chance(0.5)) {
            entries.add(new Entry("feedback", "receipt"));
        }
        if (d.chance(0.4)) {
            entries.add(new Entry("locale", d.pick("en", "sw")));
        }
        return jsonCase(d, Target.REPORT_API, index, REPORTS, entries);
    }

    private Case statusApi(Draw d, int index) {
        List<Entry> entries = new ArrayList<>();
        boolean[] right = {true};
        entries.add(new Entry("reference", reference(d, right)));
        entries.add(new Entry("receipt", receipt(d, right)));
        if (d.chance(0.5)) {
            java.util.Collections.reverse(entries);
        }
        Case drawn = jsonCase(d, Target.STATUS_API, index, STATUS, entries);
        if (drawn.oracle instanceof MayStore) {
            return new Case(drawn.target, drawn.index, drawn.labels, drawn.method, drawn.path, drawn.headers, drawn.body,
                    new MayOpen(right[0] && typesHold(entries)), drawn.framing);
        }
        return drawn;
    }

    /** The JSON document of these entries, mutated, with headers. */
    private Case jsonCase(Draw d, Target target, int index, String path, List<Entry> entries) {
        String refuse = null;
        if (d.chance(0.08)) {
            d.label("json:random-bytes");
            byte[] body = d.draw(bytes(0, 3000));
            Headers h = apiHeaders(d);
            return finish(d, target, index, path, h, body, new MustRefuse("random bytes"));
        }
        int mutations = d.random.nextInt(10) < 4 ? 0 : 1 + d.random.nextInt(2);
        boolean escapeAll = false;
        String prefix = "";
        String suffix = "";
        List<byte[]> rawInserts = new ArrayList<>();
        for (int m = 0; m < mutations; m++) {
            switch (d.random.nextInt(14)) {
                case 0 -> {
                    if (!entries.isEmpty()) {
                        Entry removed = entries.remove(d.random.nextInt(entries.size()));
                        d.label("json:field-removed:" + removed.key);
                    }
                }
                case 1 -> {
                    if (!entries.isEmpty()) {
                        Entry original = entries.get(d.random.nextInt(entries.size()));
                        Object other = original.value instanceof String s ? s + "x"
                                : original.value instanceof List<?> ? new ArrayList<Object>(List.of("http://example.com/dup"))
                                : !(Boolean.TRUE.equals(original.value));
                        entries.add(d.random.nextInt(entries.size() + 1), new Entry(original.key, other));
                        d.label("json:duplicate-key:" + original.key);
                        refuse = "duplicate key";
                    }
                }
                case 2 -> {
                    if (!entries.isEmpty()) {
                        int at = d.random.nextInt(entries.size());
                        Entry original = entries.get(at);
                        Object retyped = d.pick(new Raw("1"), new Raw("true"), new Raw("null"), new Raw("{}"),
                                new ArrayList<Object>(List.of("a")), "text", new Raw("-0"), new Raw("[[]]"));
                        entries.set(at, new Entry(original.key, retyped));
                        d.label("json:retyped:" + original.key);
                    }
                }
                case 3 -> {
                    entries.add(d.random.nextInt(entries.size() + 1), new Entry(d.pick("tenant", "status", "id", "x",
                            "", "urls ", "Urls", "__proto__", "description\u0000", "reference\ud800"), d.text()));
                    d.label("json:unknown-field");
                }
                case 4 -> {
                    if (!entries.isEmpty()) {
                        int at = d.random.nextInt(entries.size());
                        entries.set(at, new Entry(entries.get(at).key, new Raw(d.extremeNumber())));
                        d.label("json:extreme-number");
                    }
                }
                case 5 -> {
                    int depth = d.pick(2, 31, 32, 33, 64, 500, 900, 1_000, 5_000, 20_000, 30_000);
                    boolean arrays = d.chance(0.5);
                    String nested = arrays ? "[".repeat(depth) + "]".repeat(depth)
                            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                    if (d.chance(0.3)) {
                        nested = nested.substring(0, nested.length() / 2);
                        refuse = "unbalanced nesting";
                    }
                    String key = entries.isEmpty() || d.chance(0.3) ? "nest" : entries.get(d.random.nextInt(entries.size())).key;
                    entries.removeIf(e -> e.key.equals(key));
                    entries.add(new Entry(key, new Raw(nested)));
                    d.label("json:deep-nesting:" + (arrays ? "arrays" : "objects"));
                }
                case 6 -> {
                    suffix = d.pick(" x", "{}", "]", ",", "\u0000", " // c", "garbage", "{\"urls\":[]}", "}", "\"", "1");
                    d.label("json:trailing-data");
                    refuse = "trailing data";
                }
                case 7 -> {
                    rawInserts.add(new byte[]{(byte) d.random.nextInt(0x20)});
                    d.label("json:unescaped-control");
                    refuse = "unescaped control character in a string";
                }
                case 8 -> {
                    rawInserts.add(d.pick(new byte[]{(byte) 0xC0, (byte) 0x80}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                            new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xE2, (byte) 0x82}, new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
                    d.label("json:invalid-utf8");
                    refuse = "invalid UTF-8";
                }
                case 9 -> {
                    escapeAll = true;
                    d.label("json:all-escaped");
                }
                case 10 -> {
                    prefix = d.pick("\uFEFF", " \n\t", "\r\n");
                    d.label(prefix.equals("\uFEFF") ? "json:bom" : "json:leading-whitespace");
                }
                case 11 -> {
                    entries.replaceAll(e -> e.value instanceof String s ? new Entry(e.key, d.nasty(s)) : e);
                    d.label("json:nasty-strings");
                }
                case 12 -> {
                    d.label("json:not-an-object");
                    Headers h = apiHeaders(d);
                    byte[] body = d.pick("[1,2]", "\"text\"", "1", "null", "true", "[]", "", " ", "[{}]")
                            .getBytes(StandardCharsets.UTF_8);
                    return finish(d, target, index, path, h, body, new MustRefuse("not an object"));
                }
                default -> {
                    d.label("json:truncated");
                    refuse = "truncated";
                    suffix = "\u0001truncate";
                }
            }
        }
        String text = "{" + serialise(entries, escapeAll) + "}";
        byte[] body = (prefix + text).getBytes(StandardCharsets.UTF_8);
        if (suffix.equals("\u0001truncate")) {
            body = java.util.Arrays.copyOf(body, d.random.nextInt(Math.max(1, body.length - 1)));
        } else {
            body = concat(body, suffix.getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] insert : rawInserts) {
            body = insertIntoString(d, body, insert);
        }
        Headers h = apiHeaders(d);
        Oracle oracle;
        if (refuse != null) {
            oracle = new MustRefuse(refuse);
        } else if (prefix.equals("\uFEFF")) {
            // RFC 8259 lets a parser ignore a byte order mark or refuse it; either is right
            oracle = expected(entries);
        } else {
            oracle = expected(entries);
        }
        return finish(d, target, index, path, h, body, oracle);
    }

    private Case finish(Draw d, Target target, int index, String path, Headers h, byte[] body, Oracle oracle) {
        Oracle result = h.refuse != null ? new MustRefuse(h.refuse) : oracle;
        if (d.chance(0.02)) {
            // a request head that is not HTTP at all
            d.label("http:random-head");
            byte[] head = concat(d.draw(bytes(1, 400)),
                    "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return new Case(target, index, List.copyOf(d.labels), "", path, List.of(), concat(head, body),
                    new MustRefuse("not HTTP"), true);
        }
        return new Case(target, index, List.copyOf(d.labels), "POST", path, h.lines, body, result, h.framing);
    }

    /** What a well-formed document of these entries asks to store (or must be refused for). */
    private static Oracle expected(List<Entry> entries) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<String> description = Optional.empty();
        List<String> urls = List.of();
        for (Entry e : entries) {
            if (!keys.add(e.key)) {
                return new MustRefuse("duplicate key");
            }
        }
        for (Entry e : entries) {
            if (e.key.equals("description") && e.value instanceof String s) {
                description = Optional.of(s);
            } else if (e.key.equals("urls") && e.value instanceof List<?> list
                    && list.stream().allMatch(String.class::isInstance)) {
                urls = list.stream().map(String.class::cast).toList();
            }
        }
        return new MayStore(description, urls);
    }

    /** True when reference and receipt are both strings (a status check of other types is refused). */
    private static boolean typesHold(List<Entry> entries) {
        return entries.stream().filter(e -> e.key.equals("reference") || e.key.equals("receipt"))
                .allMatch(e -> e.value instanceof String) && entries.size() == 2;
    }

    private record Headers(List<String> lines, String refuse, boolean framing) {
    }

    private Headers apiHeaders(Draw d) {
        List<String> lines = new ArrayList<>();
        String refuse = null;
        String type = d.weighted(60, "application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
                "APPLICATION/JSON", "application/json; foo=bar", "application/json;;", null, "application/json; charset=latin1",
                "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "text/plain",
                "application/x-www-form-urlencoded", ";;;", "", "application/problem+json", "application/jsonx",
                "application/json, text/plain", "multipart/form-data; boundary=x", "*/*", "application/*");
        if (!"application/json".equals(type)) {
            d.label("header:content-type:" + type);
        }
        if (type != null) {
            lines.add("Content-Type: " + type);
        }
        if (type == null || !(type.equalsIgnoreCase("application/json") || type.matches("(?i)application/json\\s*;\\s*charset=utf-8")
                || type.equals("application/json; foo=bar") || type.equals("application/json;;"))) {
            refuse = "Content-Type " + type + " is not JSON in UTF-8";
        }
        Headers common = commonHeaders(d, lines, false);
        return new Headers(lines, common.refuse != null ? common.refuse : refuse, common.framing);
    }

    /** Host, Accept-Language, Origin and Sec-Fetch-Site, each left alone most of the time. */
    private Headers commonHeaders(Draw d, List<String> lines, boolean form) {
        String refuse = null;
        boolean framing = false;
        String ours = context.authority();
        switch (d.weightedIndex(85, 9)) {
            case 0 -> lines.add("Host: " + ours);
            case 1 -> {
                lines.add("Host: " + ours);
                lines.add("Host: evil.example");
                d.label("header:host:twice");
                refuse = "two Host headers";
            }
            case 2 -> {
                lines.add("Host: evil.example");
                d.label("header:host:other");
            }
            case 3 -> {
                lines.add("Host: bad host");
                d.label("header:host:malformed");
                refuse = "malformed Host";
            }
            case 4 -> {
                lines.add("Host: ");
                d.label("header:host:empty");
                refuse = "empty Host";
            }
            case 5 -> {
                lines.add("Host: " + ours + ":80");
                d.label("header:host:two-ports");
                refuse = "malformed Host";
            }
            case 6 -> d.label("header:host:missing");
            case 7 -> {
                lines.add("Host: localhost:" + ours.substring(ours.lastIndexOf(':') + 1));
                d.label("header:host:localhost");
            }
            case 8 -> {
                lines.add("Host: " + ours.toUpperCase(java.util.Locale.ROOT) + ".");
                d.label("header:host:trailing-dot");
            }
            default -> {
                lines.add("Host: 127.0.0.1:99999");
                d.label("header:host:bad-port");
                refuse = "malformed Host";
            }
        }
        if (d.chance(0.45)) {
            String value = d.weighted(0, "en", "sw-UG", "fr", "*", "en_US", "en;q=2", "en;q=abc", "!!!,,;;", "x".repeat(3000),
                    "en-US,en;q=0.9,sw;q=0.8", "zz", "i-klingon", "de-DE-x-private", "", ";q=0.5", "en;q=0.5;q=0.4",
                    "sw-Latn-UG-u-ca-gregory", "ar", "en-" + "a".repeat(70), "\u00e9n", "en,".repeat(500), "random");
            if (value.equals("random")) {
                value = d.headerText();
            }
            lines.add("Accept-Language: " + value);
            d.label(WELL_FORMED_LANGUAGES.contains(value) ? "header:accept-language" : "header:accept-language:malformed");
            framing |= hasControl(value);
        }
        if (d.chance(0.35)) {
            String origin = d.pick("null", "http://" + ours, "https://evil.example", "http://evil.example:1",
                    "http://" + ours + "/path", "\u0001x", "http://" + ours.replace("127.0.0.1", "localhost"), "random");
            if (origin.equals("random")) {
                origin = d.headerText();
            }
            lines.add("Origin: " + origin);
            d.label("header:origin:" + (origin.equals("null") || origin.equals("http://" + ours) ? origin.equals("null") ? "null" : "same"
                    : origin.contains("evil") ? "cross-site" : "odd"));
            framing |= hasControl(origin);
            if (form && origin.contains("evil")) {
                refuse = "a cross-site form post";
            }
        }
        if (d.chance(0.3)) {
            String site = d.pick("same-origin", "none", "same-site", "cross-site", "garbage", "CROSS-SITE", "");
            lines.add("Sec-Fetch-Site: " + site);
            d.label("header:sec-fetch-site:" + site);
            if (form && site.equals("cross-site")) {
                refuse = "a cross-site form post";
            }
        }
        return new Headers(lines, refuse, framing);
    }

    private static final Set<String> WELL_FORMED_LANGUAGES = Set.of("en", "sw-UG", "fr", "*", "en-US,en;q=0.9,sw;q=0.8",
            "zz", "i-klingon", "de-DE-x-private", "sw-Latn-UG-u-ca-gregory", "ar");

    private static boolean hasControl(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    // --------------------------------------------------------------------------------------------- the form cases

    private Case reportForm(Draw d, int index) {
        Report report = report(d, index);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[]{"_csrf", context.csrfField()});
        // the case's own key, and another on another run (its form token differs): a rerun on a database that keeps
        // idempotency records is not answered as a replay
        fields.add(new String[]{"idempotency", new UUID(d.random.nextLong() ^ context.csrfField().hashCode(),
                d.random.nextLong()).toString()});
        for (String url : report.urls) {
            fields.add(new String[]{"url", url});
        }
        if (d.chance(0.2)) {
            fields.add(new String[]{"url", ""});
        }
        report.whereFound.ifPresent(v -> fields.add(new String[]{"whereFound", v}));
        for (String hint : report.hints) {
            fields.add(new String[]{"contentHints", hint});
        }
        report.description.ifPresent(v -> fields.add(new String[]{"description", v}));
        if (report.danger) {
            fields.add(new String[]{"childInDanger", "yes"});
        }
        if (d.chance(0.3)) {
            fields.add(new String[]{"feedback", "email"});
            fields.add(new String[]{"email", "fuzz" + index + "@example.org"});
        } else {
            fields.add(new String[]{"feedback", "receipt"});
        }
        fields.add(new String[]{"action", "send"});
        return formCase(d, Target.REPORT_FORM, index, REPORT_FORM, fields, Set.of("url", "contentHints"));
    }

    private Case statusForm(Draw d, int index) {
        boolean[] right = {true};
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[]{"_csrf", context.csrfField()});
        fields.add(new String[]{"reference", reference(d, right)});
        fields.add(new String[]{"receipt", receipt(d, right)});
        Case drawn = formCase(d, Target.STATUS_FORM, index, STATUS_FORM, fields, Set.of());
        if (drawn.oracle instanceof MayStore) {
            boolean both = fields.stream().filter(f -> f[0].equals("reference") || f[0].equals("receipt")).count() == 2;
            return new Case(drawn.target, drawn.index, drawn.labels, drawn.method, drawn.path, drawn.headers, drawn.body,
                    new MayOpen(right[0] && both), drawn.framing);
        }
        return drawn;
    }

    private Case formCase(Draw d, Target target, int index, String path, List<String[]> fields, Set<String> repeatable) {
        String refuse = null;
        List<String> rawValues = new ArrayList<>();
        if (d.chance(0.06)) {
            d.label("form:random-bytes");
            byte[] body = d.draw(bytes(0, 3000));
            return finish(d, target, index, path, formHeaders(d), body, new MustRefuse("random bytes"));
        }
        int mutations = d.random.nextInt(10) < 4 ? 0 : 1 + d.random.nextInt(2);
        for (int m = 0; m < mutations; m++) {
            switch (d.random.nextInt(8)) {
                case 0 -> {
                    int at = 1 + d.random.nextInt(fields.size() - 1);
                    d.label("form:field-removed:" + fields.remove(at)[0]);
                }
                case 1 -> {
                    String[] original = fields.get(1 + d.random.nextInt(fields.size() - 1));
                    fields.add(1 + d.random.nextInt(fields.size() - 1), new String[]{original[0], original[1] + "x"});
                    d.label("form:duplicate-field:" + original[0]);
                    if (!repeatable.contains(original[0]) && !original[0].equals("action")) {
                        refuse = "a single-valued field sent twice";
                    }
                }
                case 2 -> {
                    fields.replaceAll(f -> f[0].equals("_csrf") || f[0].equals("action") || f[0].equals("idempotency")
                            ? f : new String[]{f[0], d.nasty(f[1])});
                    d.label("form:nasty-strings");
                }
                case 3 -> {
                    String bad = d.pick("%", "%zz", "%E2%82", "%ED%A0%80", "%FF", "%C0%80", "%F4%90%80%80", "%%", "%0");
                    rawValues.add(bad);
                    d.label("form:bad-percent-encoding:" + bad);
                    refuse = "malformed percent-encoding or not UTF-8";
                }
                case 4 -> {
                    fields.removeIf(f -> f[0].equals("_csrf"));
                    if (d.chance(0.5)) {
                        fields.add(new String[]{"_csrf", d.pick("", "x", context.csrfField() + "x",
                                context.csrfField().toUpperCase(java.util.Locale.ROOT))});
                        d.label("form:csrf-wrong");
                    } else {
                        d.label("form:csrf-missing");
                    }
                    refuse = "no valid CSRF token";
                }
                case 5 -> {
                    fields.add(1 + d.random.nextInt(fields.size() - 1), new String[]{d.pick("tenant", "status", "x", "", "url[]"), d.text()});
                    d.label("form:unknown-field");
                }
                case 6 -> {
                    // a name with no '=' or an empty name
                    rawValues.add(d.pick("&", "=", "&&", "==", "a"));
                    d.label("form:odd-pairs");
                }
                default -> {
                    fields.replaceAll(f -> f[0].equals("description") ? new String[]{f[0], d.longText()} : f);
                    d.label("form:long-description");
                }
            }
        }
        StringBuilder body = new StringBuilder();
        boolean percentSpaces = d.chance(0.3);
        for (String[] f : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(formEncode(f[0], percentSpaces)).append('=').append(formEncode(f[1], percentSpaces));
        }
        for (String raw : rawValues) {
            if (raw.startsWith("%")) {
                // into a field that is read: the description, else the first URL
                String field = fields.stream().anyMatch(f -> f[0].equals("description")) ? "description=" : "url=";
                int at = body.indexOf(field);
                if (at >= 0) {
                    body.insert(at + field.length(), raw);
                } else {
                    body.append("&description=").append(raw);
                }
            } else {
                body.append(raw);
            }
        }
        Headers h = formHeaders(d);
        Oracle oracle = refuse != null ? new MustRefuse(refuse) : expectedForm(fields, repeatable);
        return finish(d, target, index, path, h, body.toString().getBytes(StandardCharsets.US_ASCII), oracle);
    }

    private static Oracle expectedForm(List<String[]> fields, Set<String> repeatable) {
        Set<String> seen = new LinkedHashSet<>();
        Optional<String> description = Optional.empty();
        List<String> urls = new ArrayList<>();
        for (String[] f : fields) {
            // a second action is a second submit button's name, not a field (the mutations above do not refuse it)
            if (!repeatable.contains(f[0]) && !f[0].equals("action") && !seen.add(f[0])) {
                return new MustRefuse("a single-valued field sent twice");
            }
            if (f[0].equals("description")) {
                description = Optional.of(f[1]);
            } else if (f[0].equals("url")) {
                urls.add(f[1]);
            }
        }
        if (!seen.contains("_csrf")) {
            return new MustRefuse("no CSRF token");
        }
        return new MayStore(description, urls);
    }

    /** application/x-www-form-urlencoded of a Java string as UTF-8; a lone surrogate as its (invalid) CESU-8 bytes. */
    private static String formEncode(String value, boolean percentSpaces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)))) {
                out.append(String.format("%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < value.length() ? i + 2 : i + 1;
                String encoded = URLEncoder.encode(value.substring(i, end), StandardCharsets.UTF_8);
                out.append(percentSpaces ? encoded.replace("+", "%20") : encoded);
                i = end - 1;
            }
        }
        return out.toString();
    }

    private Headers formHeaders(Draw d) {
        List<String> lines = new ArrayList<>();
        String refuse = null;
        String type = d.weighted(75, "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
                "APPLICATION/X-WWW-FORM-URLENCODED", null, "application/x-www-form-urlencoded; charset=ISO-8859-1",
                "text/plain", "application/json", "multipart/form-data; boundary=x", ";;;", "");
        if (!"application/x-www-form-urlencoded".equals(type)) {
            d.label("header:content-type:" + type);
        }
        if (type != null) {
            lines.add("Content-Type: " + type);
        }
        if (type == null || !(type.equalsIgnoreCase("application/x-www-form-urlencoded")
                || type.equals("application/x-www-form-urlencoded; charset=UTF-8"))) {
            refuse = "Content-Type " + type + " is not a form in UTF-8";
        }
        lines.add("Cookie: " + context.csrfCookie());
        Headers common = commonHeaders(d, lines, true);
        return new Headers(lines, common.refuse != null ? common.refuse : refuse, common.framing);
    }

    // ------------------------------------------------------------------------------------------- shared pieces

    private record Report(List<String> urls, Optional<String> description, Optional<String> whereFound,
                          List<String> hints, boolean danger) {
    }

    private Report report(Draw d, int index) {
        int count = 1 + d.random.nextInt(3);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(d.url(index, i));
        }
        Optional<String> description = d.chance(0.75) ? Optional.of(d.text()) : Optional.empty();
        Optional<String> whereFound = d.chance(0.7) ? Optional.of(d.pick("website", "social-media", "chat", "game",
                "email", "other")) : Optional.empty();
        List<String> hints = d.chance(0.5) ? List.of(d.pick("images", "videos", "links", "other")) : List.of();
        return new Report(urls, description, whereFound, hints, d.chance(0.1));
    }

    /** The real reference, spelt in a way the platform documents it accepts, or a wrong one. */
    private String reference(Draw d, boolean[] right) {
        String real = context.reference();
        return switch (d.random.nextInt(8)) {
            case 0, 1 -> real;
            case 2 -> real.toLowerCase(java.util.Locale.ROOT).replace("-", "");
            case 3 -> {
                right[0] = false;
                yield "UG-2222-2222";
            }
            case 4 -> typed(d.nasty(real), real, right);
            case 5 -> typed(d.text(), real, right);
            default -> real;
        };
    }

    /**
     * A mutated reference still names the report when the platform reads it as the same one: a typed reference's
     * case, white space (line breaks included), hyphens, dots and underscores do not matter ({@link Reference#parse}).
     */
    private static String typed(String mutated, String real, boolean[] right) {
        if (!Reference.parse(mutated).equals(Reference.parse(real))) {
            right[0] = false;
        }
        return mutated;
    }

    private String receipt(Draw d, boolean[] right) {
        String real = context.receipt();
        return switch (d.random.nextInt(6)) {
            case 0, 1, 2 -> real;
            case 3 -> {
                right[0] = false;
                int at = d.random.nextInt(real.length());
                char swapped = real.charAt(at) == 'A' ? 'B' : 'A';
                yield real.substring(0, at) + swapped + real.substring(at + 1);
            }
            case 4 -> {
                right[0] = false;
                yield real.substring(0, real.length() - 1);
            }
            default -> {
                right[0] = false;
                yield d.text();
            }
        };
    }

    private record Entry(String key, Object value) {
    }

    /** A JSON literal written as is. */
    private record Raw(String text) {
    }

    @SuppressWarnings("unchecked")
    private static String serialise(List<Entry> entries, boolean escapeAll) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(quote(e.key, escapeAll)).append(':').append(value(e.value, escapeAll));
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String value(Object value, boolean escapeAll) {
        if (value instanceof String s) {
            return quote(s, escapeAll);
        }
        if (value instanceof Raw raw) {
            return raw.text;
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        List<Object> list = (List<Object>) value;
        if (!list.isEmpty() && list.get(0) instanceof Entry) {
            return "{" + serialise((List<Entry>) value, escapeAll) + "}";
        }
        StringBuilder out = new StringBuilder("[");
        for (Object item : list) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(value(item, escapeAll));
        }
        return out.append(']').toString();
    }

    /** A JSON string; controls and lone surrogates always escaped (they cannot be sent otherwise). */
    private static String quote(String s, boolean escapeAll) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(s, i) || escapeAll && c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Puts raw bytes inside the first string value after the first colon, so they land in a string. */
    private static byte[] insertIntoString(Draw d, byte[] body, byte[] insert) {
        int colon = -1;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == ':') {
                colon = i;
                break;
            }
        }
        int quote = -1;
        for (int i = Math.max(0, colon); i < body.length; i++) {
            if (body[i] == '"') {
                quote = i;
                break;
            }
        }
        int at = quote < 0 ? body.length / 2 : quote + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(insert);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The characters the strings are made of when they are meant to hurt. */
    private static final String NASTY = "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0080\u0085\u009f"
            + "\u00a0\u00ad\u034f\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
            + "\u2066\u2067\u2068\u2069\u3000\ufeff\ufff9\ufffc\ufffd\ufffe\uffff\ud800\udbff\udc00\udfff"
            + "\"\\<>&'%+=;#?/@:\u0130\u0131\u00df\u1e9e\ufb01\u0301\u0d4d";

    /**
     * Draws this case's choices from its own {@link Random}, and values from QuickTheories generators with a source
     * seeded from it; names what it chose.
     */
    private final class Draw {
        final Random random;
        final RandomnessSource source;
        final List<String> labels;

        Draw(Random random, RandomnessSource source, List<String> labels) {
            this.random = random;
            this.source = source;
            this.labels = labels;
        }

        <T> T draw(Gen<T> gen) {
            return gen.generate(source);
        }

        void label(String label) {
            labels.add(label);
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        @SafeVarargs
        final <T> T pick(T... options) {
            return options[random.nextInt(options.length)];
        }

        /** The first option with {@code percent} % probability, else any of the others. */
        @SafeVarargs
        final <T> T weighted(int percent, T... options) {
            if (percent > 0 && random.nextInt(100) < percent) {
                return options[0];
            }
            return percent > 0 ? options[1 + random.nextInt(options.length - 1)] : options[random.nextInt(options.length)];
        }

        /** 0 with {@code percent} % probability, else 1..{@code others}. */
        int weightedIndex(int percent, int others) {
            return random.nextInt(100) < percent ? 0 : 1 + random.nextInt(others);
        }

        String text() {
            return switch (random.nextInt(7)) {
                case 0 -> draw(PLAIN);
                case 1 -> draw(ANY);
                case 2 -> draw(NASTY_TEXT);
                case 3 -> nasty(draw(PLAIN));
                case 4 -> d(" ") + draw(PLAIN) + d("\r\n");
                case 5 -> longText();
                default -> "Seen in a comment " + draw(NASTY_SHORT);
            };
        }

        private String d(String s) {
            return chance(0.5) ? s : "";
        }

        String longText() {
            int length = pick(3_999, 4_000, 4_001, 10_000, 40_000, 70_000);
            String unit = pick("x", "\u00e9", "\ud83d\ude00", "\u202e", " ");
            StringBuilder out = new StringBuilder();
            while (out.length() < length) {
                out.append(unit);
            }
            return out.substring(0, length);
        }

        /** {@code s} with a few nasty characters put in at random places. */
        String nasty(String s) {
            StringBuilder out = new StringBuilder(s);
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.insert(random.nextInt(out.length() + 1), NASTY.charAt(random.nextInt(NASTY.length())));
            }
            return out.toString();
        }

        String extremeNumber() {
            return pick("1e999999999", "-1e999999999", "1E-400", "-0", "0.0000000000000000000000000000001",
                    "9".repeat(pick(20, 400, 20_000)), "1" + "0".repeat(5_000) + "e-5000", "123456789012345678901234567890",
                    "1e2147483648", "-9223372036854775809", "1.5e308", "01", "1.", ".5", "+1", "NaN", "Infinity", "0x10", "1e");
        }

        /** A header value of printable ASCII or Latin-1 bytes, now and then a control character. */
        String headerText() {
            return draw(HEADER_TEXT);
        }

        /** A URL of one of the platform's accepted shapes or not, unique to this case (so no two normalise alike). */
        String url(int index, int i) {
            String scheme = pick(VALID_SCHEMES.split(","));
            if (chance(0.1)) {
                scheme = pick("", "ftp://", "javascript:", "data:", "//", "http:/", "http:\\\\", "file:///");
            }
            String host = pick("example.com", "EXAMPLE.com", "b\u00fccher.example", "xn--bcher-kva.example", "192.168.0.1",
                    "[::1]", "trusted.org@evil.example", "0x7f.1", "\u0435xample.com", "exa\u200bmple.com", "example.com:8080",
                    "example.com.", "\uff45xample.com");
            String path = "/fz" + Long.toString(Math.abs(seed % 1_000_000), 36) + "-" + index + "-" + i;
            String tail = switch (random.nextInt(6)) {
                case 0 -> "/" + draw(PLAIN);
                case 1 -> "/" + draw(NASTY_TEXT);
                case 2 -> "?q=" + draw(ANY) + "#" + draw(PLAIN);
                case 3 -> "/" + "a".repeat(pick(10, 2_000, 2_100));
                default -> "";
            };
            String url = scheme + host + path + tail;
            return chance(0.15) ? pick(" ", "\t", "\u0000", "\u00a0", "\u3000", "\n") + url + pick("", " ", "\r\n", "\u0000")
                    : url;
        }
    }

    private static final Gen<String> PLAIN = SourceDSL.strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 80);
    /** Any code point, lone surrogates and non-characters included. */
    private static final Gen<String> ANY = SourceDSL.strings().allPossible().ofLengthBetween(0, 60);
    private static final Gen<String> NASTY_TEXT = textOf(NASTY + "abcdefghijklmnopqrstuvwxyz", 1, 40);
    private static final Gen<String> NASTY_SHORT = textOf(NASTY, 0, 3);
    private static final Gen<String> HEADER_TEXT = textOf(range(' ', '~') + range('\u00a0', '\u00ff') + "\u0001\t\u007f", 0, 200);

    /** Strings of {@code min} to {@code max} characters, each one of {@code alphabet}'s (one UTF-16 unit each). */
    private static Gen<String> textOf(String alphabet, int min, int max) {
        List<Character> units = alphabet.chars().mapToObj(c -> (char) c).toList();
        return SourceDSL.lists().of(Generate.pick(units)).ofSizeBetween(min, max).map(list -> {
            StringBuilder out = new StringBuilder(list.size());
            list.forEach(out::append);
            return out.toString();
        });
    }

    private static String range(char from, char to) {
        StringBuilder out = new StringBuilder();
        for (char c = from; c <= to; c++) {
            out.append(c);
        }
        return out.toString();
    }

    private static Gen<byte[]> bytes(int min, int max) {
        return SourceDSL.lists().of(SourceDSL.integers().between(-128, 127)).ofSizeBetween(min, max).map(list -> {
            byte[] out = new byte[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i).byteValue();
            }
            return out;
        });
    }
}
