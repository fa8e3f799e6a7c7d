package org.reportingportals.ops.kubernetes;

import org.reportingportals.ops.kubernetes.Kustomize.Yaml2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the manifests are checked against, read from the repository as it is at test time: the README's
 * configuration table, the application's source, the dev realm and the Dockerfile. Nothing is copied into
 * the test, so a key renamed in the README or a health check removed from the code fails the build.
 */
record Repository(Path root) {

    private static final Pattern KEY = Pattern.compile("`(portal\\.[a-z0-9.-]+)`");
    private static final Pattern POOL = Pattern.compile("maxPoolSize\\s*=\\s*(\\d+)");
    /** Sources read once per repository and test run: walking portal-core is the slow part of the checks. */
    private static final Map<Path, List<String>> SOURCES = new ConcurrentHashMap<>();

    /** The repository that holds this module, found from the working directory upwards. */
    static Repository locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("ops/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no ops/kubernetes above " + Path.of("").toAbsolutePath());
        }
        return new Repository(dir);
    }

    Path kubernetes() {
        return root.resolve("ops/kubernetes");
    }

    /** Every key in the README's configuration table (the first column; one cell may list several). */
    Set<String> configurationKeys() {
        String readme = Yaml2.read(root.resolve("README.md"));
        int start = readme.indexOf("\n## Configuration");
        if (start < 0) {
            throw new IllegalStateException("README.md has no '## Configuration' section");
        }
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> keys = new LinkedHashSet<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher key = KEY.matcher(line.split("\\|")[1]);
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("README.md's configuration table lists no portal.* key");
        }
        return keys;
    }

    /** MicroProfile Config's environment name for a key: non-alphanumerics become _, upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private Stream<String> applicationSources() {
        return SOURCES.computeIfAbsent(root, r -> {
            try (Stream<Path> files = Files.walk(r.resolve("portal-core/src/main/java"))) {
                return files.filter(p -> p.toString().endsWith(".java")).map(Yaml2::read).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).stream();
    }

    /** The application's MicroProfile Health checks of one kind ("Readiness", "Liveness", "Startup"): class names. */
    List<String> healthChecks(String annotation) {
        Pattern type = Pattern.compile("class (\\w+)[^{]*\\bimplements\\b[^{]*\\bHealthCheck\\b");
        return applicationSources()
                .filter(code -> code.contains("import org.eclipse.microprofile.health." + annotation + ";")
                        && Pattern.compile("(?m)^@" + annotation + "\\b").matcher(code).find())
                .map(type::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    /** The largest connection pool one instance opens ({@code maxPoolSize} of its data source definitions). */
    int maxPoolSize() {
        return applicationSources().filter(code -> code.contains("@DataSourceDefinition"))
                .flatMap(code -> POOL.matcher(code).results().map(m -> Integer.parseInt(m.group(1))))
                .max(Integer::compare)
                .orElseThrow(() -> new IllegalStateException("no @DataSourceDefinition with maxPoolSize in portal-core"));
    }

    Map<String, Object> devRealm() {
        return Yaml2.map(root.resolve("ops/keycloak/portal-realm.json"));
    }

    Path dockerfile() {
        return root.resolve("ops/container/Dockerfile");
    }

    /** The base image of the Dockerfile's (last) stage. */
    String baseImage() {
        return Yaml2.read(dockerfile()).lines().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b)
                .map(l -> l.substring(5).strip().split("\\s+")[0])
                .orElseThrow(() -> new IllegalStateException("the Dockerfile has no FROM"));
    }

    /** The arguments of the Dockerfile's exec-form CMD. */
    List<String> commandArguments() {
        String dockerfile = Yaml2.read(dockerfile()).replace("\\\n", " ");
        String cmd = dockerfile.lines().filter(l -> l.startsWith("CMD [")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the Dockerfile has no exec-form CMD"));
        List<String> arguments = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(cmd);
        while (quoted.find()) {
            arguments.add(quoted.group(1));
        }
        return arguments;
    }

    /** The value after a Payara Micro option in the CMD, if the option is there. */
    Optional<String> commandOption(String option) {
        List<String> arguments = commandArguments();
        int at = arguments.indexOf(option);
        return at < 0 || at + 1 >= arguments.size() ? Optional.empty() : Optional.of(arguments.get(at + 1));
    }
}
