package org.reportingportals.ops.kubernetes;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a kustomization the way {@code kubectl apply -k} would, for the subset our manifests use, so the
 * checks see the production overlay as the cluster will and need no kustomize binary: {@code resources}
 * (files and directories with their own kustomization), {@code patches} (strategic merge, or JSON 6902 with a
 * target), {@code images} and {@code namespace}. Any other field is refused rather than ignored, so a
 * kustomization can never use a feature these checks silently skip.
 */
final class Kustomize {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images", "namespace");
    /** API groups whose kinds kustomize knows the schema of, and therefore merges lists of by key. */
    private static final Set<String> BUILT_IN = Set.of("v1", "apps/v1", "networking.k8s.io/v1", "policy/v1", "autoscaling/v2");
    /** The patchMergeKey of the built-in lists we patch; any other list is replaced whole, as kustomize does. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "env", "name", "volumes", "name", "volumeMounts", "mountPath");

    private Kustomize() {
    }

    /** The resources the kustomization in {@code directory} produces, each a YAML document as maps and lists. */
    static List<Map<String, Object>> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        Map<String, Object> kustomization = Yaml2.map(file);
        for (String field : kustomization.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(file + ": '" + field + "' is not understood by these checks; extend Kustomize");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : Yaml2.list(kustomization, "resources")) {
            Path resource = directory.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else {
                for (Map<String, Object> document : Yaml2.documents(resource)) {
                    document.put(SOURCE, directory.relativize(resource).toString());
                    resources.add(document);
                }
            }
        }
        for (Object entry : Yaml2.list(kustomization, "patches")) {
            patch(directory, Yaml2.asMap(entry), resources);
        }
        for (Object entry : Yaml2.list(kustomization, "images")) {
            retag(Yaml2.asMap(entry), resources);
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            for (Map<String, Object> resource : resources) {
                if (!"Namespace".equals(resource.get("kind"))) {
                    Yaml2.child(resource, "metadata").put("namespace", namespace);
                }
            }
        }
        return resources;
    }

    /** Where a resource came from, for messages; not part of the manifest. */
    static final String SOURCE = "$source";

    private static void patch(Path directory, Map<String, Object> entry, List<Map<String, Object>> resources) {
        Path file = directory.resolve((String) entry.get("path"));
        Map<String, Object> target = entry.containsKey("target") ? Yaml2.asMap(entry.get("target")) : null;
        Object content = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Yaml2.read(file)).iterator().next();
        if (content instanceof List<?> operations) {
            if (target == null) {
                throw new IllegalStateException(file + ": a JSON 6902 patch needs a target");
            }
            Map<String, Object> resource = find(resources, (String) target.get("kind"), (String) target.get("name"), file);
            for (Object operation : operations) {
                JsonPatch.apply(resource, Yaml2.asMap(operation), file);
            }
            return;
        }
        for (Map<String, Object> document : Yaml2.documents(file)) {
            Map<String, Object> resource = find(resources, (String) document.get("kind"),
                    (String) Yaml2.child(document, "metadata").get("name"), file);
            merge(resource, document, BUILT_IN.contains(resource.get("apiVersion")));
        }
    }

    private static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name, Path patch) {
        return resources.stream()
                .filter(r -> kind.equals(r.get("kind")) && name.equals(Yaml2.child(r, "metadata").get("name")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(patch + " patches " + kind + "/" + name + ", which no resource is"));
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> patch, boolean builtIn) {
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            Object current = into.get(key);
            if (key.startsWith("$patch") || key.startsWith("$setElementOrder")) {
                throw new IllegalStateException("strategic merge directive " + key + " is not understood by these checks");
            }
            if (value == null) {
                into.remove(key);
            } else if (value instanceof Map<?, ?> map && current instanceof Map<?, ?> existing) {
                merge((Map<String, Object>) existing, (Map<String, Object>) map, builtIn);
            } else if (value instanceof List<?> list && current instanceof List<?> existing && builtIn && MERGE_KEYS.containsKey(key)) {
                into.put(key, mergeByKey((List<Object>) existing, (List<Object>) list, MERGE_KEYS.get(key)));
            } else {
                into.put(key, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeByKey(List<Object> existing, List<Object> patch, String key) {
        List<Object> merged = new ArrayList<>(existing);
        for (Object element : patch) {
            Map<String, Object> item = (Map<String, Object>) element;
            Map<String, Object> same = merged.stream().map(o -> (Map<String, Object>) o)
                    .filter(o -> item.get(key) != null && item.get(key).equals(o.get(key))).findFirst().orElse(null);
            if (same == null) {
                merged.add(0, new LinkedHashMap<>(item)); // kustomize puts new elements first, too
            } else {
                merge(same, item, true);
            }
        }
        return merged;
    }

    private static void retag(Map<String, Object> image, List<Map<String, Object>> resources) {
        String name = (String) image.get("name");
        for (Map<String, Object> resource : resources) {
            for (Map<String, Object> container : Manifests.containers(resource)) {
                String current = (String) container.get("image");
                if (current != null && Images.repository(current).equals(name)) {
                    String repository = image.containsKey("newName") ? (String) image.get("newName") : name;
                    container.put("image", image.containsKey("digest") ? repository + "@" + image.get("digest")
                            : repository + ":" + (image.containsKey("newTag") ? image.get("newTag") : Images.tag(current)));
                }
            }
        }
    }

    /** The JSON 6902 operations our overlays use: add, replace, remove, on object members and list indexes. */
    static final class JsonPatch {

        private JsonPatch() {
        }

        @SuppressWarnings("unchecked")
        static void apply(Map<String, Object> document, Map<String, Object> operation, Path file) {
            String op = (String) operation.get("op");
            String[] path = ((String) operation.get("path")).substring(1).split("/");
            Object parent = document;
            for (int i = 0; i < path.length - 1; i++) {
                parent = step(parent, unescape(path[i]), file, operation);
            }
            String last = unescape(path[path.length - 1]);
            if (parent instanceof Map<?, ?> map) {
                Map<String, Object> members = (Map<String, Object>) map;
                if (!op.equals("add") && !members.containsKey(last)) {
                    throw new IllegalStateException(file + ": " + operation.get("path") + " does not exist");
                }
                switch (op) {
                    case "add", "replace" -> members.put(last, operation.get("value"));
                    case "remove" -> members.remove(last);
                    default -> throw new IllegalStateException(file + ": op " + op + " is not understood by these checks");
                }
            } else {
                List<Object> items = (List<Object>) parent;
                int index = last.equals("-") ? items.size() : Integer.parseInt(last);
                switch (op) {
                    case "add" -> items.add(index, operation.get("value"));
                    case "replace" -> items.set(index, operation.get("value"));
                    case "remove" -> items.remove(index);
                    default -> throw new IllegalStateException(file + ": op " + op + " is not understood by these checks");
                }
            }
        }

        private static Object step(Object node, String token, Path file, Map<String, Object> operation) {
            Object next = node instanceof Map<?, ?> map ? map.get(token)
                    : node instanceof List<?> list && token.matches("\\d+") && Integer.parseInt(token) < list.size()
                    ? list.get(Integer.parseInt(token)) : null;
            if (next == null) {
                throw new IllegalStateException(file + ": " + operation.get("path") + " does not exist");
            }
            return next;
        }

        private static String unescape(String token) {
            return token.replace("~1", "/").replace("~0", "~");
        }
    }

    /** Reading YAML with SnakeYAML's safe constructor (no arbitrary types), and walking the result. */
    static final class Yaml2 {

        private Yaml2() {
        }

        static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Map<String, Object> map(Path file) {
            return asMap(new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file)));
        }

        static List<Map<String, Object>> documents(Path file) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file))) {
                if (document != null) {
                    documents.add(asMap(document));
                }
            }
            return documents;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> asMap(Object value) {
            if (!(value instanceof Map)) {
                throw new IllegalStateException("expected a mapping, found " + value);
            }
            return (Map<String, Object>) value;
        }

        /** The mapping under {@code key}, or an empty one (not stored) when there is none. */
        static Map<String, Object> child(Map<String, Object> map, String key) {
            Object value = map.get(key);
            return value == null ? new LinkedHashMap<>() : asMap(value);
        }

        static List<Object> list(Map<String, Object> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?>)) {
                throw new IllegalStateException("'" + key + "' should be a list, found " + value);
            }
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) value;
            return list;
        }

        /** The value at a dotted path of mapping keys, or null. */
        static Object at(Map<String, Object> map, String dottedPath) {
            Object node = map;
            for (String key : dottedPath.split("\\.")) {
                if (!(node instanceof Map<?, ?> m)) {
                    return null;
                }
                node = m.get(key);
            }
            return node;
        }
    }
}
