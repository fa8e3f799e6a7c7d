package org.reportingportals.core.reports.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportingportals.core.reports.entity.NormalisedUrl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlNormaliserTest {

    private final UrlNormaliser normaliser = new UrlNormaliser();

    private NormalisedUrl accepted(String raw) {
        UrlNormaliser.Outcome outcome = normaliser.normalise(raw);
        return assertInstanceOf(UrlNormaliser.Accepted.class, outcome, () -> "refused: " + raw).url();
    }

    private UrlNormaliser.Problem rejected(String raw) {
        UrlNormaliser.Outcome outcome = normaliser.normalise(raw);
        return assertInstanceOf(UrlNormaliser.Rejected.class, outcome, () -> "accepted: " + raw).problem();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "http://example.com|http://example.com/",
            "HTTP://EXAMPLE.COM/Path|http://example.com/Path",
            "https://Example.com:443/a|https://example.com/a",
            "http://example.com:80/a|http://example.com/a",
            "https://example.com:80/a|https://example.com:80/a",
            "http://example.com:8080|http://example.com:8080/",
            "example.com/page|http://example.com/page",
            "www.example.com|http://www.example.com/",
            "example.com:8080/x|http://example.com:8080/x",
            "//example.com/x|http://example.com/x",
            "http://example.com/a#fragment|http://example.com/a",
            "http://example.com/a?b=1&c=2#f|http://example.com/a?b=1&c=2",
            "http://example.com/a/./b/../c|http://example.com/a/c",
            "http://example.com/a/%2e%2E/b|http://example.com/b",
            "http://example.com/%7ea|http://example.com/%7Ea",
            "http://example.com/a b|http://example.com/a%20b",
            "http://example.com/ünï|http://example.com/%C3%BCn%C3%AF",
            "http://bücher.example/|http://xn--bcher-kva.example/",
            "http://BÜCHER.example/|http://xn--bcher-kva.example/",
            "http://xn--bcher-kva.example/|http://xn--bcher-kva.example/",
            "http://faß.de/|http://xn--fa-hia.de/",
            "http://उदाहरण.भारत/|http://xn--p1b6ci4b4b3a.xn--h2brj9c/",
            "http://example.com./x|http://example.com/x",
            "http://ex%61mple.com/|http://example.com/",
            "http:\\\\example.com\\a\\b|http://example.com/a/b",
            "http://trusted.org@evil.tld/x|http://evil.tld/x",
            "http://a@b@evil.tld/|http://evil.tld/",
            "http://0x7f.1/|http://127.0.0.1/",
            "http://2130706433/|http://127.0.0.1/",
            "http://0300.0250.0.1/|http://192.168.0.1/",
            "http://[::1]:8080/|http://[::1]:8080/",
            "http://[2001:DB8:0:0:0:0:0:1]/|http://[2001:db8::1]/",
            "\"  http://example.com/a  \"|http://example.com/a",
            "\"http://exa\tmple.com/\"|http://example.com/",
            "http:///example.com/a|http://example.com/a",
            "http://localhost:8080/|http://localhost:8080/"
    })
    void normalises(String raw, String expected) {
        assertEquals(expected, accepted(raw).normalised());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "file:///etc/passwd", "ftp://example.com/", "mailto:someone@example.com", "blob:http://example.com/x",
            "about:blank"})
    void refusesSchemesOtherThanHttpAndHttps(String raw) {
        assertEquals(UrlNormaliser.Problem.SCHEME, rejected(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://exa\u0000mple.com/", "http://example.com/a\u0007b", "http://example.com/\u202Egpj.exe",
            "http://example.com/\u0085", "http:example.com", "https:/example.com", "http://example.com:99999/",
            "http://example.com:8o/"})
    void refusesControlCharactersAndBrokenSyntax(String raw) {
        assertEquals(UrlNormaliser.Problem.INVALID, rejected(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///", "http://exa mple.com/", "http://exa<mple.com/", "http://singlelabel/",
            "http://1.2.3.4.5/", "http://256.1.1.1/", "http://[::1/", "http://[12345::1]/", "http://a..b.com/",
            "http://-\u200d-.com/", "http://%ff.com/"})
    void refusesHostsABrowserWouldNotOpen(String raw) {
        assertEquals(UrlNormaliser.Problem.HOST, rejected(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesEmptyInput(String raw) {
        assertEquals(UrlNormaliser.Problem.EMPTY, rejected(raw));
    }

    @Test
    void acceptsInputUpToTheLimitAndRefusesOneCharacterMore() {
        String atLimit = "http://example.com/" + "a".repeat(UrlNormaliser.MAX_RAW_LENGTH - "http://example.com/".length());
        assertEquals(UrlNormaliser.MAX_RAW_LENGTH, atLimit.length());
        assertEquals(atLimit, accepted(atLimit).normalised());
        assertEquals(UrlNormaliser.Problem.TOO_LONG, rejected(atLimit + "a"));
    }

    /**
     * The length is checked on the raw input before anything else, so a huge hostile input is refused without
     * being trimmed, decoded or parsed: whatever else is wrong with it, the answer is TOO_LONG.
     */
    @ParameterizedTest(name = "starts with \"{0}\"")
    @ValueSource(strings = {"javascript:alert(1)//", "http://exa\u0000mple.com/", "http://[::1/", "   "})
    void refusesOverlongInputAsTooLongBeforeLookingAtAnythingElse(String start) {
        String huge = start + "a".repeat(5_000_000);
        assertEquals(UrlNormaliser.Problem.TOO_LONG, rejected(huge));
    }

    @Test
    void countsTheLengthBeforeTrimmingSurroundingSpace() {
        String padded = "http://example.com/" + " ".repeat(UrlNormaliser.MAX_RAW_LENGTH);
        assertEquals(UrlNormaliser.Problem.TOO_LONG, rejected(padded));
    }

    @Test
    void refusesNormalisedFormThatGrowsTooLong() {
        assertEquals(UrlNormaliser.Problem.TOO_LONG, rejected("http://example.com/" + "ü".repeat(1500)));
    }

    @Test
    void keepsTheRawFormAndFlagsUserinfo() {
        NormalisedUrl url = accepted("  http://trusted.org@evil.tld/x  ");
        assertEquals("  http://trusted.org@evil.tld/x  ", url.raw(), "exactly as typed, not even trimmed");
        assertEquals("evil.tld", url.hostAscii());
        assertTrue(url.hadUserinfo());
        assertFalse(url.hostIsIp());
    }

    @Test
    void givesTheHostInUnicodeAndPunycode() {
        NormalisedUrl url = accepted("http://пример.рф/");
        assertEquals("xn--e1afmkfd.xn--p1ai", url.hostAscii());
        assertEquals("пример.рф", url.hostUnicode());
    }

    @Test
    void flagsIpHosts() {
        assertTrue(accepted("http://0x7f.1/").hostIsIp());
        assertTrue(accepted("http://[::1]/").hostIsIp());
    }
}
