package org.reportingportals.themes.assets.entity;

import java.util.Objects;

/**
 * A static file with a content-addressed name, e.g. {@code portal.3f9a1c02be.css}.
 *
 * @param fingerprinted the name to link to; it changes whenever the content changes
 */
public record Asset(String fingerprinted, String mediaType, byte[] content) {
    public Asset {
        Objects.requireNonNull(fingerprinted);
        Objects.requireNonNull(mediaType);
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
