package org.reportingportals.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the caller wrote it: the JDK client refuses a second or a
 * malformed Host, header values with control characters and bodies without a Content-Type, which are exactly
 * what hostile-input tests must send. One request per connection ({@code Connection: close}).
 */
public final class RawHttp {

    private final String host;
    private final int port;

    public RawHttp(URL reported) {
        URL at = Deployments.reachable(reported);
        this.host = at.getHost();
        this.port = at.getPort();
    }

    /** The value a well-behaved client sends as {@code Host}. */
    public String authority() {
        return host + ":" + port;
    }

    /** An answer; {@code status} is -1 when the server closed the connection without one. */
    public record Answer(int status, List<String[]> headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends {@code method path}, the header lines as given (each {@code "Name: value"}, written as ISO-8859-1 so
     * any byte can be sent), {@code Content-Length} when there is a body, and the body.
     */
    public Answer send(String method, String path, List<String> headerLines, byte[] body) {
        return send(method, path, headerLines, body, 30_000);
    }

    /** As {@link #send(String, String, List, byte[])}, waiting at most {@code quietMillis} for each part of the answer. */
    public Answer send(String method, String path, List<String> headerLines, byte[] body, int quietMillis) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        return sendBytes(request.toByteArray(), quietMillis);
    }

    /** Sends these bytes as the whole request and reads the answer to the end of the connection. */
    public Answer sendBytes(byte[] request) {
        return sendBytes(request, 30_000);
    }

    /**
     * Sends these bytes and reads until the server closes the connection or is silent for {@code quietMillis}: a
     * server that answered a request it could not parse may keep the connection open, so what came until then is
     * the answer (none at all when nothing came).
     */
    public Answer sendBytes(byte[] request, int quietMillis) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(quietMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // closed, reset or silent: parse whatever came
        }
        byte[] all = received.toByteArray();
        return all.length == 0 ? new Answer(-1, List.of(), all) : parse(all);
    }

    static Answer parse(byte[] all) {
        // ISO-8859-1 maps each byte to one char, so positions in the text are positions in the bytes
        int end = new String(all, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(-1, List.of(), all);
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (RuntimeException notHttp) {
            return new Answer(-1, List.of(), all);
        }
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[]{lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        boolean chunked = headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Transfer-Encoding")
                && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new Answer(status, headers, chunked ? dechunk(body) : body);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < body.length) {
            int lineEnd = text.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
            int semicolon = size.indexOf(';');
            int length;
            try {
                length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException broken) {
                break;
            }
            if (length == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(body, from, Math.min(length, body.length - from));
            at = from + length + 2;
        }
        return out.toByteArray();
    }
}
