package org.reportingportals.core.tenancy.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogoFilesTest {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDrawingSvgAndAPngAreAccepted() {
        String drawing = SVG + "<title>Logo</title><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#000\"/>"
                + "</linearGradient></defs><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/><use xlink:href=\"#g\"/></svg>";
        LogoFiles.Checked svg = LogoFiles.check(bytes(drawing));
        assertEquals("svg", svg.extension());
        assertTrue(new String(svg.content(), StandardCharsets.UTF_8).contains("<rect width=\"10\" height=\"10\" fill=\"url(#g)\"></rect>"
                + "<use xlink:href=\"#g\"></use>"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertEquals("image/png", LogoFiles.check(png).contentType());
        assertArrayEquals(png, LogoFiles.check(png).content(), "a PNG is kept as sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script></svg>",
            "<rect onload=\"alert(1)\" width=\"1\" height=\"1\"/></svg>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
            "<image href=\"https://tracker.example/p.png\"/></svg>",
            "<use xlink:href=\"https://evil.example/s.svg#x\"/></svg>",
            "<rect fill=\"url(https://evil.example/f)\"/></svg>",
            "<a href=\"javascript:alert(1)\"><rect/></a></svg>",
            "<style>@import url(https://evil.example/x.css);</style></svg>",
            "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>"})
    void anSvgThatCouldRunOrFetchIsRefusedWithTheReason(String body) {
        LogoFiles.Refused refused = assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(bytes(SVG + body)));
        assertFalse(refused.refusals().isEmpty());
        assertTrue(refused.refusals().stream().allMatch(r -> LogoFiles.REFUSALS.contains(r.what())), refused.refusals().toString());
    }

    @Test
    void entitiesAndDoctypesAreRefusedBeforeAnythingIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + SVG
                + "<text>&x;</text></svg>";
        assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(bytes(xxe)));
    }

    @Test
    void emptyOversizedAndOtherFilesAreRefused() {
        assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(new byte[0]));
        assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(new byte[LogoFiles.MAX_BYTES + 1]));
        assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(bytes("GIF89a...")));
        assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(bytes("<html><body>hi</body></html>")));
    }
}
