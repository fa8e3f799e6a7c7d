package org.reportingportals.themes.assets.control;

import org.reportingportals.themes.assets.entity.Asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The static files of the themes, read once from the class path and addressed by fingerprint.
 */
public final class ThemeAssets {

    /** Files of the base theme that pages link to. */
    public static final List<String> BASE_FILES = List.of("portal.css");

    private final ClassLoader loader;
    private final Map<String, Asset> byLogicalName = new ConcurrentHashMap<>();
    private final Map<String, Asset> byFingerprint = new ConcurrentHashMap<>();

    public ThemeAssets(ClassLoader loader) {
        this.loader = loader;
        for (String file : BASE_FILES) {
            register("base/" + file, read("themes/base/static/" + file)
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

    /** A tenant theme's own file (e.g. its logo), if the tenant theme folder has it. */
    public Optional<Asset> tenantFile(String theme, String fileName) {
        String logical = theme + "/" + fileName;
        Asset known = byLogicalName.get(logical);
        if (known != null) {
            return Optional.of(known);
        }
        return read("themes/" + theme + "/" + fileName).map(bytes -> register(logical, bytes, fileName));
    }

    public Asset base(String file) {
        return Optional.ofNullable(byLogicalName.get("base/" + file))
                .orElseThrow(() -> new IllegalArgumentException("no base asset " + file));
    }

    public Optional<Asset> byFingerprint(String name) {
        return Optional.ofNullable(byFingerprint.get(name));
    }

    private Optional<byte[]> read(String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
