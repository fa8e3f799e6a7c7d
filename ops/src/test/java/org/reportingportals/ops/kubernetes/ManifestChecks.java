package org.reportingportals.ops.kubernetes;

import org.reportingportals.ops.kubernetes.Kustomize.Yaml2;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.reportingportals.ops.kubernetes.Manifests.containers;
import static org.reportingportals.ops.kubernetes.Manifests.describe;
import static org.reportingportals.ops.kubernetes.Manifests.kind;
import static org.reportingportals.ops.kubernetes.Manifests.name;
import static org.reportingportals.ops.kubernetes.Manifests.ofKind;
import static org.reportingportals.ops.kubernetes.Manifests.podLabels;
import static org.reportingportals.ops.kubernetes.Manifests.podSpec;
import static org.reportingportals.ops.kubernetes.Manifests.selects;
import static org.reportingportals.ops.kubernetes.Manifests.strings;

/**
 * What can be checked about the Kubernetes manifests without a cluster. Each check returns the problems it
 * found as sentences naming the resource, so a failing build says what to fix; an empty list is a pass.
 */
final class ManifestChecks {

    /** The kinds we deploy, with the API version each must use. */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("Namespace", "v1"),
            Map.entry("ServiceAccount", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("Ingress", "networking.k8s.io/v1"),
            Map.entry("NetworkPolicy", "networking.k8s.io/v1"),
            Map.entry("PodDisruptionBudget", "policy/v1"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("Cluster", "postgresql.cnpg.io/v1"),
            Map.entry("Keycloak", "k8s.keycloak.org/v2alpha1"),
            Map.entry("KeycloakRealmImport", "k8s.keycloak.org/v2alpha1"));

    /** Fields without which a kind does nothing useful (or the API server refuses it). */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "Deployment", List.of("spec.replicas", "spec.selector.matchLabels", "spec.template.metadata.labels",
                    "spec.template.spec.containers"),
            "Service", List.of("spec.selector", "spec.ports"),
            "Ingress", List.of("spec.ingressClassName", "spec.rules", "spec.tls"),
            "NetworkPolicy", List.of("spec.podSelector", "spec.policyTypes"),
            "PodDisruptionBudget", List.of("spec.selector.matchLabels", "spec.minAvailable"),
            "HorizontalPodAutoscaler", List.of("spec.scaleTargetRef.kind", "spec.scaleTargetRef.name", "spec.minReplicas",
                    "spec.maxReplicas", "spec.metrics"),
            "Cluster", List.of("spec.instances", "spec.imageName", "spec.storage.size", "spec.bootstrap.initdb.database",
                    "spec.bootstrap.initdb.owner"),
            "Keycloak", List.of("spec.instances", "spec.image", "spec.db.vendor", "spec.db.host", "spec.db.usernameSecret.name",
                    "spec.db.passwordSecret.name", "spec.hostname.hostname", "spec.proxy.headers"),
            "KeycloakRealmImport", List.of("spec.keycloakCRName", "spec.realm.realm"));

    /**
     * Environment variables that are not platform settings, each with the reason it may be there. Anything
     * else must be a key of the README's configuration table.
     */
    static final Map<String, String> OTHER_ENVIRONMENT = Map.of(
            "JVM_ARGS", "the payara/micro image's entrypoint passes it to java (heap size, time zone, tmpdir)");

    /** The endpoints Payara Micro's MicroProfile Health serves for a deployed application. */
    static final Set<String> HEALTH_ENDPOINTS = Set.of("/health/live", "/health/ready", "/health/started");

