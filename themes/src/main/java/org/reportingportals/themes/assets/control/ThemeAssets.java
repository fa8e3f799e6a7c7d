package org.reportingportals.themes.assets.control;

import org.reportingportals.themes.assets.entity.Asset;
import org.reportingportals.themes.chain.control.ThemeChains;
import org.reportingportals.themes.chain.entity.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The static files of the themes ({@code themes/<name>/static/}), read once from the class path and addressed
 * by fingerprint. A theme's file is looked up along its chain, so a child theme inherits its parent's logo.
 */
public final class ThemeAssets {

    /** Files of the base theme that pages link to. */
    public static final List<String> BASE_FILES = List.of("portal.css");

    private final ThemeChains themes;
    private final Map<String, Asset> byLogicalName = new ConcurrentHashMap<>();
    private final Map<String, Asset> byFingerprint = new ConcurrentHashMap<>();

    public ThemeAssets(ThemeChains themes) {
        this.themes = themes;
        for (String file : BASE_FILES) {
            register(Theme.BASE + "/" + file, themes.resource(Theme.BASE, ThemeChains.STATIC, file).flatMap(this::read)
                    .orElseThrow(() -> new IllegalStateException("base theme file missing: " + file)), file);
        }
    }

    /** Adds a generated or tenant file under a logical name such as {@code ug/theme.css}. */
    public Asset register(String logicalName, byte[] content, String fileName) {
        Asset asset = Fingerprints.of(fileName, content);
        byLogicalName.put(logicalName, asset);
        byFingerprint.put(asset.fingerprinted(), asset);
        return asset;
    }

    /**
     * A file of a theme (e.g. its logo) from the first theme of its chain that has it, or one registered
     * under {@code <theme>/<fileName>}.
     */
    public Optional<Asset> tenantFile(String theme, String fileName) {
        String logical = theme + "/" + fileName;
        Asset known = byLogicalName.get(logical);
        if (known != null) {
            return Optional.of(known);
        }
        return themes.resource(theme, ThemeChains.STATIC, fileName).flatMap(this::read)
                .map(bytes -> register(logical, bytes, fileName));
    }

    public Asset base(String file) {
        return Optional.ofNullable(byLogicalName.get("base/" + file))
                .orElseThrow(() -> new IllegalArgumentException("no base asset " + file));
    }

    public Optional<Asset> byFingerprint(String name) {
        return Optional.ofNullable(byFingerprint.get(name));
    }

    private Optional<byte[]> read(String path) {
        try (InputStream in = themes.loader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
