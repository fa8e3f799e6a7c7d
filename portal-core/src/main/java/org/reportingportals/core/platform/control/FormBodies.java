package org.reportingportals.core.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@code application/x-www-form-urlencoded} body whole or not at all. {@code URLDecoder} (what Jersey
 * and Krazo use) throws on a bad escape such as {@code %zz} and replaces bytes that are not UTF-8 with U+FFFD, so
 * a citizen's text would be a fault or silently altered. Here a bad escape, or bytes that are not well-formed
 * UTF-8 (overlong forms, surrogates, beyond U+10FFFF, a truncated sequence), make the whole body unreadable.
 */
public final class FormBodies {

    /** The body is not a well-formed form in UTF-8; nothing of it is read. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false); // a client's input: no message (it would carry input), no stack
        }
    }

    private FormBodies() {
    }

    /** The fields in the order sent, each with every value it was given. */
    public static Map<String, List<String>> parse(byte[] body) throws Unreadable {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            if (end > start) { // an empty pair ("a=1&&b=2") carries nothing
                int equals = indexOf(body, (byte) '=', start, end);
                String name = decode(body, start, equals);
                String value = equals < end ? decode(body, equals + 1, end) : "";
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            start = end + 1;
        }
        return fields;
    }

    /** The first field sent more than once that may carry only one value, if any. */
    public static Optional<String> repeated(Map<String, List<String>> fields, Set<String> multiValued) {
        return fields.entrySet().stream().filter(e -> e.getValue().size() > 1 && !multiValued.contains(e.getKey()))
                .map(Map.Entry::getKey).findFirst();
    }

    private static int indexOf(byte[] body, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return to;
    }

    private static String decode(byte[] body, int from, int to) throws Unreadable {
        ByteBuffer bytes = ByteBuffer.allocate(to - from);
        for (int i = from; i < to; i++) {
            byte b = body[i];
            if (b == '+') {
                bytes.put((byte) ' ');
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw new Unreadable();
                }
                int high = Character.digit(body[i + 1], 16);
                int low = Character.digit(body[i + 2], 16);
                if (high < 0 || low < 0) {
                    throw new Unreadable();
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(b);
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Unreadable();
        }
    }
}
