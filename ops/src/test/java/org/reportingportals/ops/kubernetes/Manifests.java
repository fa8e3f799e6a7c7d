package org.reportingportals.ops.kubernetes;

import org.reportingportals.ops.kubernetes.Kustomize.Yaml2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finding things in a built list of resources. */
final class Manifests {

    private Manifests() {
    }

    static String kind(Map<String, Object> resource) {
        return String.valueOf(resource.get("kind"));
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(Yaml2.child(resource, "metadata").get("name"));
    }

    static String describe(Map<String, Object> resource) {
        return kind(resource) + "/" + name(resource) + " (" + resource.get(Kustomize.SOURCE) + ")";
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    static Optional<Map<String, Object>> named(List<Map<String, Object>> resources, String kind, String name) {
        return ofKind(resources, kind).stream().filter(r -> name.equals(name(r))).findFirst();
    }

    /** The pod template's spec of a workload, or an empty map for anything that runs no pods. */
    static Map<String, Object> podSpec(Map<String, Object> resource) {
        return Yaml2.child(Yaml2.child(Yaml2.child(resource, "spec"), "template"), "spec");
    }

    static Map<String, String> podLabels(Map<String, Object> workload) {
        return strings(Yaml2.child(Yaml2.child(Yaml2.child(workload, "spec"), "template"), "metadata"), "labels");
    }

    /** The containers and init containers of a workload's pod template. */
    static List<Map<String, Object>> containers(Map<String, Object> resource) {
        Map<String, Object> spec = podSpec(resource);
        List<Map<String, Object>> containers = new ArrayList<>();
        for (String key : List.of("initContainers", "containers")) {
            for (Object container : Yaml2.list(spec, key)) {
                containers.add(Yaml2.asMap(container));
            }
        }
        return containers;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? Map.of() : (Map<String, String>) value;
    }

    /** Whether every label a selector asks for is on the pods. */
    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
