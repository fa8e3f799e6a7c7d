package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormBodiesTest {

    private static Map<String, List<String>> parse(String body) throws FormBodies.Unreadable {
        return FormBodies.parse(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aWellFormedBodyIsReadExactlyAsSentWithEveryValue() throws Exception {
        Map<String, List<String>> fields = parse("url=http%3A%2F%2Fexample.com%2F%3Fq%3D1&url=b&description=+two++spaces+"
                + "&empty=&bare&%E2%82%AC=%F0%9F%98%80%C3%A9&&last=x%2By");
        assertEquals(List.of("http://example.com/?q=1", "b"), fields.get("url"));
        assertEquals(List.of(" two  spaces "), fields.get("description"), "nothing trimmed");
        assertEquals(List.of(""), fields.get("empty"));
        assertEquals(List.of(""), fields.get("bare"));
        assertEquals(List.of("\uD83D\uDE00\u00e9"), fields.get("\u20ac"));
        assertEquals(List.of("x+y"), fields.get("last"));
        assertEquals(List.of("url", "description", "empty", "bare", "\u20ac", "last"), List.copyOf(fields.keySet()));
    }

    @Test
    void aBadEscapeMakesTheWholeBodyUnreadableNotAFault() {
        for (String body : List.of("description=%", "description=%0", "description=%zz", "a=%%", "a=1%0%5B", "%=x",
                "a=%G0", "a=%0G", "a=%-1", "a=%+1")) {
            assertThrows(FormBodies.Unreadable.class, () -> parse(body), body);
        }
    }

    @Test
    void bytesThatAreNotUtf8AreUnreadableNeverReplaced() {
        for (String body : List.of("description=%C0%80", "description=%ED%A0%80", "description=%F4%90%80%80",
                "description=%E2%82", "description=%FF", "description=%80", "%C3=x", "description=\u00e9")) {
            assertThrows(FormBodies.Unreadable.class, () -> parse(body), body);
        }
    }

    @Test
    void aSingleValuedFieldSentTwiceIsNamedWhileListsMayRepeat() throws Exception {
        Set<String> lists = Set.of("url", "contentHints");
        assertEquals(Optional.empty(), FormBodies.repeated(parse("url=a&url=b&contentHints=x&contentHints=y&description=d"), lists));
        assertEquals(Optional.of("description"), FormBodies.repeated(parse("url=a&description=d&description=e"), lists));
        assertEquals(Optional.of("receipt"), FormBodies.repeated(parse("reference=r&receipt=a&receipt=a"), lists),
                "the same value twice is still two values");
    }
}
