package org.reportingportals.core.platform.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import org.reportingportals.core.platform.entity.StaffPass;
import org.reportingportals.core.platform.entity.StaffSessionSettings;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Seals a {@link StaffPass} for the browser and opens it again on any instance. The pass expires {@code idle} after
 * it was last seen and never later than {@code max} after the sign-on; both are inside the seal, so neither can be
 * stretched by the client. A pass is renewed (re-sealed with a new "seen" time) at most once a minute, so a busy
 * console does not get a new cookie on every request.
 *
 * <p>What a pass cannot do that a server-side session could: be revoked before it expires. Signing out removes it
 * from the browser and ends the provider's session; a copy taken before that stays valid until its idle time runs
 * out, which is why the idle time is short.
 */
public final class StaffPasses {

    /** What the sealed pass is for: a pass cannot be opened as any other sealed text, or the other way round. */
    static final String CONTEXT = "staff-pass-v1";
    static final String SIGN_ON_CONTEXT = "staff-sign-on-v1";
    /** How long a sign-on may take at the provider: the login page, a forgotten password looked up. */
    public static final Duration SIGN_ON_LIFETIME = Duration.ofMinutes(15);
    static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private final SealedText sealing;
    private final StaffSessionSettings settings;
    private final JsonProvider json;

    public StaffPasses(SealedText sealing, StaffSessionSettings settings, JsonProvider json) {
        this.sealing = sealing;
        this.settings = settings;
        this.json = json;
    }

    public String seal(StaffPass pass) {
        return sealing.seal(toJson(pass).toString(), CONTEXT, expiry(pass));
    }

    /** The pass, if the text is one we sealed and neither its idle time nor its maximum has run out at {@code now}. */
    public Optional<StaffPass> open(String sealed, Instant now) {
        return sealing.open(sealed, CONTEXT, now).flatMap(this::fromJson)
                .filter(pass -> now.isBefore(expiry(pass)));
    }

    /** True when the pass should go back to the browser re-sealed as seen now. */
    public boolean renewalDue(StaffPass pass, Instant now) {
        return !now.isBefore(pass.seenAt().plus(RENEW_AFTER));
    }

    /** When the pass ends: idle after it was last seen, and never after the maximum from sign-on. */
    public Instant expiry(StaffPass pass) {
        Instant idle = pass.seenAt().plus(settings.idle());
        Instant max = pass.signedOnAt().plus(settings.max());
        return idle.isBefore(max) ? idle : max;
    }

    /** A sign-on on its way to the provider: its {@code state}, its PKCE verifier, and the page to return to. */
    public record PendingSignOn(String state, String verifier, String target) {
    }

    public String seal(PendingSignOn pending, Instant now) {
        String text = json.createObjectBuilder().add("state", pending.state()).add("pkce", pending.verifier())
                .add("to", pending.target()).build().toString();
        return sealing.seal(text, SIGN_ON_CONTEXT, now.plus(SIGN_ON_LIFETIME));
    }

    public Optional<PendingSignOn> openSignOn(String sealed, Instant now) {
        return sealing.open(sealed, SIGN_ON_CONTEXT, now).flatMap(text -> {
            try (var reader = json.createReader(new StringReader(text))) {
                JsonObject o = reader.readObject();
                return Optional.of(new PendingSignOn(o.getString("state"), o.getString("pkce"), o.getString("to")));
            } catch (JsonException | ClassCastException | NullPointerException e) {
                return Optional.empty();
            }
        });
    }

    private JsonObject toJson(StaffPass pass) {
        JsonArrayBuilder groups = json.createArrayBuilder();
        pass.groups().stream().sorted().forEach(groups::add);
        JsonObjectBuilder object = json.createObjectBuilder().add("iss", pass.issuer()).add("sub", pass.subject())
                .add("usr", pass.username()).add("name", pass.displayName()).add("grp", groups)
                .add("idt", pass.idToken()).add("at", pass.signedOnAt().getEpochSecond())
                .add("seen", pass.seenAt().getEpochSecond());
        pass.tenant().ifPresent(t -> object.add("ten", t));
        pass.endSession().ifPresent(e -> object.add("eso", e));
        return object.build();
    }

    private Optional<StaffPass> fromJson(String text) {
        try (var reader = json.createReader(new StringReader(text))) {
            JsonObject o = reader.readObject();
            return Optional.of(new StaffPass(o.getString("iss"), o.getString("sub"), o.getString("usr"), o.getString("name"),
                    o.getJsonArray("grp").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .collect(Collectors.toSet()),
                    Optional.ofNullable(o.getString("ten", null)), o.getString("idt"),
                    Optional.ofNullable(o.getString("eso", null)),
                    Instant.ofEpochSecond(o.getJsonNumber("at").longValueExact()),
                    Instant.ofEpochSecond(o.getJsonNumber("seen").longValueExact())));
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            // sealed by us, so only a format from another build of the platform ends up here: signed out
            return Optional.empty();
        }
    }
}
