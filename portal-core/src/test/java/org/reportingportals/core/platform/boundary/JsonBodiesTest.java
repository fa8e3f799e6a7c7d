package org.reportingportals.core.platform.boundary;

import com.ibm.icu.util.ULocale;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.reportingportals.core.platform.entity.ProblemType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodiesTest {

    private static JsonObject read(String body) {
        return JsonBodies.object(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ULocale.ENGLISH);
    }

    private static ProblemException refused(String body) {
        return assertThrows(ProblemException.class, () -> read(body), body.substring(0, Math.min(60, body.length())));
    }

    private static void malformed(String body) {
        assertEquals(ProblemType.MALFORMED, refused(body).type(), body.substring(0, Math.min(60, body.length())));
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    @Test
    void bodiesThatWouldCrashTheParserAreMalformedNotAFault() {
        for (String body : List.of("[".repeat(20_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"a\":" + "[".repeat(1_500) + "]".repeat(1_500) + "}", nested(JsonBodies.MAX_DEPTH + 1),
                "{\"a\":" + "1".repeat(20_000) + "}", "{\"a\":" + "1".repeat(JsonBodies.MAX_NUMBER_LENGTH + 1) + "}",
                "{\"a\":1e2147483648}", "{\"a\":1e-2147483649}", "{\"a\":1E+99999999999}", "{\"a\":0.1e-2147483647}",
                "{\"a\":[-1e99999999999999999999]}")) {
            malformed(body);
        }
    }

    @Test
    void nestingAndNumbersWithinTheLimitsAreRead() {
        assertEquals(1, read(nested(JsonBodies.MAX_DEPTH)).size());
        String longest = "1".repeat(JsonBodies.MAX_NUMBER_LENGTH);
        assertEquals(longest, read("{\"a\":" + longest + "}").getJsonNumber("a").toString());
        assertEquals("1E+999999999", read("{\"a\":1e999999999}").getJsonNumber("a").toString(),
                "a large exponent within an int is a number (of the wrong type for every field we take)");
    }

    @Test
    void aDuplicateKeyAtAnyDepthIsMalformedNotTheLastOneWins() {
        for (String body : List.of("{\"urls\":[\"javascript:x\"],\"urls\":[\"http://example.com/\"]}",
                "{\"contact\":{\"email\":\"a@example.org\",\"email\":\"b@example.org\"}}", "{\"a\":[{\"b\":1,\"b\":1}]}",
                "{\"a\":1,\"\\u0061\":1}")) {
            malformed(body);
        }
        assertEquals(2, read("{\"a\":{\"b\":1},\"b\":{\"a\":1}}").size(), "the same key in different objects is fine");
    }

    @Test
    void anythingAfterTheObjectIsMalformedNotIgnored() {
        for (String body : List.of("{} x", "{}{}", "{}]", "{}\u0000", "{},", "{}\"a\"", "[]", "\"text\"", "1", "", "  ")) {
            malformed(body);
        }
        assertEquals(0, read(" \r\n\t{} \r\n\t").size(), "white space around the object is no data");
    }

    @Test
    void everyStringWithARefusedCharacterIsNamedAsItsField() {
        ProblemException e = refused("{\"description\":\"a\\ud800b\",\"urls\":[\"http://example.com/\",\"x\\u0000\"],"
                + "\"contact\":{\"email\":\"a\\u0085@example.org\"},\"whereFound\":\"\\udc00\",\"ok\":\"\\ud83d\\ude00\"}");
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(List.of("description:text.character", "urls[1]:text.character", "contact.email:text.character",
                        "whereFound:text.character"),
                e.errors().stream().map(f -> f.field() + ":" + f.code()).toList());
        assertEquals("intake.error.text.character", e.errors().get(0).messageKey());
    }

    @Test
    void aKeyWithARefusedCharacterIsMalformed() {
        malformed("{\"a\\u0000\":1}");
        malformed("{\"a\":{\"\\ud800\":1}}");
        malformed("{\"a\\nb\":1}");
    }

    @Test
    void textIsReturnedExactlyAsSent() {
        String sent = "  seen\r\nhere\t \u00a0\ud83d\ude00 ";
        JsonObject body = read("{\"description\":\"" + sent.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"}");
        assertEquals(sent, body.getString("description"));
    }

    @Test
    void bytesThatAreNotUtf8AreMalformed() {
        ProblemException e = assertThrows(ProblemException.class, () -> JsonBodies.object(
                new ByteArrayInputStream(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'}),
                ULocale.ENGLISH));
        assertEquals(ProblemType.MALFORMED, e.type(), "a surrogate encoded as bytes (CESU-8) is not UTF-8");
    }
}
