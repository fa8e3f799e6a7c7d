package org.reportingportals.core.portal.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.reportingportals.core.platform.boundary.PageResource;
import org.reportingportals.core.platform.boundary.RequestLimits;
import org.reportingportals.core.platform.control.FormBodies;
import org.reportingportals.core.platform.control.JsonMediaType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a form post on the pages before anything reads it, and refuses it with a page in the portal's language
 * ({@link FormRefused}) rather than a fault or a half-read body. Pre-matching and ahead of {@link RequestLimits}
 * and of Krazo's {@code FormMethodOverwriteFilter} (priority 3000), which parses every form body with
 * {@code URLDecoder} and fails on {@code %zz}:
 * <ul>
 *   <li>a body over {@link RequestLimits#MAX_BODY_BYTES}: 413;</li>
 *   <li>on a citizen's form (report, status), anything but {@code application/x-www-form-urlencoded} in UTF-8,
 *   or no type at all: 415 (Jersey would fail injecting its {@code @FormParam}s);</li>
 *   <li>a form body with a bad escape or bytes that are not UTF-8 ({@link FormBodies}): 400;</li>
 *   <li>on a citizen's form, a field that takes one value sent twice: 400, not "the first one wins".</li>
 * </ul>
 * A body that passes is handed on byte for byte.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
@PageResource
public class FormRequests implements ContainerRequestFilter {

    private static final Pattern CITIZEN_FORM =
            Pattern.compile("/?[a-z][a-z0-9-]{1,31}/[A-Za-z0-9-]{2,24}/(report|status)/?");

    /**
     * A browser sends the whole body before it reads the answer; if the server closes the connection on unread
     * bytes, the reset can discard the 413 page before the browser shows it. So a slightly long form is read to
     * its end (and thrown away, never parsed); anything beyond this is cut off, page or not.
     */
    private static final int DRAINED_BYTES = 16 * RequestLimits.MAX_BODY_BYTES;

    /** The only fields of the citizens' forms that take several values: the addresses and the content hints. */
    static final Set<String> MULTI_VALUED = Set.of("url", "contentHints");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && RequestLimits.declaredLength(declared) > RequestLimits.MAX_BODY_BYTES) {
            discardUpTo(request.getEntityStream(), DRAINED_BYTES);
            throw new FormRefused(413, "too-large");
        }
        boolean citizenForm = CITIZEN_FORM.matcher(request.getUriInfo().getPath()).matches();
        List<String> types = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        boolean form = types != null && types.size() == 1
                && JsonMediaType.isInUtf8(types.get(0), MediaType.APPLICATION_FORM_URLENCODED);
        if (citizenForm && !form) {
            throw new FormRefused(415, "unreadable");
        }
        if (!form || !request.hasEntity()) {
            return; // another type on a staff page: RequestLimits bounds it, its resource judges it
        }
        byte[] body = request.getEntityStream().readNBytes(RequestLimits.MAX_BODY_BYTES + 1);
        if (body.length > RequestLimits.MAX_BODY_BYTES) {
            discardUpTo(request.getEntityStream(), DRAINED_BYTES);
            throw new FormRefused(413, "too-large");
        }
        Map<String, List<String>> fields;
        try {
            fields = FormBodies.parse(body);
        } catch (FormBodies.Unreadable e) {
            throw new FormRefused(400, "unreadable");
        }
        if (citizenForm && FormBodies.repeated(fields, MULTI_VALUED).isPresent()) {
            throw new FormRefused(400, "unreadable");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static void discardUpTo(InputStream body, long limit) throws IOException {
        long left = limit;
        byte[] buffer = new byte[8192];
        int read;
        while (left > 0 && (read = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= read;
        }
    }
}
