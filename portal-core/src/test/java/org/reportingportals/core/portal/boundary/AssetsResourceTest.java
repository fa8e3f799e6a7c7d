package org.reportingportals.core.portal.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssetsResourceTest {

    @Test
    void gzipIsSentWhereTheClientListsIt() {
        assertTrue(AssetsResource.acceptsGzip("gzip"));
        assertTrue(AssetsResource.acceptsGzip("gzip, deflate, br"));
        assertTrue(AssetsResource.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
    }

    @Test
    void gzipIsNotSentWhereTheClientRefusesOrDoesNotNameIt() {
        assertFalse(AssetsResource.acceptsGzip(null));
        assertFalse(AssetsResource.acceptsGzip(""));
        assertFalse(AssetsResource.acceptsGzip("identity"));
        assertFalse(AssetsResource.acceptsGzip("gzip;q=0"));
        assertFalse(AssetsResource.acceptsGzip("gzip; q=0.000"));
        assertFalse(AssetsResource.acceptsGzip("x-gzip-not"));
        assertFalse(AssetsResource.acceptsGzip("*"));
    }
}
