package org.reportingportals.themes.assets.control;

import org.reportingportals.themes.assets.entity.Asset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/** Content-addressed names for static files. */
public final class Fingerprints {

    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon");

    private Fingerprints() {
    }

    public static Asset of(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (dot <= 0 || type == null) {
            throw new IllegalArgumentException("not a servable asset: " + name);
        }
        return new Asset(name.substring(0, dot) + "." + hash(content) + "." + extension, type, content);
    }

    public static Asset of(String name, String text) {
        return of(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
