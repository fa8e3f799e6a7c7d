package org.reportingportals.core.platform.boundary;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/**
 * The OpenAPI document at {@code /openapi} describes the JSON API only. Payara scans every JAX-RS class of the
 * deployment, so without this the HTML pages (portals, console, administration) would be listed as if they
 * were API operations. Registered with {@code mp.openapi.filter}.
 */
public class ApiDocument implements OASFilter {

    static final String API = "/" + PortalApplication.PATH + "/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        List<String> pages = document.getPaths().getPathItems().keySet().stream().filter(p -> !p.startsWith(API)).toList();
        pages.forEach(document.getPaths()::removePathItem);
    }
}
