package org.reportingportals.core.platform.boundary;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * The OpenAPI document at {@code /openapi} describes the JSON API only, and names the build it documents.
 * Payara scans every JAX-RS class of the deployment, so without this the HTML pages (portals, console,
 * administration) would be listed as if they were API operations. Registered with {@code mp.openapi.filter}.
 * The title and the API's version ({@code 1}, as in {@code /api/v1}) come from {@code @OpenAPIDefinition}.
 */
public class ApiDocument implements OASFilter {

    static final String API = "/" + PortalApplication.PATH + "/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getInfo() != null && document.getInfo().getVersion() != null
                && !document.getInfo().getVersion().contains("(platform ")) {
            document.getInfo().setVersion(document.getInfo().getVersion() + " (platform " + buildVersion() + ")");
        }
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = document.getPaths().getPathItems().keySet().stream().filter(p -> !p.startsWith(API)).toList();
        pages.forEach(document.getPaths()::removePathItem);
    }

    /** The Maven version this WAR was built from (resource filtering writes it). */
    static String buildVersion() {
        Properties build = new Properties();
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream("META-INF/reporting-portals.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException unreadable) {
            // the document still answers, without the build's version
        }
        return build.getProperty("version", "unknown");
    }
}
