package org.reportingportals.core.platform.boundary;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Writes the sign-on mechanism's token request with the PKCE {@code code_verifier} added. Found by the
 * JAX-RS client through {@code META-INF/services}; it takes part only in an authorization-code exchange that
 * {@link Pkce} has a verifier for on this thread, and leaves every other form to the default writer.
 */
@Produces(MediaType.APPLICATION_FORM_URLENCODED)
public class PkceTokenRequests implements MessageBodyWriter<Form> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Form.class.isAssignableFrom(type) && Pkce.pendingVerifier().isPresent();
    }

    @Override
    public void writeTo(Form form, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, List<String>> field : form.asMap().entrySet()) {
            for (String value : field.getValue()) {
                body.add(encode(field.getKey()) + "=" + encode(value));
            }
        }
        if ("authorization_code".equals(form.asMap().getFirst("grant_type")) && !form.asMap().containsKey("code_verifier")) {
            body.add("code_verifier=" + encode(Pkce.pendingVerifier().orElseThrow()));
        }
        out.write(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
