package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FetchMetadataTest {

    private static final String HOST = "report.example.org";

    @Test
    void aBrowserThatSaysCrossSiteOrSameSiteIsRefused() {
        assertFalse(FetchMetadata.sameOrigin(null, "cross-site", HOST));
        assertFalse(FetchMetadata.sameOrigin("null", "cross-site", HOST), "a sandboxed frame or data: page elsewhere");
        assertFalse(FetchMetadata.sameOrigin("https://report.example.org", "cross-site", HOST));
        assertFalse(FetchMetadata.sameOrigin(null, "same-site", HOST), "another portal under the same domain");
        assertFalse(FetchMetadata.sameOrigin(null, "whatever", HOST));
    }

    @Test
    void anOriginOfAnotherHostIsRefusedWhateverElseIsSaid() {
        for (String origin : new String[]{"https://evil.example", "https://report.example.org.evil.example",
                "https://evil.example@report.example.org", "https://report.example.org/path", "report.example.org",
                "ftp://report.example.org", "https://", "::::", "https://report.example.org?x"}) {
            assertFalse(FetchMetadata.sameOrigin(origin, null, HOST), origin);
            assertFalse(FetchMetadata.sameOrigin(origin, "same-origin", HOST), origin);
        }
    }

    @Test
    void ourOwnPagesPass() {
        assertTrue(FetchMetadata.sameOrigin("null", "same-origin", HOST), "Chromium under Referrer-Policy no-referrer");
        assertTrue(FetchMetadata.sameOrigin("null", null, HOST), "a browser without Fetch Metadata, deliberately");
        assertTrue(FetchMetadata.sameOrigin("https://Report.Example.org", "same-origin", HOST));
        assertTrue(FetchMetadata.sameOrigin("http://report.example.org:8080", null, HOST),
                "the port is not compared: a proxy that terminates TLS forwards another one");
        assertTrue(FetchMetadata.sameOrigin(null, "SAME-ORIGIN", HOST));
        assertTrue(FetchMetadata.sameOrigin(null, "none", HOST), "opened by the person, from no other site");
        assertTrue(FetchMetadata.sameOrigin(null, null, HOST), "no browser: nothing cross-site about it");
        assertTrue(FetchMetadata.sameOrigin("http://[::1]:8080", null, "[::1]"));
    }
}
