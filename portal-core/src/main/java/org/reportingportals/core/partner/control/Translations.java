package org.reportingportals.core.partner.control;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reportingportals.core.platform.control.PageMessages;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.core.tenancy.entity.Editor;
import org.reportingportals.tenant.directory.control.TenantYaml;
import org.reportingportals.tenant.directory.entity.Tenant;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The translation workflow of a tenant's page texts: completeness per language (translated, missing, stale),
 * the side-by-side editor's rows, saving translations into the draft with ICU checks, and export and import as
 * XLIFF 2.0 or {@code .properties}. A text counts as translated when the platform's catalog for the language
 * has it or the tenant words it itself; it is stale when the English text changed after it was translated here.
 */
@ApplicationScoped
public class Translations {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PageMessages messages;

    @Inject
    TenantConfigurations configurations;

    public record Status(String tag, String language, int total, int translated, List<String> missing, List<String> stale) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(100.0 * translated / total);
        }
    }

    /** One key in the editor: the English text, the platform's wording in this language, the tenant's own. */
    public record Row(String key, String root, Optional<String> platform, Optional<String> tenant, boolean stale) {
        public String current() {
            return tenant.or(() -> platform).orElse("");
        }

        public boolean untranslated() {
            return tenant.isEmpty() && platform.isEmpty();
        }
    }

    /** Problems of a submitted translation, by key, in words a translator can act on. */
    public static final class Invalid extends RuntimeException {
        private final Map<String, String> problems;

        public Invalid(Map<String, String> problems) {
            super(problems.size() + " invalid", null, false, false);
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    public List<Status> status(Tenant tenant) {
        List<Status> all = new ArrayList<>();
        for (ULocale locale : tenant.locales()) {
            List<Row> rows = rows(tenant, locale);
            List<String> missing = rows.stream().filter(Row::untranslated).map(Row::key).toList();
            List<String> stale = rows.stream().filter(Row::stale).map(Row::key).toList();
            all.add(new Status(locale.toLanguageTag(), locale.getDisplayName(ULocale.ENGLISH), rows.size(),
                    rows.size() - missing.size(), missing, stale));
        }
        return all;
    }

    public List<Row> rows(Tenant tenant, ULocale locale) {
        Map<String, String> platform = messages.baseTexts(locale);
        Map<String, String> own = tenant.messageOverrides().getOrDefault(locale.toLanguageTag(), Map.of());
        Map<String, String> sources = sources(tenant.code(), locale.toLanguageTag());
        List<Row> rows = new ArrayList<>();
        for (String key : messages.rootKeys()) {
            String root = messages.rootText(key);
            Optional<String> mine = Optional.ofNullable(own.get(key));
            boolean stale = mine.isPresent() && sources.containsKey(key) && !sources.get(key).equals(hash(root));
            rows.add(new Row(key, root, Optional.ofNullable(platform.get(key)), mine, stale));
        }
        return rows;
    }

    /**
     * Saves a language's texts into the draft: a text equal to the platform's wording or left empty is not kept
     * as the tenant's own; every other is checked with ICU and remembered with the English text it translates.
     */
    public void save(Tenant tenant, ULocale locale, Map<String, String> submitted, Editor by, Instant now) {
        Map<String, String> platform = messages.baseTexts(locale);
        Map<String, String> own = new TreeMap<>(tenant.messageOverrides().getOrDefault(locale.toLanguageTag(), Map.of()));
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> known = messages.rootKeys();
        for (Map.Entry<String, String> entry : submitted.entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                problems.put(key, "not a page text of the platform");
                continue;
            }
            String text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (text.isEmpty() || text.equals(platform.get(key))) {
                own.remove(key);
                continue;
            }
            try {
                new MessageFormat(text, locale);
            } catch (IllegalArgumentException e) {
                problems.put(key, "not a valid ICU message: " + e.getMessage());
                continue;
            }
            own.put(key, text);
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        String base = configurations.editedYaml(tenant.code());
        configurations.saveDraft(tenant.code(), TenantYaml.withMessages(base, locale.toLanguageTag(), own), by, now);
        for (String key : submitted.keySet()) {
            if (own.containsKey(key)) {
                remember(tenant.code(), locale.toLanguageTag(), key, hash(messages.rootText(key)));
            }
        }
    }

    /** Adds a language to the draft; its texts come from the platform's catalog if there is one, else are missing. */
    public void addLocale(Tenant tenant, ULocale locale, Editor by, Instant now) {
        configurations.saveDraft(tenant.code(), TenantYaml.withLocale(configurations.editedYaml(tenant.code()),
                locale.toLanguageTag(), locale.getDisplayName(locale)), by, now);
    }

    // --- files for translators

    public String exportProperties(Tenant tenant, ULocale locale) {
        StringBuilder out = new StringBuilder("# page texts of " + tenant.code() + " in " + locale.toLanguageTag()
                + "; an empty value is untranslated (the English text is in the comment above it)\n");
        for (Row row : rows(tenant, locale)) {
            out.append("# en: ").append(escape(row.root()).replace("\n", " ")).append('\n');
            out.append(escapeKey(row.key())).append('=').append(escape(row.current())).append('\n');
        }
        return out.toString();
    }

    public String exportXliff(Tenant tenant, ULocale locale) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"")
                .append(xml(locale.toLanguageTag())).append("\">\n  <file id=\"").append(xml(tenant.code())).append("\">\n");
        for (Row row : rows(tenant, locale)) {
            out.append("    <unit id=\"").append(xml(row.key())).append("\">\n      <segment")
                    .append(row.untranslated() ? " state=\"initial\"" : " state=\"translated\"").append(">\n        <source>")
                    .append(xml(row.root())).append("</source>\n");
            if (!row.untranslated()) {
                out.append("        <target>").append(xml(row.current())).append("</target>\n");
            }
            out.append("      </segment>\n    </unit>\n");
        }
        return out.append("  </file>\n</xliff>\n").toString();
    }

    /** Key to text from an XLIFF 2.0 or {@code .properties} file; units without a target are left out. */
    public Map<String, String> read(String file) {
        String text = file.strip();
        return text.startsWith("<") ? readXliff(text) : readProperties(text);
    }

    private static Map<String, String> readProperties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new Invalid(Map.of("file", "not a .properties file: " + e.getMessage()));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put(k.toString(), v.toString()));
        return texts;
    }

    private static Map<String, String> readXliff(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            var document = factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            if (!"xliff".equals(document.getDocumentElement().getLocalName())
                    || !"2.0".equals(document.getDocumentElement().getAttribute("version"))) {
                throw new Invalid(Map.of("file", "not an XLIFF 2.0 document"));
            }
            Map<String, String> texts = new TreeMap<>();
            var units = document.getElementsByTagNameNS("*", "unit");
            for (int i = 0; i < units.getLength(); i++) {
                var unit = (org.w3c.dom.Element) units.item(i);
                var targets = unit.getElementsByTagNameNS("*", "target");
                if (targets.getLength() > 0) {
                    texts.put(unit.getAttribute("id"), targets.item(0).getTextContent());
                }
            }
            return texts;
        } catch (Invalid e) {
            throw e;
        } catch (Exception e) {
            throw new Invalid(Map.of("file", "not a readable XLIFF file (" + e.getClass().getSimpleName() + ")"));
        }
    }

    // ---

    private Map<String, String> sources(String tenant, String locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT message_key, root_hash FROM translation_sources "
                + "WHERE tenant_code = ?1 AND locale = ?2").setParameter(1, tenant).setParameter(2, locale).getResultList();
        Map<String, String> sources = new LinkedHashMap<>();
        rows.forEach(r -> sources.put((String) r[0], ((String) r[1]).strip()));
        return sources;
    }

    private void remember(String tenant, String locale, String key, String rootHash) {
        em.createNativeQuery("DELETE FROM translation_sources WHERE tenant_code = ?1 AND locale = ?2 AND message_key = ?3")
                .setParameter(1, tenant).setParameter(2, locale).setParameter(3, key).executeUpdate();
        em.createNativeQuery("INSERT INTO translation_sources (tenant_code, locale, message_key, root_hash) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, tenant).setParameter(2, locale).setParameter(3, key).setParameter(4, rootHash).executeUpdate();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        String escaped = out.toString();
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    private static String escapeKey(String key) {
        return key.replace(":", "\\:").replace("=", "\\=").replace(" ", "\\ ");
    }
}
