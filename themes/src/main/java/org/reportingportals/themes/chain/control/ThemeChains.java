package org.reportingportals.themes.chain.control;

import org.reportingportals.themes.chain.entity.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Loads themes from {@code themes/<name>/theme.properties} on a class path and follows {@code parent=} to
 * {@code base}, the way Keycloak's theme manager does: files are looked up child first, message files are
 * layered base first so the most specific theme wins.
 *
 * <p>A name with no theme folder at all is drawn by {@code base} alone: most portals have no theme of their
 * own and render in the base theme with their colour tokens. Everything else that is not a walkable chain
 * is refused with the file and the problem: a folder without {@code theme.properties}, a parent that is not
 * a theme, a cycle, a base with a parent, a theme without one, a {@code name=} that is not its folder, an
 * unknown key (a misspelt {@code parent} would otherwise be silently lost).
 *
 * <p>The folder check asks the class loader for the directory {@code themes/<name>/}; class folders and jars
 * built by Maven (which writes directory entries) answer it.
 *
 * <p>Thread-safe; a chain is loaded once per name. Theme files are part of the build, never uploaded.
 */
public final class ThemeChains {

    public static final String TEMPLATES = "templates";
    public static final String STATIC = "static";
    private static final Set<String> KEYS = Set.of("name", "parent");
    /** One file name inside a theme folder: no separator, no {@code ..}, no hidden file. */
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private final ClassLoader loader;
    private final Map<String, List<Theme>> chains = new ConcurrentHashMap<>();

    /** Loads {@code base} at once: without it no page can be drawn, so that is found at start-up. */
    public ThemeChains(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader);
        chain(Theme.BASE);
    }

    public ClassLoader loader() {
        return loader;
    }

    /**
     * The themes to look in for {@code name}, the theme itself first and {@code base} last.
     *
     * @throws IllegalArgumentException if {@code name} is not a theme name
     * @throws IllegalStateException    if a theme file of the chain is broken, naming the file and the problem
     */
    public List<Theme> chain(String name) {
        if (!Theme.isName(name)) {
            throw new IllegalArgumentException("not a theme name: " + name);
        }
        List<Theme> known = chains.get(name);
        if (known != null) {
            return known;
        }
        List<Theme> walked = walk(name);
        chains.putIfAbsent(name, walked);
        return walked;
    }

    /** The class path name of the first {@code themes/<t>/<folder>/<file>} along the chain of {@code theme}. */
    public Optional<String> resource(String theme, String folder, String file) {
        if (!FILE.matcher(folder).matches() || !FILE.matcher(file).matches()) {
            throw new IllegalArgumentException("not a file in a theme folder: " + folder + "/" + file);
        }
        for (Theme t : chain(theme)) {
            String path = t.resource(folder, file);
            if (loader.getResource(path) != null) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** The message file base names of the chain, {@code base} first, as {@code MessageCatalog} layers. */
    public List<String> messageLayers(String theme) {
        List<String> layers = new ArrayList<>();
        for (Theme t : chain(theme)) {
            layers.add(0, t.messages());
        }
        return List.copyOf(layers);
    }

    private List<Theme> walk(String name) {
        Optional<Theme> own = load(name);
        if (own.isEmpty()) {
            if (Theme.BASE.equals(name)) {
                throw new IllegalStateException(Theme.descriptor(name) + ": missing; every theme chain ends at base");
            }
            return chain(Theme.BASE);
        }
        List<Theme> walked = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Theme theme = own.get();
        while (!theme.isBase()) {
            walked.add(theme);
            names.add(theme.name());
            String parent = theme.parent().orElseThrow();
            if (names.contains(parent)) {
                throw new IllegalStateException(Theme.descriptor(theme.name()) + ": parent=" + parent
                        + " makes a cycle: " + String.join(" -> ", names) + " -> " + parent);
            }
            String child = theme.name();
            theme = load(parent).orElseThrow(() -> new IllegalStateException(Theme.descriptor(child) + ": parent="
                    + parent + " is not a theme (there is no " + Theme.descriptor(parent) + ")"));
        }
        walked.add(theme);
        return List.copyOf(walked);
    }

    /** The theme its file declares; empty if there is no such theme folder. */
    private Optional<Theme> load(String name) {
        String file = Theme.descriptor(name);
        Properties declared = new Properties();
        try (InputStream in = loader.getResourceAsStream(file)) {
            if (in == null) {
                if (loader.getResource("themes/" + name + "/") != null) {
                    throw new IllegalStateException(file + ": missing; a theme folder names its parent there"
                            + " (parent=base)");
                }
                return Optional.empty();
            }
            declared.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Set<String> unknown = new TreeSet<>(declared.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(file + ": unknown keys " + unknown + "; a theme file holds name and parent");
        }
        String named = declared.getProperty("name", name).strip();
        if (!named.equals(name)) {
            throw new IllegalStateException(file + ": name=" + named + " but the folder is " + name);
        }
        String parent = declared.getProperty("parent", "").strip();
        if (Theme.BASE.equals(name)) {
            if (!parent.isEmpty()) {
                throw new IllegalStateException(file + ": parent=" + parent + ", but base is where every chain ends");
            }
            return Optional.of(new Theme(name, Optional.empty()));
        }
        if (parent.isEmpty()) {
            throw new IllegalStateException(file + ": no parent; every theme but base names one (parent=base)");
        }
        if (!Theme.isName(parent)) {
            throw new IllegalStateException(file + ": parent=" + parent + " is not a theme name");
        }
        return Optional.of(new Theme(name, Optional.of(parent)));
    }
}
