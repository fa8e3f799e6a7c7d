package org.reportingportals.core.portal.boundary;

import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.platform.boundary.PageResource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** A page rendered from a draft is for its editor only: never stored by a proxy or a browser, never indexed. */
@Provider
@PageResource
public class PreviewResponses implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext in, ContainerResponseContext out) {
        if (Tenants.isPreview(request)) {
            out.getHeaders().putSingle("Cache-Control", "no-store, private");
            out.getHeaders().putSingle("X-Robots-Tag", "noindex, nofollow");
        }
    }
}
