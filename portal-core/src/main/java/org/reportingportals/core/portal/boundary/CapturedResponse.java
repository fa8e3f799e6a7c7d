package org.reportingportals.core.portal.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.reportingportals.core.portal.entity.RenderedPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Holds back what the application writes (status, headers, body) so the page can be kept before it is sent.
 * Errors and redirects go straight through, and a cookie marks the response as not for sharing.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private int status = SC_OK;
    private final List<RenderedPage.Header> headers = new ArrayList<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedThrough;
    private boolean setsCookie;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** An error or redirect already sent to the client: nothing to keep or send. */
    boolean passedThrough() {
        return passedThrough;
    }

    /** Whether the application set a cookie: a response for one visitor only. */
    boolean setsCookie() {
        return setsCookie || headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("Set-Cookie"));
    }

    List<RenderedPage.Header> headers() {
        return List.copyOf(headers);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        addHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (value != null && !name.equalsIgnoreCase("Content-Length")) {
            headers.add(new RenderedPage.Header(name, value));
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, httpDate(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, httpDate(date));
    }

    private static String httpDate(long epochMillis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.stream().anyMatch(h -> h.name().equalsIgnoreCase(name)) || super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(RenderedPage.Header::value)
                .findFirst().orElseGet(() -> super.getHeader(name));
    }

    @Override
    public Collection<String> getHeaders(String name) {
        List<String> values = headers.stream().filter(h -> h.name().equalsIgnoreCase(name))
                .map(RenderedPage.Header::value).toList();
        return values.isEmpty() ? super.getHeaders(name) : values;
    }

    @Override
    public Collection<String> getHeaderNames() {
        List<String> names = new ArrayList<>(super.getHeaderNames());
        headers.stream().map(RenderedPage.Header::name).filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    @Override
    public void setContentType(String type) {
        if (type != null) {
            setHeader("Content-Type", type);
        }
    }

    @Override
    public String getContentType() {
        return getHeader("Content-Type");
    }

    @Override
    public void setLocale(Locale locale) {
        setHeader("Content-Language", locale.toLanguageTag());
    }

    @Override
    public void setContentLength(int len) {
        // the length is the filled body's, set when it is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // as above
    }

    @Override
    public void setBufferSize(int size) {
        // everything is held until the end anyway
    }

    @Override
    public void flushBuffer() {
        // held until the page is complete
    }

    @Override
    public boolean isCommitted() {
        return passedThrough;
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        headers.clear();
        status = SC_OK;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a captured page is written synchronously");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }
}
