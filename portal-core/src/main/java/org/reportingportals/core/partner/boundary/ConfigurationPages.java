package org.reportingportals.core.partner.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.StaffFormat;
import org.reportingportals.core.tenancy.boundary.Configurations;
import org.reportingportals.core.tenancy.boundary.Tenants;
import org.reportingportals.core.tenancy.control.LogoFiles;
import org.reportingportals.core.tenancy.control.TenantConfigurations;
import org.reportingportals.tenant.directory.entity.Tenant;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * {@code /admin/{tenant}/configuration}: the tenant's YAML file in an editor, its colours as colour pickers, the
 * logo (uploaded by {@link LogoUploads}), preview on the real pages, publish, the versions with rollback, and the
 * live file as a download, over the {@link Configurations} use cases. A change is a form post answered with a
 * redirect; a refused change shows the page again with every reason and what was typed.
 */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@PageResource
public class ConfigurationPages {

    @Inject
    AdminScreens screens;

    @Inject
    Configurations configurations;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @GET
    @Path("{tenant}/configuration")
    @Controller
    public Response configuration(@PathParam("tenant") String code, @QueryParam("notice") String notice,
                                  @QueryParam("reason") String reason, @QueryParam("refused") List<String> refused) {
        return screens.forTenant(code, tenant -> {
            Configurations.Editing editing = configurations.editing(tenant, screens.editor());
            screens.models().put("reason", "logo-refused".equals(notice) && reason != null ? reason : "");
            screens.models().put("refusals", "logo-refused".equals(notice) ? logoRefusals(refused) : List.of());
            return page(200, tenant, editing, editing.yaml(), editing.draftProblems(), notice);
        });
    }

    @POST
    @Path("{tenant}/configuration/draft")
    @Controller
    @CsrfProtected
    public Response saveDraft(@PathParam("tenant") String code, @FormParam("yaml") String yaml,
                              @FormParam("action") String action) {
        return screens.forTenant(code, tenant -> {
            // a textarea sends CRLF; the file is kept with the line ends of the seed files
            String text = yaml == null ? "" : yaml.replace("\r\n", "\n");
            try {
                configurations.saveDraft(tenant, text, screens.editor());
            } catch (TenantConfigurations.Refused refused) {
                return refusedPage(tenant, text, refused, "draft-refused");
            }
            return "preview".equals(action) ? preview(tenant) : saved(tenant, "draft-saved");
        });
    }

    @POST
    @Path("{tenant}/configuration/preview")
    @Controller
    @CsrfProtected
    public Response previewDraft(@PathParam("tenant") String code) {
        return screens.forTenant(code, this::preview);
    }

    /** The colour tokens as colour pickers: a palette change without touching the file; contrast is checked. */
    @POST
    @Path("{tenant}/configuration/colours")
    @Controller
    @CsrfProtected
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveColours(@PathParam("tenant") String code, MultivaluedMap<String, String> form) {
        return change(code, tenant -> configurations.saveColours(tenant, AdminScreens.fields(form, "c."), screens.editor()),
                "draft-saved", (tenant, refused) -> refusedPage(tenant, null, refused, "draft-refused"));
    }

    @POST
    @Path("{tenant}/configuration/draft/discard")
    @Controller
    @CsrfProtected
    public Response discardDraft(@PathParam("tenant") String code) {
        return screens.forTenant(code, tenant -> {
            configurations.discardDraft(tenant, screens.editor());
            return saved(tenant, "draft-discarded");
        });
    }

    @POST
    @Path("{tenant}/configuration/publish")
    @Controller
    @CsrfProtected
    public Response publish(@PathParam("tenant") String code) {
        return change(code, tenant -> configurations.publish(tenant, screens.editor()), "published",
                (tenant, refused) -> refusedPage(tenant, null, refused, "publish-refused"));
    }

    @POST
    @Path("{tenant}/configuration/versions/{version}/rollback")
    @Controller
    @CsrfProtected
    public Response rollback(@PathParam("tenant") String code, @PathParam("version") int version) {
        return change(code, tenant -> configurations.rollback(tenant, version, screens.editor()), "rolled-back",
                (tenant, refused) -> refusedPage(tenant, null, refused, "rollback-refused"));
    }

    /**
     * The refusals of a logo as {@code LogoUploads} names them; anything else in the parameter is not shown, so a link
     * cannot put words of its own on the page (names are reduced to name characters by {@code Refusal}).
     */
    static List<LogoFiles.Refusal> logoRefusals(List<String> refused) {
        return refused == null ? List.of() : refused.stream().limit(8).map(r -> r.split("~", -1))
                .filter(parts -> parts.length == 3 && LogoFiles.REFUSALS.contains(parts[0]))
                .map(parts -> new LogoFiles.Refusal(parts[0], parts[1], parts[2])).toList();
    }

    /** The live configuration as the YAML file the platform's seed files use: for review and version control. */
    @GET
    @Path("{tenant}/configuration.yaml")
    @Produces("application/yaml")
    public Response export(@PathParam("tenant") String code) {
        return screens.forTenant(code, tenant -> {
            TenantConfigurations.Live live = configurations.live(tenant);
            return AdminScreens.download(live.yaml(), "application/yaml", code + "-v" + live.version() + ".yaml");
        });
    }

    /** To the portal's own pages, carrying the token that shows this editor the draft; back here without a draft. */
    private Response preview(Tenant tenant) {
        return configurations.preview(tenant, screens.editor())
                .map(preview -> Response.seeOther(URI.create(request.getContextPath() + "/" + tenant.code() + "/"))
                        .header("Set-Cookie", Tenants.previewCookie(preview))
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> screens.seeOther("/admin/" + tenant.code() + "/configuration"));
    }

    /** A change of the tenant's configuration: done, back to the editor with the notice; refused, as {@code refusal} says. */
    private Response change(String code, Consumer<Tenant> change, String done,
                            BiFunction<Tenant, TenantConfigurations.Refused, Response> refusal) {
        return screens.forTenant(code, tenant -> {
            try {
                change.accept(tenant);
            } catch (TenantConfigurations.Refused refused) {
                return refusal.apply(tenant, refused);
            }
            return saved(tenant, done);
        });
    }

    private Response saved(Tenant tenant, String notice) {
        return screens.seeOther("/admin/" + tenant.code() + "/configuration?notice=" + notice);
    }

    /** The editor again, 422, with the reasons; {@code typed} is what was sent, or null for the text as it stands. */
    private Response refusedPage(Tenant tenant, String typed, TenantConfigurations.Refused refused, String notice) {
        Configurations.Editing editing = configurations.editing(tenant, screens.editor());
        return page(422, tenant, editing, typed == null ? editing.yaml() : typed, refused.problems(), notice);
    }

    private Response page(int status, Tenant tenant, Configurations.Editing editing, String yaml, List<String> problems,
                          String notice) {
        screens.page(tenant);
        screens.models().put("live", editing.live());
        screens.models().put("draft", editing.draft().orElse(null));
        screens.models().put("yaml", yaml);
        screens.models().put("problems", problems);
        screens.models().put("versions", editing.versions());
        screens.models().put("colours", editing.colours());
        screens.notice(notice);
        screens.models().put("fmt", new StaffFormat(clock.instant()));
        if (!screens.models().asMap().containsKey("reason")) {
            screens.models().put("reason", "");
        }
        if (!screens.models().asMap().containsKey("refusals")) {
            screens.models().put("refusals", List.of());
        }
        return screens.view(status, "configuration.html");
    }
}
