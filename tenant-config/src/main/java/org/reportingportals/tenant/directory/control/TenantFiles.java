package org.reportingportals.tenant.directory.control;

import org.reportingportals.tenant.directory.entity.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads and validates the tenant files ({@code tenants/<code>.yaml} on the class path). Every problem in
 * every file is collected and reported together, each naming file, field and what is wrong, so that a
 * partner's typo stops the platform with a message that says where to look. Unknown fields are errors: a
 * misspelt {@code helplnes} must not silently drop the helplines. The schema is {@code tenants/SCHEMA.md}.
 *
 * <p>This class finds the files (a folder or a jar on the class path) and checks what spans files, such as a
 * host name claimed by two tenants; {@link TenantFileReader} reads each file into a {@link Tenant}.
 */
public final class TenantFiles {

    public static final String FOLDER = "tenants";

    private TenantFiles() {
    }

    /** Every tenant file under {@code tenants/} on the class path. */
    public static TenantDirectory fromClasspath(ClassLoader loader) {
        Map<String, String> files = new TreeMap<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                collect(folders.nextElement(), files);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the tenant files", e);
        }
        if (files.isEmpty()) {
            throw new TenantConfigException(List.of(FOLDER + "/: no tenant files found on the class path"));
        }
        return parse(files);
    }

    /**
     * One tenant's file, as an editor or an import hands it in: validated like the seed files.
     *
     * @throws TenantConfigException naming every problem as {@code <code>.yaml: field: problem}
     */
    public static Tenant parseOne(String code, String yamlText) {
        return parse(Map.of(FOLDER + "/" + code + ".yaml", yamlText)).find(code).orElseThrow(
                () -> new TenantConfigException(List.of(FOLDER + "/" + code + ".yaml: code: must be " + code)));
    }

    /** The seed file of a tenant as shipped ({@code tenants/<code>.yaml} on the class path), if there is one. */
    public static Optional<String> seedText(ClassLoader loader, String code) {
        try (var in = loader.getResourceAsStream(FOLDER + "/" + code + ".yaml")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the seed file of " + code, e);
        }
    }

    /** Validates file name to YAML text pairs, e.g. {@code tenants/ug.yaml}. */
    public static TenantDirectory parse(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        List<Tenant> tenants = new ArrayList<>();
        Map<String, String> hostOwners = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            TenantFileReader.read(file.getKey(), file.getValue(), problems).ifPresent(tenant -> {
                for (String host : tenant.hostnames()) {
                    String owner = hostOwners.putIfAbsent(host, file.getKey());
                    if (owner != null) {
                        problems.add(file.getKey() + ": hostnames: " + host + " is already used by " + owner);
                    }
                }
                tenants.add(tenant);
            });
        }
        if (!problems.isEmpty()) {
            throw new TenantConfigException(problems);
        }
        return new TenantDirectory(tenants);
    }

    private static void collect(URL folder, Map<String, String> files) throws IOException, URISyntaxException {
        switch (folder.getProtocol()) {
            case "file" -> {
                try (Stream<Path> paths = Files.list(Path.of(folder.toURI()))) {
                    for (Path path : paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        files.put(FOLDER + "/" + path.getFileName(), Files.readString(path, StandardCharsets.UTF_8));
                    }
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(FOLDER + "/") && name.endsWith(".yaml") && name.indexOf('/', FOLDER.length() + 1) < 0) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("cannot list tenant files at " + folder);
        }
    }
}
