package org.reportingportals.ops.kubernetes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportingportals.ops.kubernetes.Kustomize.Yaml2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks catch what they are for: each case breaks one thing in the production build (in memory) or in a
 * copy of the repository, and expects the sentence that names it. Without these, a check that can never fail
 * would pass ManifestsTest just as well.
 */
class ManifestChecksTest {

    private static final Repository REPOSITORY = Repository.locate();

    private static final List<Map<String, Object>> PRODUCTION = Kustomize.build(REPOSITORY.kubernetes().resolve("overlays/production"));

    /** A fresh copy of the production build for one case to break. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> production() {
        return (List<Map<String, Object>>) copy(PRODUCTION);
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }

    private static Map<String, Object> resource(List<Map<String, Object>> resources, String kind, String name) {
        return Manifests.named(resources, kind, name).orElseThrow();
    }

    private static Map<String, Object> portalContainer(List<Map<String, Object>> resources) {
        return Manifests.containers(resource(resources, "Deployment", "portal")).get(0);
    }

    private static Map<String, Object> variable(List<Map<String, Object>> resources, String name) {
        return ManifestChecks.environment(portalContainer(resources)).get(name);
    }

    private static void assertFinds(String expected, Consumer<List<Map<String, Object>>> breakage,
                                    Function<ManifestChecks, List<String>> check) {
        List<Map<String, Object>> resources = production();
        breakage.accept(resources);
        List<String> problems = check.apply(new ManifestChecks(resources, REPOSITORY));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                () -> "expected a problem containing '" + expected + "', got " + problems);
    }

    private static List<Object> env(List<Map<String, Object>> resources) {
        return Yaml2.list(portalContainer(resources), "env");
    }

    @Test
    void anUndocumentedVariableIsRefused() {
        assertFinds("PORTAL_DB_POOL is no key of the README's configuration table",
                r -> env(r).add(new LinkedHashMap<>(Map.of("name", "PORTAL_DB_POOL", "value", "5"))),
                ManifestChecks::environmentIsDocumented);
    }

    @Test
    void aVariableTheReadmeDoesNotListIsRefusedEvenIfTheManifestsAreUnchanged(@TempDir Path copy) throws IOException {
        Repository withoutMailHost = copyOfRepository(copy, readme -> readme.replace("| `portal.mail.host` |", "| `portal.smtp.host` |"));
        List<String> problems = new ManifestChecks(Kustomize.build(withoutMailHost.kubernetes().resolve("overlays/production")),
                withoutMailHost).environmentIsDocumented();
        assertTrue(problems.stream().anyMatch(p -> p.contains("PORTAL_MAIL_HOST is no key")), problems::toString);
    }

    @Test
    void aPlainValuePatchedOverASecretReferenceIsRefused() {
        assertFinds("PORTAL_OIDC_CLIENT_SECRET has both value and valueFrom",
                r -> variable(r, "PORTAL_OIDC_CLIENT_SECRET").put("value", "from-an-overlay"),
                ManifestChecks::environmentIsDocumented);
    }

    @Test
    void readinessOnAnythingButTheApplicationsChecksIsRefused() {
        assertFinds("readiness must be /health/ready",
                r -> Yaml2.asMap(Yaml2.at(portalContainer(r), "readinessProbe.httpGet")).put("path", "/health"),
                ManifestChecks::probesAskTheApplication);
        assertFinds("is not one of the MicroProfile Health endpoints",
                r -> Yaml2.asMap(Yaml2.at(portalContainer(r), "livenessProbe.httpGet")).put("path", "/healthz"),
                ManifestChecks::probesAskTheApplication);
    }

    @Test
    void aProbeWithoutAHostOfPortalHostsIsRefused() {
        assertFinds("is not in PORTAL_HOSTS",
                r -> Yaml2.asMap(Yaml2.at(portalContainer(r), "readinessProbe.httpGet")).remove("httpHeaders"),
                ManifestChecks::probesAskTheApplication);
    }

    @Test
    void readinessWithoutAnApplicationReadinessCheckIsRefused(@TempDir Path copy) throws IOException {
        Repository withoutCheck = copyOfRepository(copy, readme -> readme);
        String readiness = "portal-core/src/main/java/org/reportingportals/core/platform/boundary/DatabaseReadiness.java";
        Files.createDirectories(copy.resolve(readiness).getParent());
        Files.writeString(copy.resolve(readiness), Files.readString(REPOSITORY.root().resolve(readiness)).replace("@Readiness", "@Deprecated"));
        List<String> problems = new ManifestChecks(production(), withoutCheck).probesAskTheApplication();
        assertTrue(problems.stream().anyMatch(p -> p.contains("holds no application check")), problems::toString);
    }

    @Test
    void aSecretAsAPlainValueIsRefused() {
        assertFinds("PORTAL_SECRET_KEY must come from a Secret",
                r -> {
                    variable(r, "PORTAL_SECRET_KEY").remove("valueFrom");
                    variable(r, "PORTAL_SECRET_KEY").put("value", "c2VjcmV0");
                },
                ManifestChecks::noSecretInPlainText);
        assertFinds("looks like a key or password",
                r -> variable(r, "PORTAL_MAIL_FROM").put("value", "q8Zr2VbN4xYt7LmP3sKd9WfH1cJ6"),
                ManifestChecks::noSecretInPlainText);
    }

    @Test
    void theDevRealmsSecretOrUsersInTheImportAreRefused() {
        assertFinds("holds a development secret",
                r -> realmClient(r).put("secret", "portal-web-dev-secret"),
                ManifestChecks::noSecretInPlainText);
        assertFinds("must not import users",
                r -> realm(r).put("users", REPOSITORY.devRealm().get("users")),
                ManifestChecks::noSecretInPlainText);
    }

    @Test
    void aRealmThatDriftsFromTheDevRealmIsRefused() {
        assertFinds("realm field accessTokenLifespan differs",
                r -> realm(r).put("accessTokenLifespan", 3600),
                ManifestChecks::realmIsTheDevRealmWithoutDevParts);
        assertFinds("field protocolMappers differs",
                r -> Yaml2.list(realmClient(r), "protocolMappers").remove(0),
                ManifestChecks::realmIsTheDevRealmWithoutDevParts);
    }

    @Test
    void anUnpinnedImageIsRefused() {
        assertFinds("is not pinned", r -> portalContainer(r).put("image", "registry.example.org/reporting-portals/portal:latest"),
                ManifestChecks::imagesArePinned);
    }

    @Test
    void aWritablePathWithoutEmptyDirIsRefused() {
        assertFinds("Payara Micro writes to /tmp",
                r -> Yaml2.list(portalContainer(r), "volumeMounts").removeIf(m -> "/tmp".equals(Yaml2.asMap(m).get("mountPath"))),
                ManifestChecks::podsAreHardened);
        assertFinds("readOnlyRootFilesystem must be true",
                r -> Yaml2.asMap(portalContainer(r).get("securityContext")).put("readOnlyRootFilesystem", false),
                ManifestChecks::podsAreHardened);
    }

    @Test
    void anImageThatWouldStartHazelcastOrWriteOutsideItsMountsIsRefused(@TempDir Path copy) throws IOException {
        Repository clustered = copyOfRepository(copy, readme -> readme);
        Path dockerfile = clustered.dockerfile();
        Files.writeString(dockerfile, Files.readString(dockerfile).replace("\"--nocluster\", ", "").replace("/opt/payara/instance", "/opt/payara/data"));
        List<String> problems = new ManifestChecks(production(), clustered).podsAreHardened();
        assertTrue(problems.stream().anyMatch(p -> p.contains("must run with --nocluster")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Payara Micro writes to /opt/payara/data")), problems::toString);
    }

    @Test
    void selectorsThatMissThePodsAreRefused() {
        assertFinds("Service/portal (portal/service.yaml): selects no Deployment's pods",
                r -> Yaml2.asMap(Yaml2.at(resource(r, "Service", "portal"), "spec.selector")).put("app.kubernetes.io/name", "web"),
                ManifestChecks::labelsAndSelectorsMatch);
        assertFinds("PodDisruptionBudget/portal (portal/pdb.yaml): minAvailable must be a number below the replicas",
                r -> Yaml2.asMap(resource(r, "PodDisruptionBudget", "portal").get("spec")).put("minAvailable", 3),
                ManifestChecks::labelsAndSelectorsMatch);
    }

    @Test
    void settingsThatDisagreeWithTheOtherResourcesAreRefused() {
        assertFinds("PORTAL_OIDC_ISSUER must be https://id.example.org/realms/portal",
                r -> variable(r, "PORTAL_OIDC_ISSUER").put("value", "https://login.example.org/realms/portal"),
                ManifestChecks::productionSettings);
        assertFinds("Ingress/portal (portal/ingress.yaml): upstream-vhost must be a host of PORTAL_HOSTS (it is null)",
                r -> Yaml2.asMap(Yaml2.at(resource(r, "Ingress", "portal"), "metadata.annotations"))
                        .remove("nginx.ingress.kubernetes.io/upstream-vhost"),
                ManifestChecks::productionSettings);
        assertFinds("upstream-vhost must be a host of PORTAL_HOSTS (it is portal.example.org:1:2)",
                r -> Yaml2.asMap(Yaml2.at(resource(r, "Ingress", "portal"), "metadata.annotations"))
                        .put("nginx.ingress.kubernetes.io/upstream-vhost", "portal.example.org:1:2"),
                ManifestChecks::productionSettings);
        assertFinds("PORTAL_HOSTS names portal.example.net, which no Ingress sends to the platform",
                r -> variable(r, "PORTAL_HOSTS").put("value", "portal.example.net,localhost"),
                ManifestChecks::productionSettings);
        assertFinds("PORTAL_DB_USER must be a managed role of Cluster/portal-db with passwordSecret portal-db-app, not the "
                        + "database's owner",
                r -> List.of("PORTAL_DB_USER", "PORTAL_DB_PASSWORD").forEach(name -> Yaml2.asMap(Yaml2.asMap(
                        variable(r, name).get("valueFrom")).get("secretKeyRef")).put("name", "portal-db-app")),
                ManifestChecks::productionSettings);
        assertFinds("role portal_app must be a member (inRoles) of the managed NOLOGIN role portal_app_statistics",
                r -> Yaml2.list(Yaml2.child(Yaml2.child(resource(r, "Cluster", "portal-db"), "spec"), "managed"), "roles")
                        .forEach(role -> Yaml2.asMap(role).remove("inRoles")),
                ManifestChecks::productionSettings);
        assertFinds("role portal_app must be neither superuser nor bypassrls, and inherit: false",
                r -> Yaml2.list(Yaml2.child(Yaml2.child(resource(r, "Cluster", "portal-db"), "spec"), "managed"), "roles")
                        .forEach(role -> Yaml2.asMap(role).remove("inherit")),
                ManifestChecks::productionSettings);
        assertFinds("max_connections 400 is below 41 pods",
                r -> Yaml2.asMap(resource(r, "HorizontalPodAutoscaler", "portal").get("spec")).put("maxReplicas", 40),
                ManifestChecks::productionSettings);
    }

    @Test
    void aKustomizeFeatureTheChecksDoNotFollowIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: []
                secretGenerator:
                  - name: portal-secrets
                    literals: [secret-key=abc]
                """);
        assertThrows(IllegalStateException.class, () -> Kustomize.build(dir));
    }

    // ---- helpers

    private static Map<String, Object> realm(List<Map<String, Object>> resources) {
        return Yaml2.asMap(Yaml2.at(resource(resources, "KeycloakRealmImport", "portal-realm"), "spec.realm"));
    }

    private static Map<String, Object> realmClient(List<Map<String, Object>> resources) {
        return Yaml2.asMap(Yaml2.list(realm(resources), "clients").get(0));
    }

    /** The manifests, realm, Dockerfile and README (through {@code readme}) copied into {@code copy}; no sources. */
    private static Repository copyOfRepository(Path copy, Function<String, String> readme) throws IOException {
        Path root = REPOSITORY.root();
        List<Path> files = new ArrayList<>(List.of(root.resolve("ops/keycloak/portal-realm.json"), REPOSITORY.dockerfile()));
        try (Stream<Path> walk = Files.walk(REPOSITORY.kubernetes())) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            Path target = copy.resolve(root.relativize(file));
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        Files.writeString(copy.resolve("README.md"), readme.apply(Files.readString(root.resolve("README.md"))));
        return new Repository(copy);
    }
}
