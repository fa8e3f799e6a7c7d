package org.reportingportals.ops.kubernetes;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifests under ops/kubernetes, built as {@code kubectl apply -k} would build them, checked against the
 * repository: the README's configuration keys, the application's health checks and connection pool, the dev
 * realm and the Dockerfile. Runs in the ops module's {@code mvn verify}, offline, in about a second.
 */
class ManifestsTest {

    private static final Repository REPOSITORY = Repository.locate();

    /** What must hold for the base and for every overlay, by the behaviour it keeps. */
    private static final Map<String, Function<ManifestChecks, List<String>>> EVERYWHERE = new LinkedHashMap<>();

    static {
        EVERYWHERE.put("every resource is a known kind with its required fields", ManifestChecks::kindsAndRequiredFields);
        EVERYWHERE.put("pods run as non-root on a read-only filesystem, with resources and a graceful stop",
                ManifestChecks::podsAreHardened);
        EVERYWHERE.put("probes ask the application's health checks", ManifestChecks::probesAskTheApplication);
        EVERYWHERE.put("every environment variable is a documented configuration key", ManifestChecks::environmentIsDocumented);
        EVERYWHERE.put("no secret is in plain text", ManifestChecks::noSecretInPlainText);
        EVERYWHERE.put("every image is pinned", ManifestChecks::imagesArePinned);
        EVERYWHERE.put("labels, selectors and ports fit together", ManifestChecks::labelsAndSelectorsMatch);
        EVERYWHERE.put("the imported realm is the dev realm without users, test client or dev secret",
                ManifestChecks::realmIsTheDevRealmWithoutDevParts);
    }

    private static ManifestChecks checks(String kustomization) {
        return new ManifestChecks(Kustomize.build(REPOSITORY.kubernetes().resolve(kustomization)), REPOSITORY);
    }

    private static void assertNone(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    @TestFactory
    Stream<DynamicTest> baseAndProductionKeepEveryRule() {
        return Stream.of("base", "overlays/production").flatMap(kustomization -> {
            ManifestChecks checks = checks(kustomization);
            return EVERYWHERE.entrySet().stream().map(rule ->
                    DynamicTest.dynamicTest(kustomization + ": " + rule.getKey(), () -> assertNone(rule.getValue().apply(checks))));
        });
    }

    @Test
    void productionHasEverySettingItNeedsAndTheyAgreeWithTheOtherResources() {
        assertNone(checks("overlays/production").productionSettings());
    }

    @Test
    void theReadmeTableIsReadAsMicroProfileConfigSeesIt() {
        assertTrue(REPOSITORY.configurationKeys().containsAll(List.of("portal.db.url", "portal.mail.username", "portal.mail.password")),
                "a cell listing two keys yields both");
        assertEquals("PORTAL_RATE_LIMIT_STATUS_CHECKS", Repository.environmentName("portal.rate-limit.status-checks"));
    }
}