    /** Settings whose values are secrets: only ever from a Secret. */
    private static final Pattern SECRET_SETTING = Pattern.compile("(?i).*(password|secret|token|credentials?)");
    /** Environment variables that carry a secret (PORTAL_SECRET_KEY, PORTAL_DB_PASSWORD, ...). */
    private static final Pattern SECRET_VARIABLE = Pattern.compile("(?i).*(password|secret|token|credential|key).*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
    private static final Pattern LOOKS_GENERATED = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");

    private final List<Map<String, Object>> resources;
    private final Repository repository;

    ManifestChecks(List<Map<String, Object>> resources, Repository repository) {
        this.resources = resources;
        this.repository = repository;
    }

    // ---- shape

    List<String> kindsAndRequiredFields() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> resource : resources) {
            String kind = kind(resource);
            if (!KINDS.containsKey(kind)) {
                problems.add(describe(resource) + ": kind " + kind + " is not one these checks know");
                continue;
            }
            if (!KINDS.get(kind).equals(resource.get("apiVersion"))) {
                problems.add(describe(resource) + ": apiVersion " + resource.get("apiVersion") + ", expected " + KINDS.get(kind));
            }
            if (Yaml2.at(resource, "metadata.name") == null) {
                problems.add(describe(resource) + ": no metadata.name");
            }
            if (!seen.add(kind + "/" + name(resource))) {
                problems.add(describe(resource) + ": defined twice");
            }
            for (String field : REQUIRED.getOrDefault(kind, List.of())) {
                Object value = Yaml2.at(resource, field);
                if (value == null || value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty()) {
                    problems.add(describe(resource) + ": " + field + " is missing");
                }
            }
        }
        return problems;
    }

    // ---- pods

    List<String> podsAreHardened() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : ofKind(resources, "Deployment")) {
            String it = describe(deployment);
            Map<String, Object> pod = podSpec(deployment);
            if (!Boolean.FALSE.equals(pod.get("automountServiceAccountToken"))) {
                problems.add(it + ": automountServiceAccountToken must be false (the pods never call the Kubernetes API)");
            }
            if (!Boolean.TRUE.equals(Yaml2.at(pod, "securityContext.runAsNonRoot"))) {
                problems.add(it + ": pod securityContext.runAsNonRoot must be true");
            }
            if (!"RuntimeDefault".equals(Yaml2.at(pod, "securityContext.seccompProfile.type"))) {
                problems.add(it + ": pod seccompProfile must be RuntimeDefault");
            }
            if (!Integer.valueOf(0).equals(Yaml2.at(deployment, "spec.strategy.rollingUpdate.maxUnavailable"))) {
                problems.add(it + ": a rolling update must keep every serving pod (maxUnavailable 0)");
            }
            for (Map<String, Object> container : containers(deployment)) {
                String c = it + " container " + container.get("name");
                Map<String, Object> security = Yaml2.child(container, "securityContext");
                if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
                    problems.add(c + ": allowPrivilegeEscalation must be false");
                }
                if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
                    problems.add(c + ": readOnlyRootFilesystem must be true");
                }
                if (!Yaml2.list(Yaml2.child(security, "capabilities"), "drop").contains("ALL")) {
                    problems.add(c + ": capabilities must drop ALL");
                }
                for (String field : List.of("resources.requests.cpu", "resources.requests.memory", "resources.limits.memory")) {
                    if (Yaml2.at(container, field) == null) {
                        problems.add(c + ": " + field + " is missing");
                    }
                }
                for (String probe : List.of("readinessProbe", "livenessProbe")) {
                    if (container.get(probe) == null) {
                        problems.add(c + ": no " + probe);
                    }
                }
                problems.addAll(writablePaths(deployment, container, c));
            }
            problems.addAll(gracefulStop(deployment, it));
        }
        return problems;
    }

    /** Payara Micro writes under --rootdir and java.io.tmpdir only: both must be emptyDir mounts. */
    private List<String> writablePaths(Map<String, Object> deployment, Map<String, Object> container, String c) {
        List<String> problems = new ArrayList<>();
        if (!repository.commandArguments().contains("--nocluster")) {
            problems.add(repository.dockerfile() + ": Payara Micro must run with --nocluster (instances share only PostgreSQL)");
        }
        Optional<String> rootDir = repository.commandOption("--rootdir");
        if (rootDir.isEmpty()) {
            problems.add(repository.dockerfile() + ": no --rootdir, so Payara Micro's instance root is not a known mount");
        }
        String tmpDir = environment(container).entrySet().stream().filter(e -> e.getKey().equals("JVM_ARGS"))
                .map(e -> Pattern.compile("-Djava\\.io\\.tmpdir=(\\S+)").matcher(String.valueOf(e.getValue().get("value"))))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("/tmp");
        Set<String> emptyDirs = new HashSet<>();
        for (Object volume : Yaml2.list(podSpec(deployment), "volumes")) {
            if (Yaml2.asMap(volume).containsKey("emptyDir")) {
                emptyDirs.add(String.valueOf(Yaml2.asMap(volume).get("name")));
            }
        }
        Set<String> writable = new HashSet<>();
        for (Object mount : Yaml2.list(container, "volumeMounts")) {
            Map<String, Object> m = Yaml2.asMap(mount);
            if (emptyDirs.contains(String.valueOf(m.get("name")))) {
                writable.add(String.valueOf(m.get("mountPath")));
            }
        }
        for (String path : rootDir.map(r -> List.of(r, tmpDir)).orElse(List.of(tmpDir))) {
            if (!writable.contains(path)) {
                problems.add(c + ": Payara Micro writes to " + path + ", which is no emptyDir mount (the root filesystem is read-only)");
            }
        }
        return problems;
    }

    private static List<String> gracefulStop(Map<String, Object> deployment, String it) {
        Object grace = podSpec(deployment).get("terminationGracePeriodSeconds");
        int sleep = 0;
        for (Map<String, Object> container : containers(deployment)) {
            List<Object> command = Yaml2.list(Yaml2.asMap(Objects.requireNonNullElse(
                    Yaml2.at(container, "lifecycle.preStop.exec"), new LinkedHashMap<>())), "command");
            if (command.size() == 2 && "sleep".equals(command.get(0))) {
                sleep = Math.max(sleep, Integer.parseInt(String.valueOf(command.get(1))));
            }
        }
        if (sleep == 0) {
            return List.of(it + ": no preStop sleep, so the pod stops before the endpoints stop sending it requests");
        }
        if (!(grace instanceof Integer seconds) || seconds < sleep + 30) {
            return List.of(it + ": terminationGracePeriodSeconds must leave at least 30 s after the " + sleep
                    + " s preStop sleep for requests in flight");
        }
        return List.of();
    }

    List<String> probesAskTheApplication() {
        List<String> problems = new ArrayList<>();
        List<String> readinessChecks = repository.healthChecks("Readiness");
        for (Map<String, Object> deployment : ofKind(resources, "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                String c = describe(deployment) + " container " + container.get("name");
                Set<Object> ports = new HashSet<>();
                for (Object port : Yaml2.list(container, "ports")) {
                    ports.add(Yaml2.asMap(port).get("name"));
                    ports.add(Yaml2.asMap(port).get("containerPort"));
                }
                Optional<List<String>> hosts = Optional.ofNullable(environment(container).get("PORTAL_HOSTS"))
                        .map(e -> Arrays.stream(String.valueOf(e.get("value")).split(",")).map(String::strip).toList());
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (container.get(probe) == null) {
                        continue;
                    }
                    Map<String, Object> get = Yaml2.child(Yaml2.asMap(container.get(probe)), "httpGet");
                    String path = String.valueOf(get.get("path"));
                    String p = c + " " + probe;
                    if (get.isEmpty()) {
                        problems.add(p + ": must be an HTTP check of the application, not a port or command");
                        continue;
                    }
                    if (!HEALTH_ENDPOINTS.contains(path)) {
                        problems.add(p + ": " + path + " is not one of the MicroProfile Health endpoints " + HEALTH_ENDPOINTS);
                    }
                    if (!ports.contains(get.get("port"))) {
                        problems.add(p + ": port " + get.get("port") + " is not a port of the container");
                    }
                    Optional<String> host = Yaml2.list(get, "httpHeaders").stream().map(Yaml2::asMap)
                            .filter(h -> "Host".equalsIgnoreCase(String.valueOf(h.get("name"))))
                            .map(h -> String.valueOf(h.get("value"))).findFirst();
                    if (hosts.isPresent() && (host.isEmpty() || !hosts.get().contains(host.get()))) {
                        problems.add(p + ": its Host (" + host.orElse("the pod's address") + ") is not in PORTAL_HOSTS "
                                + hosts.get() + ", so the platform answers it 404");
                    }
                }
                String readiness = String.valueOf(Yaml2.at(container, "readinessProbe.httpGet.path"));
                if (!readiness.equals("/health/ready")) {
                    problems.add(c + ": readiness must be /health/ready, which holds the application's own readiness checks");
                } else if (readinessChecks.isEmpty()) {
                    problems.add(c + ": /health/ready holds no application check (no @Readiness HealthCheck in portal-core),"
                            + " so it would only say the server runs");
                }
                if ("/health/ready".equals(Yaml2.at(container, "livenessProbe.httpGet.path"))) {
                    problems.add(c + ": liveness must not ask the database (an outage of PostgreSQL would restart every pod)");
                }
            }
        }
        return problems;
    }

    // ---- settings and secrets

    List<String> environmentIsDocumented() {
        List<String> problems = new ArrayList<>();
        Map<String, String> documented = new LinkedHashMap<>();
        for (String key : repository.configurationKeys()) {
            documented.put(Repository.environmentName(key), key);
        }
        for (Map<String, Object> deployment : ofKind(resources, "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                String c = describe(deployment) + " container " + container.get("name");
                if (container.get("envFrom") != null) {
                    problems.add(c + ": envFrom hides which settings are set; list each variable");
                }
                for (Map.Entry<String, Map<String, Object>> variable : environment(container).entrySet()) {
                    String name = variable.getKey();
                    if (variable.getValue().containsKey("value") && variable.getValue().containsKey("valueFrom")) {
                        problems.add(c + ": " + name + " has both value and valueFrom (an overlay patched a Secret"
                                + " reference with a plain value?)");
                    }
                    if (!documented.containsKey(name) && !OTHER_ENVIRONMENT.containsKey(name)) {
                        problems.add(c + ": " + name + " is no key of the README's configuration table"
                                + " (MicroProfile Config reads portal.db.url as PORTAL_DB_URL)");
                    }
                }
            }
        }
        return problems;
    }

    List<String> noSecretInPlainText() {
        List<String> problems = new ArrayList<>();
        Set<String> known = knownSecrets();
        for (Map<String, Object> resource : resources) {
            if (kind(resource).equals("Secret") || kind(resource).equals("ConfigMap")) {
                problems.add(describe(resource) + ": secrets are created by hand or by an operator, never kept in git");
            }
            walk(resource, "", (path, value) -> {
                if (known.contains(value)) {
                    problems.add(describe(resource) + ": " + path + " holds a development secret");
                } else if (LOOKS_GENERATED.matcher(value).matches() && value.matches(".*[a-z].*") && value.matches(".*[A-Z].*")
                        && value.matches(".*\\d.*")) {
                    problems.add(describe(resource) + ": " + path + " looks like a key or password");
                } else if (isSecretField(path.substring(path.lastIndexOf('.') + 1)) && !PLACEHOLDER.matcher(value).matches()) {
                    problems.add(describe(resource) + ": " + path + " is a secret in plain text");
                }
            });
        }
        for (Map<String, Object> deployment : ofKind(resources, "Deployment")) {
            for (Map<String, Object> container : containers(deployment)) {
                environment(container).forEach((name, variable) -> {
                    if (SECRET_VARIABLE.matcher(name).matches() && Yaml2.at(variable, "valueFrom.secretKeyRef.name") == null) {
                        problems.add(describe(deployment) + ": " + name + " must come from a Secret (valueFrom.secretKeyRef)");
                    }
                });
            }
        }
        for (Map<String, Object> realmImport : ofKind(resources, "KeycloakRealmImport")) {
            Map<String, Object> realm = Yaml2.asMap(Yaml2.at(realmImport, "spec.realm"));
            if (!Yaml2.list(realm, "users").isEmpty()) {
                problems.add(describe(realmImport) + ": the production realm must not import users");
            }
            Map<String, Object> placeholders = Yaml2.child(Yaml2.child(realmImport, "spec"), "placeholders");
            for (Object client : Yaml2.list(realm, "clients")) {
                Object secret = Yaml2.asMap(client).get("secret");
                if (secret == null) {
                    continue;
                }
                Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(secret));
                if (!placeholder.matches()) {
                    problems.add(describe(realmImport) + ": client " + Yaml2.asMap(client).get("clientId") + " has a literal secret");
                } else if (Yaml2.at(Yaml2.child(placeholders, placeholder.group(1)), "secret.name") == null) {
                    problems.add(describe(realmImport) + ": placeholder " + placeholder.group(1) + " is not filled from a Secret");
                }
            }
        }
        return problems;
    }

    /** A field that holds a secret's value, not the name of a Secret or of a key in one (secretName, name, key). */
    private static boolean isSecretField(String field) {
        return SECRET_SETTING.matcher(field).matches() && !field.endsWith("Name") && !field.endsWith("Type");
    }

    /** The dev realm's client secrets and users' passwords: none may appear in a production manifest. */
    private Set<String> knownSecrets() {
        Set<String> secrets = new HashSet<>();
        Map<String, Object> dev = repository.devRealm();
        for (Object client : Yaml2.list(dev, "clients")) {
            Optional.ofNullable(Yaml2.asMap(client).get("secret")).map(String::valueOf).ifPresent(secrets::add);
        }
        for (Object user : Yaml2.list(dev, "users")) {
            for (Object credential : Yaml2.list(Yaml2.asMap(user), "credentials")) {
                Optional.ofNullable(Yaml2.asMap(credential).get("value")).map(String::valueOf).ifPresent(secrets::add);
            }
        }
        return secrets;
    }

    List<String> imagesArePinned() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> resource : resources) {
            List<String> images = new ArrayList<>();
            containers(resource).forEach(c -> images.add(String.valueOf(c.get("image"))));
            Optional.ofNullable(Yaml2.at(resource, "spec.imageName")).ifPresent(i -> images.add(String.valueOf(i)));
            if (kind(resource).equals("Keycloak")) {
                images.add(String.valueOf(Yaml2.at(resource, "spec.image")));
            }
            for (String image : images) {
                if (!Images.pinned(image)) {
                    problems.add(describe(resource) + ": image " + image + " is not pinned to a version or digest");
                }
            }
        }
        if (!Images.pinned(repository.baseImage())) {
            problems.add(repository.dockerfile() + ": base image " + repository.baseImage() + " is not pinned");
        }
        return problems;
    }

    // ---- how the resources fit together

    List<String> labelsAndSelectorsMatch() {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> deployments = ofKind(resources, "Deployment");
        for (Map<String, Object> deployment : deployments) {
            if (!selects(strings(Yaml2.child(Yaml2.child(deployment, "spec"), "selector"), "matchLabels"), podLabels(deployment))) {
                problems.add(describe(deployment) + ": its selector does not match its own pod labels");
            }
        }
        for (Map<String, Object> service : ofKind(resources, "Service")) {
            Optional<Map<String, Object>> target = selected(deployments, strings(Yaml2.child(service, "spec"), "selector"));
            if (target.isEmpty()) {
                problems.add(describe(service) + ": selects no Deployment's pods");
                continue;
            }
            Set<Object> ports = containerPorts(target.get());
            for (Object port : Yaml2.list(Yaml2.child(service, "spec"), "ports")) {
                if (!ports.contains(Yaml2.asMap(port).get("targetPort"))) {
                    problems.add(describe(service) + ": targetPort " + Yaml2.asMap(port).get("targetPort") + " is no container port");
                }
            }
        }
        for (Map<String, Object> pdb : ofKind(resources, "PodDisruptionBudget")) {
            Optional<Map<String, Object>> target = selected(deployments,
                    strings(Yaml2.child(Yaml2.child(pdb, "spec"), "selector"), "matchLabels"));
            if (target.isEmpty()) {
                problems.add(describe(pdb) + ": selects no Deployment's pods");
            } else if (!(Yaml2.at(pdb, "spec.minAvailable") instanceof Integer min)
                    || min >= (Integer) Yaml2.at(target.get(), "spec.replicas")) {
                problems.add(describe(pdb) + ": minAvailable must be a number below the replicas, or no node could ever drain");
            }
        }
        for (Map<String, Object> hpa : ofKind(resources, "HorizontalPodAutoscaler")) {
            Optional<Map<String, Object>> target = Manifests.named(resources, String.valueOf(Yaml2.at(hpa, "spec.scaleTargetRef.kind")),
                    String.valueOf(Yaml2.at(hpa, "spec.scaleTargetRef.name")));
            if (target.isEmpty()) {
                problems.add(describe(hpa) + ": scales " + Yaml2.at(hpa, "spec.scaleTargetRef.name") + ", which does not exist");
            } else if (!Objects.equals(Yaml2.at(hpa, "spec.minReplicas"), Yaml2.at(target.get(), "spec.replicas"))) {
                problems.add(describe(hpa) + ": minReplicas differs from the Deployment's replicas");
            }
        }
        for (Map<String, Object> policy : ofKind(resources, "NetworkPolicy")) {
            Optional<Map<String, Object>> target = selected(deployments,
                    strings(Yaml2.child(Yaml2.child(policy, "spec"), "podSelector"), "matchLabels"));
            if (target.isEmpty()) {
                problems.add(describe(policy) + ": applies to no Deployment's pods");
                continue;
            }
            Set<Object> ports = containerPorts(target.get());
            for (Object rule : Yaml2.list(Yaml2.child(policy, "spec"), "ingress")) {
                for (Object port : Yaml2.list(Yaml2.asMap(rule), "ports")) {
                    if (!ports.contains(Yaml2.asMap(port).get("port"))) {
                        problems.add(describe(policy) + ": lets in port " + Yaml2.asMap(port).get("port") + ", which the pods do not serve");
                    }
                }
            }
            for (Object rule : Yaml2.list(Yaml2.child(policy, "spec"), "egress")) {
                for (Object peer : Yaml2.list(Yaml2.asMap(rule), "to")) {
                    Object cluster = Yaml2.at(Yaml2.asMap(peer), "podSelector.matchLabels");
                    if (cluster instanceof Map<?, ?> labels && labels.containsKey("cnpg.io/cluster")
                            && Manifests.named(resources, "Cluster", String.valueOf(labels.get("cnpg.io/cluster"))).isEmpty()) {
                        problems.add(describe(policy) + ": lets out to PostgreSQL cluster " + labels.get("cnpg.io/cluster")
                                + ", which does not exist");
                    }
                }
            }
        }
        for (Map<String, Object> ingress : ofKind(resources, "Ingress")) {
            for (Object rule : Yaml2.list(Yaml2.child(ingress, "spec"), "rules")) {
                for (Object path : Yaml2.list(Yaml2.child(Yaml2.asMap(rule), "http"), "paths")) {
                    String service = String.valueOf(Yaml2.at(Yaml2.asMap(path), "backend.service.name"));
                    Object port = Optional.ofNullable(Yaml2.at(Yaml2.asMap(path), "backend.service.port.name"))
                            .orElse(Yaml2.at(Yaml2.asMap(path), "backend.service.port.number"));
                    Optional<Map<String, Object>> backend = Manifests.named(resources, "Service", service);
                    if (backend.isPresent() && Yaml2.list(Yaml2.child(backend.get(), "spec"), "ports").stream()
                            .map(Yaml2::asMap).noneMatch(p -> port.equals(p.get("name")) || port.equals(p.get("port")))) {
                        problems.add(describe(ingress) + ": sends to port " + port + " of Service " + service + ", which it lacks");
                    }
                    if (backend.isEmpty() && !isOperatorService(service)) {
                        problems.add(describe(ingress) + ": sends to Service " + service + ", which does not exist");
                    }
                }
            }
            Set<Object> covered = new HashSet<>();
            Yaml2.list(Yaml2.child(ingress, "spec"), "tls").forEach(t -> covered.addAll(Yaml2.list(Yaml2.asMap(t), "hosts")));
            for (Object rule : Yaml2.list(Yaml2.child(ingress, "spec"), "rules")) {
                if (!covered.contains(Yaml2.asMap(rule).get("host"))) {
                    problems.add(describe(ingress) + ": host " + Yaml2.asMap(rule).get("host") + " has no TLS");
                }
            }
        }
        return problems;
    }

    /** The Keycloak Operator makes a Service named {@code <Keycloak>-service} for each Keycloak. */
    private boolean isOperatorService(String service) {
        return ofKind(resources, "Keycloak").stream().anyMatch(k -> service.equals(name(k) + "-service"));
    }

    // ---- production

    /** What a production instance cannot run without, and that the values agree with the other resources. */
    List<String> productionSettings() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> deployment = Manifests.named(resources, "Deployment", "portal").orElse(null);
        if (deployment == null) {
            return List.of("no Deployment portal");
        }
        Map<String, Map<String, Object>> env = environment(containers(deployment).get(0));
        for (String name : List.of("PORTAL_MODE", "PORTAL_DB_URL", "PORTAL_DB_USER", "PORTAL_DB_PASSWORD",
                "PORTAL_DB_OWNER_USER", "PORTAL_DB_OWNER_PASSWORD", "PORTAL_SECRET_KEY",
                "PORTAL_OIDC_ISSUER", "PORTAL_OIDC_CLIENT_ID", "PORTAL_OIDC_CLIENT_SECRET", "PORTAL_MAIL_HOST", "PORTAL_HOSTS",
                "PORTAL_PROXY_TRUSTED")) {
            if (!env.containsKey(name)) {
                problems.add("Deployment/portal: production needs " + name);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!"production".equals(env.get("PORTAL_MODE").get("value"))) {
            problems.add("Deployment/portal: PORTAL_MODE must be production (it refuses to start without a secret key)");
        }
        problems.addAll(databaseSettings(env));
        problems.addAll(hostsAgree(env));
        return problems;
    }

    /**
     * The pool's role must not be the owner (Flyway's, from {@code <cluster>-app}): a managed role of the Cluster whose
     * password Secret the pool reads, neither superuser nor BYPASSRLS nor inheriting, and a member of its NOLOGIN statistics role
     * ({@code <role>_statistics}, migration V15); otherwise row-level security would be the pool's to lift.
     */
    private List<String> applicationRole(Map<String, Map<String, Object>> env, Map<String, Object> cluster) {
        Object userSecret = Yaml2.at(env.get("PORTAL_DB_USER"), "valueFrom.secretKeyRef.name");
        Object passwordSecret = Yaml2.at(env.get("PORTAL_DB_PASSWORD"), "valueFrom.secretKeyRef.name");
        if (!"username".equals(Yaml2.at(env.get("PORTAL_DB_USER"), "valueFrom.secretKeyRef.key"))
                || !"password".equals(Yaml2.at(env.get("PORTAL_DB_PASSWORD"), "valueFrom.secretKeyRef.key"))
                || userSecret == null || !userSecret.equals(passwordSecret)) {
            return List.of("Deployment/portal: PORTAL_DB_USER and PORTAL_DB_PASSWORD must come from one Secret, keys username "
                    + "and password");
        }
        Map<String, Map<String, Object>> roles = new LinkedHashMap<>();
        for (Object role : Yaml2.list(Yaml2.child(Yaml2.child(cluster, "spec"), "managed"), "roles")) {
            roles.put(String.valueOf(Yaml2.asMap(role).get("name")), Yaml2.asMap(role));
        }
        Optional<Map<String, Object>> app = roles.values().stream()
                .filter(r -> userSecret.equals(Yaml2.at(r, "passwordSecret.name"))).findFirst();
        if (app.isEmpty()) {
            return List.of("Deployment/portal: PORTAL_DB_USER must be a managed role of Cluster/" + name(cluster)
                    + " with passwordSecret " + userSecret + ", not the database's owner");
        }
        String role = String.valueOf(app.get().get("name"));
        List<String> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(app.get().get("superuser")) || Boolean.TRUE.equals(app.get().get("bypassrls"))
                || !Boolean.FALSE.equals(app.get().get("inherit"))) {
            problems.add("Cluster/" + name(cluster) + ": role " + role + " must be neither superuser nor bypassrls, and "
                    + "inherit: false (it takes its statistics role by SET ROLE only)");
        }
        Map<String, Object> statistics = roles.get(role + "_statistics");
        if (statistics == null || !Boolean.FALSE.equals(statistics.get("login"))
                || !Yaml2.list(app.get(), "inRoles").contains(role + "_statistics")) {
            problems.add("Cluster/" + name(cluster) + ": role " + role + " must be a member (inRoles) of the managed NOLOGIN role "
                    + role + "_statistics, which partner statistics are read as");
        }
        return problems;
    }

    private List<String> databaseSettings(Map<String, Map<String, Object>> env) {
        List<String> problems = new ArrayList<>();
        Matcher url = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw(?:\\.[a-z0-9.-]+)?:5432/([a-z0-9_]+)(\\?.*)?")
                .matcher(String.valueOf(env.get("PORTAL_DB_URL").get("value")));
        if (!url.matches()) {
            return List.of("Deployment/portal: PORTAL_DB_URL must be jdbc:postgresql://<cluster>-rw:5432/<database>");
        }
        Optional<Map<String, Object>> cluster = Manifests.named(resources, "Cluster", url.group(1));
        if (cluster.isEmpty()) {
            return List.of("Deployment/portal: PORTAL_DB_URL names PostgreSQL cluster " + url.group(1) + ", which does not exist");
        }
        if (!url.group(2).equals(Yaml2.at(cluster.get(), "spec.bootstrap.initdb.database"))) {
            problems.add("Deployment/portal: PORTAL_DB_URL's database " + url.group(2) + " is not the one Cluster/" + url.group(1)
                    + " creates");
        }
        for (String[] pair : new String[][] {{"PORTAL_DB_OWNER_USER", "username"}, {"PORTAL_DB_OWNER_PASSWORD", "password"}}) {
            Object secret = Yaml2.at(env.get(pair[0]), "valueFrom.secretKeyRef.name");
            Object key = Yaml2.at(env.get(pair[0]), "valueFrom.secretKeyRef.key");
            if (!(url.group(1) + "-app").equals(secret) || !pair[1].equals(key)) {
                problems.add("Deployment/portal: " + pair[0] + " must come from the Secret CloudNativePG generates for the "
                        + "database's owner, " + url.group(1) + "-app key " + pair[1]);
            }
        }
        problems.addAll(applicationRole(env, cluster.get()));
        int pool = repository.maxPoolSize();
        Map<String, Object> deployment = Manifests.named(resources, "Deployment", "portal").orElseThrow();
        int replicas = ofKind(resources, "HorizontalPodAutoscaler").stream().map(h -> (Integer) Yaml2.at(h, "spec.maxReplicas"))
                .max(Integer::compare).orElse((Integer) Yaml2.at(deployment, "spec.replicas"));
        String surge = String.valueOf(Objects.requireNonNullElse(Yaml2.at(deployment, "spec.strategy.rollingUpdate.maxSurge"), "25%"));
        int most = replicas + (surge.endsWith("%")
                ? (int) Math.ceil(replicas * Integer.parseInt(surge.substring(0, surge.length() - 1)) / 100.0) : Integer.parseInt(surge));
        int allowed = Integer.parseInt(String.valueOf(Objects.requireNonNullElse(
                Yaml2.at(cluster.get(), "spec.postgresql.parameters.max_connections"), "100")));
        if (most * pool + 20 > allowed) {
            problems.add("Cluster/" + url.group(1) + ": max_connections " + allowed + " is below " + most + " pods x " + pool
                    + " connections each + 20 for the operator and people");
        }
        return problems;
    }

    private List<String> hostsAgree(Map<String, Map<String, Object>> env) {
        List<String> problems = new ArrayList<>();
        List<String> hosts = Arrays.stream(String.valueOf(env.get("PORTAL_HOSTS").get("value")).split(",")).map(String::strip).toList();
        Set<Object> served = new HashSet<>();
        for (Map<String, Object> ingress : ofKind(resources, "Ingress")) {
            boolean anyToPortal = false;
            for (Object rule : Yaml2.list(Yaml2.child(ingress, "spec"), "rules")) {
                boolean toPortal = Yaml2.list(Yaml2.child(Yaml2.asMap(rule), "http"), "paths").stream()
                        .anyMatch(p -> "portal".equals(Yaml2.at(Yaml2.asMap(p), "backend.service.name")));
                if (toPortal) {
                    served.add(Yaml2.asMap(rule).get("host"));
                    anyToPortal = true;
                }
            }
            Object annotations = Yaml2.at(ingress, "metadata.annotations");
            Object vhost = annotations == null ? null
                    : Yaml2.asMap(annotations).get("nginx.ingress.kubernetes.io/upstream-vhost");
            if (anyToPortal && (vhost == null || !hosts.contains(String.valueOf(vhost)))) {
                problems.add(describe(ingress) + ": upstream-vhost must be a host of PORTAL_HOSTS (it is " + vhost
                        + "), or a Host Payara Micro cannot parse reaches it as the client wrote it");
            }
        }
        for (String host : hosts) {
            if (!host.equals("localhost") && !served.contains(host)) {
                problems.add("Deployment/portal: PORTAL_HOSTS names " + host + ", which no Ingress sends to the platform");
            }
        }
        Map<String, Object> keycloak = ofKind(resources, "Keycloak").stream().findFirst().orElse(null);
        Map<String, Object> realmImport = ofKind(resources, "KeycloakRealmImport").stream().findFirst().orElse(null);
        if (keycloak == null || realmImport == null) {
            return problems;
        }
        if (!name(keycloak).equals(Yaml2.at(realmImport, "spec.keycloakCRName"))) {
            problems.add(describe(realmImport) + ": keycloakCRName is not the Keycloak " + name(keycloak));
        }
        String issuer = Yaml2.at(keycloak, "spec.hostname.hostname") + "/realms/" + Yaml2.at(realmImport, "spec.realm.realm");
        if (!issuer.equals(env.get("PORTAL_OIDC_ISSUER").get("value"))) {
            problems.add("Deployment/portal: PORTAL_OIDC_ISSUER must be " + issuer + " (the Keycloak hostname and the imported realm)");
        }
        String keycloakHost = URI.create(String.valueOf(Yaml2.at(keycloak, "spec.hostname.hostname"))).getHost();
        boolean keycloakServed = ofKind(resources, "Ingress").stream()
                .flatMap(i -> Yaml2.list(Yaml2.child(i, "spec"), "rules").stream())
                .anyMatch(r -> keycloakHost.equals(Yaml2.asMap(r).get("host")));
        if (!keycloakServed) {
            problems.add(describe(keycloak) + ": its hostname " + keycloakHost + " is on no Ingress");
        }
        Map<String, Object> client = Yaml2.list(Yaml2.asMap(Yaml2.at(realmImport, "spec.realm")), "clients").stream()
                .map(Yaml2::asMap).filter(c -> Objects.equals(c.get("clientId"), env.get("PORTAL_OIDC_CLIENT_ID").get("value")))
                .findFirst().orElse(null);
        if (client == null) {
            problems.add(describe(realmImport) + ": has no client " + env.get("PORTAL_OIDC_CLIENT_ID").get("value")
                    + " (PORTAL_OIDC_CLIENT_ID)");
            return problems;
        }
        List<Object> uris = new ArrayList<>(Yaml2.list(client, "redirectUris"));
        uris.addAll(Arrays.asList(String.valueOf(Yaml2.child(client, "attributes").get("post.logout.redirect.uris")).split("##")));
        for (Object uri : uris) {
            URI u = URI.create(String.valueOf(uri));
            if (!"https".equals(u.getScheme()) || !hosts.contains(u.getHost())) {
                problems.add(describe(realmImport) + ": redirect " + uri + " is not https on a host of PORTAL_HOSTS");
            }
        }
        Object placeholder = PLACEHOLDER.matcher(String.valueOf(client.get("secret"))).results().map(m -> m.group(1)).findFirst().orElse("");
        Object realmSecret = Yaml2.at(Yaml2.child(Yaml2.child(realmImport, "spec"), "placeholders"), placeholder + ".secret");
        Object appSecret = Yaml2.at(env.get("PORTAL_OIDC_CLIENT_SECRET"), "valueFrom.secretKeyRef");
        if (!Objects.equals(realmSecret, appSecret)) {
            problems.add(describe(realmImport) + ": the client secret comes from " + realmSecret + " but the platform reads "
                    + appSecret + "; they must be the same Secret key");
        }
        return problems;
    }

    /**
     * The production realm is the dev realm without its development parts: no users, no test client, the
     * client secret a placeholder, its own redirect URIs, sslRequired all. Everything else must be equal,
     * so the two cannot drift apart.
     */
    List<String> realmIsTheDevRealmWithoutDevParts() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> dev = repository.devRealm();
        for (Map<String, Object> realmImport : ofKind(resources, "KeycloakRealmImport")) {
            Map<String, Object> production = Yaml2.asMap(Yaml2.at(realmImport, "spec.realm"));
            Set<String> keys = new HashSet<>(dev.keySet());
            keys.addAll(production.keySet());
            for (String key : keys) {
                switch (key) {
                    case "users" -> { } // checked by noSecretInPlainText: none in production
                    case "sslRequired" -> {
                        if (!"all".equals(production.get(key))) {
                            problems.add(describe(realmImport) + ": sslRequired must be all");
                        }
                    }
                    case "clients" -> problems.addAll(clientsMatch(realmImport, dev, production));
                    default -> {
                        if (!Objects.equals(dev.get(key), production.get(key))) {
                            problems.add(describe(realmImport) + ": realm field " + key + " differs from ops/keycloak/portal-realm.json");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> clientsMatch(Map<String, Object> realmImport, Map<String, Object> dev, Map<String, Object> production) {
        List<String> problems = new ArrayList<>();
        Set<String> devOnly = Set.of("secret", "redirectUris");
        for (Object c : Yaml2.list(production, "clients")) {
            Map<String, Object> client = Yaml2.asMap(c);
            Map<String, Object> original = Yaml2.list(dev, "clients").stream().map(Yaml2::asMap)
                    .filter(d -> Objects.equals(d.get("clientId"), client.get("clientId"))).findFirst().orElse(null);
            if (original == null) {
                problems.add(describe(realmImport) + ": client " + client.get("clientId") + " is not in the dev realm");
                continue;
            }
            if (Boolean.TRUE.equals(client.get("directAccessGrantsEnabled")) || Boolean.TRUE.equals(client.get("publicClient"))) {
                problems.add(describe(realmImport) + ": client " + client.get("clientId") + " is for scripts and tests only");
            }
            Set<String> keys = new HashSet<>(original.keySet());
            keys.addAll(client.keySet());
            for (String key : keys) {
                if (devOnly.contains(key)) {
                    continue;
                }
                Object mine = key.equals("attributes") ? withoutLogoutUris(client.get(key)) : client.get(key);
                Object theirs = key.equals("attributes") ? withoutLogoutUris(original.get(key)) : original.get(key);
                if (!Objects.equals(mine, theirs)) {
                    problems.add(describe(realmImport) + ": client " + client.get("clientId") + " field " + key
                            + " differs from ops/keycloak/portal-realm.json");
                }
            }
        }
        return problems;
    }

    private static Object withoutLogoutUris(Object attributes) {
        if (!(attributes instanceof Map<?, ?> map)) {
            return attributes;
        }
        Map<Object, Object> copy = new LinkedHashMap<>(map);
        copy.remove("post.logout.redirect.uris");
        return copy;
    }

    // ---- helpers

    /** A container's environment by variable name. */
    static Map<String, Map<String, Object>> environment(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        for (Object variable : Yaml2.list(container, "env")) {
            env.put(String.valueOf(Yaml2.asMap(variable).get("name")), Yaml2.asMap(variable));
        }
        return env;
    }

    private static Optional<Map<String, Object>> selected(List<Map<String, Object>> deployments, Map<String, String> selector) {
        return deployments.stream().filter(d -> selects(selector, podLabels(d))).findFirst();
    }

    private static Set<Object> containerPorts(Map<String, Object> deployment) {
        Set<Object> ports = new HashSet<>();
        for (Map<String, Object> container : containers(deployment)) {
            for (Object port : Yaml2.list(container, "ports")) {
                ports.add(Yaml2.asMap(port).get("name"));
                ports.add(Yaml2.asMap(port).get("containerPort"));
            }
        }
        return ports;
    }

    /** Every string leaf with its dotted path (booleans and numbers are never secrets here). */
    private static void walk(Object node, String path, java.util.function.BiConsumer<String, String> leaf) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (!Kustomize.SOURCE.equals(k)) {
                    walk(v, path.isEmpty() ? String.valueOf(k) : path + "." + k, leaf);
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", leaf);
            }
        } else if (node instanceof String text) {
            leaf.accept(path, text);
        }
    }
}
