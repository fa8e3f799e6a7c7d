package org.reportingportals.tenant.directory.control;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Structured edits of a tenant file for the screens that are not a text editor (translations, languages):
 * read, change one part, write back in block style. Comments of the file are not kept by such an edit; the
 * values and their order are.
 */
public final class TenantYaml {

    private TenantYaml() {
    }

    /** The file with the page texts of one language replaced (an empty map removes the language's texts). */
    public static String withMessages(String yaml, String languageTag, Map<String, String> messages) {
        Map<String, Object> file = read(yaml);
        Map<String, Object> all = new LinkedHashMap<>(mapping(file.get("messages")));
        if (messages.isEmpty()) {
            all.remove(languageTag);
        } else {
            all.put(languageTag, new TreeMap<>(messages));
        }
        if (all.isEmpty()) {
            file.remove("messages");
        } else {
            file.put("messages", all);
        }
        return write(file);
    }

    /** The file with one more language, named {@code name} in itself, after the existing ones. */
    public static String withLocale(String yaml, String languageTag, String name) {
        Map<String, Object> file = read(yaml);
        List<Object> locales = new ArrayList<>(file.get("locales") instanceof List<?> l ? l : List.of());
        if (!locales.contains(languageTag)) {
            locales.add(languageTag);
        }
        file.put("locales", locales);
        Map<String, Object> names = new LinkedHashMap<>(mapping(file.get("names")));
        names.putIfAbsent(languageTag, name);
        file.put("names", names);
        return write(file);
    }

    /** The file with these colour tokens in {@code theme.colors} (an empty map removes them all). */
    public static String withColors(String yaml, Map<String, String> colors) {
        Map<String, Object> file = read(yaml);
        Map<String, Object> theme = new LinkedHashMap<>(mapping(file.get("theme")));
        theme.putIfAbsent("parent", "base");
        if (colors.isEmpty()) {
            theme.remove("colors");
        } else {
            theme.put("colors", new TreeMap<>(colors));
        }
        file.put("theme", theme);
        return write(file);
    }

    /** The file with another logo file name in {@code theme.logo}. */
    public static String withLogo(String yaml, String logo) {
        Map<String, Object> file = read(yaml);
        Map<String, Object> theme = new LinkedHashMap<>(mapping(file.get("theme")));
        theme.putIfAbsent("parent", "base");
        theme.put("logo", logo);
        file.put("theme", theme);
        return write(file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Object document = new Yaml(new SafeConstructor(options)).load(yaml);
        if (!(document instanceof Map<?, ?> map)) {
            throw new TenantConfigException(List.of("the configuration is not a mapping of fields"));
        }
        return new LinkedHashMap<>((Map<String, Object>) map);
    }

    private static String write(Map<String, Object> file) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(1000);
        options.setIndent(2);
        return new Yaml(new Representer(options), options).dump(file);
    }
}
