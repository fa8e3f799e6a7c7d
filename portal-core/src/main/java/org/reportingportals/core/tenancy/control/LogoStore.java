package org.reportingportals.core.tenancy.control;

import org.reportingportals.core.platform.entity.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Uploaded logos, named by their content ({@code upload-<hash>.svg}), so a name always means the same file. What is
 * stored is the file as {@link LogoFiles} answers it (an SVG rebuilt from what it allows), never the uploaded bytes.
 */
@ApplicationScoped
public class LogoStore {

    public static final String PREFIX = "upload-";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Checks and stores the file; answers the name for {@code theme.logo}.
     *
     * @throws LogoFiles.Refused with everything refused in the file
     */
    public String store(String tenant, byte[] uploaded, String by, Instant now) {
        LogoFiles.Checked checked = LogoFiles.check(uploaded);
        byte[] content = checked.content();
        String name = PREFIX + hash(content).substring(0, 16) + "." + checked.extension();
        if (read(name).isEmpty()) {
            em.createNativeQuery("INSERT INTO tenant_logos (name, tenant_code, content_type, content_base64, uploaded_at, "
                            + "uploaded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, name).setParameter(2, tenant).setParameter(3, checked.contentType())
                    .setParameter(4, Base64.getEncoder().encodeToString(content))
                    .setParameter(5, UtcInstantConverter.parameter(now))
                    .setParameter(6, by).executeUpdate();
        }
        return name;
    }

    public Optional<byte[]> read(String name) {
        if (!name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT content_base64 FROM tenant_logos WHERE name = ?1")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(v -> Base64.getDecoder().decode(v.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
