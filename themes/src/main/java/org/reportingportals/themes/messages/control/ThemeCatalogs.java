package org.reportingportals.themes.messages.control;

import org.reportingportals.i18n.messages.control.MessageCatalog;
import org.reportingportals.themes.chain.control.ThemeChains;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message catalog of each theme chain: the platform's own layers, then {@code base}, then each theme
 * down to the one asked for. {@link MessageCatalog} walks the locale fallback ({@code fr_CA -> fr -> root})
 * and, within one locale, lets the later layer win; so a theme's text beats its parents' in the same
 * locale, and a more specific locale beats a more general one whichever theme defines it, as in Keycloak.
 *
 * <p>Themes with the same chain share one catalog (every portal without a theme of its own shares base's),
 * so the per-locale tables and compiled formats are built once per chain.
 */
public final class ThemeCatalogs {

    private final ThemeChains chains;
    private final List<String> platformLayers;
    private final Map<List<String>, MessageCatalog> byLayers = new ConcurrentHashMap<>();
    /** Asked on every page text, so the chain is walked once per theme name, not per text. */
    private final Map<String, MessageCatalog> byTheme = new ConcurrentHashMap<>();

    /**
     * @param platformLayers message files below every theme, most general first (e.g. {@code i18n/messages})
     */
    public ThemeCatalogs(ThemeChains chains, List<String> platformLayers) {
        this.chains = chains;
        this.platformLayers = List.copyOf(platformLayers);
    }

    /** The catalog of {@code theme}'s chain; refused like {@link ThemeChains#chain} for a broken theme. */
    public MessageCatalog of(String theme) {
        MessageCatalog known = byTheme.get(theme);
        if (known != null) {
            return known;
        }
        List<String> layers = new ArrayList<>(platformLayers);
        layers.addAll(chains.messageLayers(theme));
        MessageCatalog catalog = byLayers.computeIfAbsent(List.copyOf(layers), l -> new MessageCatalog(chains.loader(), l));
        byTheme.putIfAbsent(theme, catalog);
        return catalog;
    }
}
