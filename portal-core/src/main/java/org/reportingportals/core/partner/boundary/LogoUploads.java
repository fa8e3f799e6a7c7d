package org.reportingportals.core.partner.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.reportingportals.core.platform.boundary.OnDemandCsrfTokens;
import org.reportingportals.core.tenancy.boundary.Configurations;
import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.tenancy.control.LogoFiles;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /admin/logo-upload/{tenant}}: a logo file for the tenant's draft, as a multipart form (a file
 * cannot travel in the pages' url-encoded forms). Under {@code /admin/*}, so signed on and role-checked like
 * the other admin pages; the CSRF token is checked here, as Jakarta MVC does not read this request. The upload
 * itself is the {@link Configurations#uploadLogo} use case.
 */
@WebServlet("/admin/logo-upload/*")
@MultipartConfig(maxFileSize = LogoFiles.MAX_BYTES + 1, maxRequestSize = LogoFiles.MAX_BYTES + 16 * 1024)
public class LogoUploads extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Tenants access;

    @Inject
    Configurations configurations;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = Optional.ofNullable(request.getPathInfo()).map(p -> p.replaceFirst("^/", "")).orElse("");
        Optional<Tenant> tenant = access.administrable(code);
        if (tenant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String back = request.getContextPath() + "/admin/" + code + "/configuration?notice=";
        Part file;
        try {
            if (!OnDemandCsrfTokens.matches(request, request.getParameter(OnDemandCsrfTokens.FIELD))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            file = request.getPart("logo");
        } catch (IllegalStateException tooLarge) {
            refused(response, back, List.of(new LogoFiles.Refusal("too-large", "", "")));
            return;
        } catch (jakarta.servlet.ServletException notMultipart) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (file == null) {
            refused(response, back, List.of(new LogoFiles.Refusal("none-chosen", "", "")));
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(LogoFiles.MAX_BYTES + 1);
        }
        try {
            configurations.uploadLogo(tenant.get(), content, access.editor());
        } catch (LogoFiles.Refused refused) {
            refused(response, back, refused.refusals());
            return;
        } catch (TenantConfigurations.Refused refused) {
            redirect(response, back + "logo-refused&reason=" + enc(String.join("; ", refused.problems())));
            return;
        }
        redirect(response, back + "logo-uploaded");
    }

    /** Back to the editor, which names each refusal in words ({@code refused=what~element~attribute}). */
    private static void refused(HttpServletResponse response, String back, List<LogoFiles.Refusal> refusals) {
        StringBuilder location = new StringBuilder(back).append("logo-refused");
        for (LogoFiles.Refusal refusal : refusals) {
            location.append("&refused=").append(enc(refusal.what() + "~" + refusal.element() + "~" + refusal.attribute()));
        }
        redirect(response, location.toString());
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text.length() > 300 ? text.substring(0, 300) : text, StandardCharsets.UTF_8);
    }
}
