package org.reportingportals.core.platform.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonMediaTypeTest {

    @Test
    void jsonInUtf8Passes() {
        for (String type : new String[]{"application/json", "Application/JSON", " application/json ",
                "application/json; charset=utf-8", "application/json;charset=UTF-8", "application/json; charset=\"utf-8\""}) {
            assertTrue(JsonMediaType.isJsonInUtf8(type), type);
        }
    }

    @Test
    void everythingElseIsRefusedNotReadAnotherWay() {
        for (String type : new String[]{"", ";;;", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                "application/jsonx", "application/json+x", "application/problem+json", "application/json; charset=latin1",
                "application/json; charset=utf-16", "application/json; charset=utf8", "application/json;;",
                "application/json;", "application/json; boundary=x", "application/json; charset",
                "application/json; charset=utf-8; charset=latin1", "application/json; charset=\"utf-8"}) {
            assertFalse(JsonMediaType.isJsonInUtf8(type), type);
        }
    }

    @Test
    void formsFollowTheSameRuleWithTheirOwnType() {
        for (String type : new String[]{"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"}) {
            assertTrue(JsonMediaType.isInUtf8(type, "application/x-www-form-urlencoded"), type);
        }
        for (String type : new String[]{"*/*", "application/*", "application/x-www-form-urlencoded; charset=ISO-8859-1",
                "application/x-www-form-urlencoded; charset=windows-1252", "multipart/form-data; boundary=x",
                "application/json", "application/x-www-form-urlencoded;;"}) {
            assertFalse(JsonMediaType.isInUtf8(type, "application/x-www-form-urlencoded"), type);
        }
        assertFalse(JsonMediaType.isJsonInUtf8("*/*"));
        assertFalse(JsonMediaType.isJsonInUtf8("application/*"));
    }
}
