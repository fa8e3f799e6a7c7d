package org.reportingportals.core.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.reportingportals.themes.assets.entity.Asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The theme files with their gzip form, compressed once per fingerprint (the name changes with the content, so
 * an entry never goes stale) at the best level, since the cost is paid once and not per request. As many entries
 * as registered assets.
 */
@ApplicationScoped
public class CompressedAssets {

    /** @param gzip absent where compressing would not make the file smaller (a PNG logo) */
    public record Encoded(String mediaType, byte[] plain, Optional<byte[]> gzip) {
    }

    private final Map<String, Encoded> byFingerprint = new ConcurrentHashMap<>();

    public Encoded of(Asset asset) {
        return byFingerprint.computeIfAbsent(asset.fingerprinted(), name -> {
            byte[] plain = asset.content();
            byte[] gzip = gzip(plain);
            return new Encoded(asset.mediaType(), plain, gzip.length < plain.length ? Optional.of(gzip) : Optional.empty());
        });
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
