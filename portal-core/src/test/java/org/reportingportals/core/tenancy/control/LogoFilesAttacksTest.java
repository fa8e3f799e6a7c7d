package org.reportingportals.core.tenancy.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attack class of finding 5 of issue 12: SVG logos that a literal, name-comparing check let through. Each
 * body follows the same root element; every one must be refused.
 */
class LogoFilesAttacksTest {

    private static final String ROOT = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">";

    private static String rebuilt(String svg) {
        return new String(LogoFiles.check(svg.getBytes(StandardCharsets.UTF_8)).content(), StandardCharsets.UTF_8);
    }

    private static List<LogoFiles.Refusal> refusals(String svg) {
        return assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(svg.getBytes(StandardCharsets.UTF_8))).refusals();
    }

    private static void refused(String svg) {
        assertThrows(LogoFiles.Refused.class, () -> LogoFiles.check(svg.getBytes(StandardCharsets.UTF_8)),
                svg.length() > 300 ? svg.substring(0, 300) + "..." : svg);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<use xmlns:x=\"http://www.w3.org/1999/xlink\" x:href=\"https://evil.example/s.svg#a\"/></svg>",
            "<use xmlns:XLINK=\"http://www.w3.org/1999/xlink\" XLINK:href=\"https://evil.example/s.svg#a\"/></svg>",
            "<g xmlns:l=\"http://www.w3.org/1999/xlink\"><use l:href=\"//evil.example/s.svg#a\"/></g></svg>",
            "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"HTTPS://evil.example/s.svg#a\"/></svg>",
            "<use xmlns:xlink=\"urn:not-xlink\" xmlns:l=\"http://www.w3.org/1999/xlink\" xlink:href=\"#a\" l:href=\"/x.svg#a\"/></svg>"})
    void anXlinkHrefUnderAnyPrefixIsJudgedByItsNamespace(String body) {
        refused(ROOT + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<rect width=\"1\" height=\"1\" style=\"fill:u\\72l(https://evil.example/f)\"/></svg>",
            "<rect width=\"1\" height=\"1\" style=\"fill:\\75 \\72 \\6c (https://evil.example/f)\"/></svg>",
            "<rect width=\"1\" height=\"1\" style=\"background:\\000075rl(https://evil.example/f)\"/></svg>",
            "<rect width=\"1\" height=\"1\" style=\"@\\69mport 'https://evil.example/x.css'\"/></svg>",
            "<rect width=\"1\" height=\"1\" style=\"fill:red\"/></svg>",
            "<rect width=\"1\" height=\"1\" fill=\"\\75 rl(https://evil.example/f)\"/></svg>",
            "<rect width=\"1\" height=\"1\" fill=\"URL(https://evil.example/f)\"/></svg>",
            "<rect width=\"1\" height=\"1\" fill=\"url( 'https://evil.example/f' )\"/></svg>",
            "<rect width=\"1\" height=\"1\" filter=\"url(https://evil.example/f.svg#x)\"/></svg>",
            "<rect width=\"1\" height=\"1\" mask=\"url(https://evil.example/m.svg#x)\"/></svg>",
            "<rect width=\"1\" height=\"1\" clip-path=\"url(//evil.example/c.svg#x)\"/></svg>",
            "<path d=\"M0 0\" marker-end=\"url(https://evil.example/m.svg#x)\"/></svg>",
            "<rect width=\"1\" height=\"1\" cursor=\"url(https://evil.example/c.cur), auto\"/></svg>",
            "<text font-family=\"\\27 x\">a</text></svg>",
            "<style>rect { fill: red }</style></svg>",
            "<s:style xmlns:s=\"http://www.w3.org/2000/svg\">@import url(https://evil.example/x.css);</s:style></svg>"})
    void cssThatCouldFetchOrHideEscapesIsNotAccepted(String body) {
        refused(ROOT + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + "ROOT<text>&x;</text></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>ROOT<text>&b;</text></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h \"https://evil.example/s.svg#a\">]>ROOT<use href=\"&h;\"/></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">ROOT</svg>",
            "ROOT<text>&undeclared;</text></svg>",
            "ROOT<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/></svg>",
            "<?xml-stylesheet href=\"https://evil.example/x.css\"?>ROOT</svg>",
            "ROOT<use href=\"&#x68;ttps://evil.example/s.svg#a\"/></svg>",
            "ROOT<use href=\"&#104;&#116;&#116;&#112;&#115;://evil.example/s.svg#a\"/></svg>"})
    void entityTricksAreRefusedBeforeAnythingIsExpandedOrFollowed(String document) {
        refused(document.replace("ROOT", ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)", "JaVaScRiPt:alert(1)",
            "&#106;avascript:alert(1)", "&#x6A;&#x61;vascript:alert(1)", "javascript&#x3A;alert(1)",
            "&#x20;javascript:alert(1)", "vbscript:msgbox(1)"})
    void aJavascriptAddressInAnyDisguiseIsRefused(String href) {
        refused(ROOT + "<a href=\"" + href + "\"><rect width=\"1\" height=\"1\"/></a></svg>");
        refused(ROOT + "<use href=\"" + href + "\"/></svg>");
        refused(ROOT + "<use xmlns:q=\"http://www.w3.org/1999/xlink\" q:href=\"" + href + "\"/></svg>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<use href=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=#a\"/></svg>",
            "<use href=\" DATA:image/svg+xml,&lt;svg onload=alert(1)&gt;#a\"/></svg>",
            "<image href=\"data:image/png;base64,iVBORw0KGgo=\" width=\"1\" height=\"1\"/></svg>",
            "<rect width=\"1\" height=\"1\" fill=\"url(data:image/svg+xml,x)\"/></svg>",
            "<linearGradient id=\"g\" href=\"data:image/svg+xml,x#g\"/></svg>"})
    void dataAddressesAreRefused(String body) {
        refused(ROOT + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg onload=\"alert(1)\"/></svg>",
            "<g><svg><svg><rect onclick=\"alert(1)\" width=\"1\" height=\"1\"/></svg></svg></g></svg>",
            "<svg><script>alert(1)</script></svg></svg>",
            "<svg xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></svg></svg>",
            "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
            "<svg><foreignObject width=\"1\" height=\"1\"><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://evil.example/\"/></foreignObject></svg></svg>",
            "<svg><use href=\"https://evil.example/s.svg#a\"/></svg></svg>",
            "<rect width=\"1\" height=\"1\" ONLOAD=\"alert(1)\"/></svg>",
            "<rect xmlns:e=\"http://www.w3.org/2001/xml-events\" e:event=\"load\" width=\"1\" height=\"1\"/></svg>"})
    void aNestedSvgIsHeldToTheSameRules(String body) {
        refused(ROOT + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<a id=\"l\"><rect width=\"1\" height=\"1\"/><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>",
            "<use id=\"u\" href=\"#r\"><set attributeName=\"href\" to=\"https://evil.example/s.svg#a\"/></use></svg>",
            "<use id=\"u\" href=\"#r\"><animate attributeName=\"xlink:href\" values=\"#r;https://evil.example/s.svg#a\"/></use></svg>",
            "<use id=\"u\" href=\"#r\"/><set href=\"#u\" attributeName=\"href\" to=\"//evil.example/s.svg#a\"/></svg>",
            "<rect id=\"r\" width=\"1\" height=\"1\"><animate attributeName=\"fill\" to=\"url(https://evil.example/f)\"/></rect></svg>",
            "<S:set xmlns:S=\"http://www.w3.org/2000/svg\" attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
            "<animateMotion dur=\"1s\"><mpath href=\"https://evil.example/p.svg#p\"/></animateMotion></svg>"})
    void animationThatChangesAReferenceIsRefused(String body) {
        refused(ROOT + body);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<use href=\"https://evil.example/s.svg#a\"/></svg>",
            "<use href=\"//evil.example/s.svg#a\"/></svg>",
            "<use href=\"/assets/other.svg#a\"/></svg>",
            "<use href=\"other.svg#a\"/></svg>",
            "<use href=\" #a\"/></svg>",
            "<use href=\"#a b\"/></svg>",
            "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"file:///etc/passwd#a\"/></svg>",
            "<image href=\"https://tracker.example/p.png\" width=\"1\" height=\"1\"/></svg>",
            "<feImage href=\"https://tracker.example/p.png\"/></svg>",
            "<rect width=\"1\" height=\"1\" src=\"https://tracker.example/p.png\"/></svg>"})
    void aUseOrAnyReferenceOutsideTheFileIsRefused(String body) {
        refused(ROOT + body);
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 5000})
    void nestingBeyondTheLimitIsRefusedNotOverflowed(int depth) {
        refused(ROOT + "<g>".repeat(depth) + "</g>".repeat(depth) + "</svg>");
    }

    @Test
    void eachRefusalNamesWhatWasRefusedAndWhereAsTheFileSpeltIt() {
        assertEquals(List.of(new LogoFiles.Refusal("reference", "use", "x:href"), new LogoFiles.Refusal("style", "rect", "style")),
                refusals(ROOT + "<use xmlns:x=\"http://www.w3.org/1999/xlink\" x:href=\"https://evil.example/s.svg#a\"/>"
                        + "<rect style=\"fill:u\\72l(https://evil.example/f)\"/></svg>"));
        assertEquals(List.of(new LogoFiles.Refusal("script", "h:script", "")),
                refusals(ROOT + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>"));
        assertEquals(List.of(new LogoFiles.Refusal("animation", "set", ""), new LogoFiles.Refusal("attribute", "set", "attributeName"),
                        new LogoFiles.Refusal("attribute", "set", "to")),
                refusals(ROOT + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>"));
        assertEquals(List.of(new LogoFiles.Refusal("doctype", "", "")),
                refusals("<!DOCTYPE svg [<!ENTITY x \"y\">]>" + ROOT + "<text>&x;</text></svg>"));
        assertEquals(List.of(new LogoFiles.Refusal("value", "rect", "fill")),
                refusals(ROOT + "<rect fill=\"\\75 rl(https://evil.example/f)\"/></svg>"));
        assertEquals(List.of(new LogoFiles.Refusal("too-deep", "", "")), refusals(ROOT + "<g>".repeat(5000) + "</g>".repeat(5000) + "</svg>"));
    }

    @Test
    void whatIsStoredIsRebuiltFromTheAllowedElementsNotTheUploadedBytes() {
        String uploaded = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!-- editor: x -->\n"
                + "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\" xmlns:q=\"http://www.w3.org/1999/xlink\" viewBox='0 0 10 10'>"
                + "<s:metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><script>x</script></rdf:RDF></s:metadata>\n"
                + "  <s:defs><s:linearGradient id=\"g\"><s:stop offset=\"0\" stop-color=\"#000\"/></s:linearGradient></s:defs>"
                + "<s:rect width=\"10\" height=\"10\" fill=\"url(#g)\" transform=\"rotate(45 5 5)\"/>"
                + "<s:use q:href=\"&#x23;g\"/><s:text x=\"1\" y=\"9\" xml:lang=\"fr\">&lt;Caf\u00e9&gt; &amp; <![CDATA[<b>]]></s:text></s:svg>";
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"><defs><linearGradient id=\"g\">"
                + "<stop offset=\"0\" stop-color=\"#000\"></stop></linearGradient></defs>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\" transform=\"rotate(45 5 5)\"></rect>"
                + "<use xlink:href=\"#g\"></use><text x=\"1\" y=\"9\" xml:lang=\"fr\">&lt;Caf\u00e9&gt; &amp; &lt;b&gt;</text></svg>",
                new String(LogoFiles.check(uploaded.getBytes(StandardCharsets.ISO_8859_1)).content(), StandardCharsets.UTF_8));
    }

    @Test
    void aDrawingWithLocalReferencesColoursAndNestedSvgIsAccepted() {
        String drawing = ROOT + "<defs><clipPath id=\"c\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></clipPath>"
                + "<radialGradient id=\"r\" href=\"#g\"/><linearGradient id=\"g\"/></defs>"
                + "<g clip-path=\"url(#c)\" mask=\"none\"><rect width=\"10\" height=\"10\" fill=\"url(#r) #fff\" stroke=\"rgb(0, 0, 0)\"/>"
                + "<svg x=\"2\" y=\"2\" width=\"6\" height=\"6\"><path d=\"M0 0L6 6z\" fill=\"currentColor\" stroke=\"none\"/></svg>"
                + "<text font-family=\"'Noto Sans', sans-serif\" aria-label=\"Partner: logo\">P</text></g></svg>";
        String rebuilt = rebuilt(drawing);
        assertTrue(rebuilt.contains("<svg x=\"2\" y=\"2\" width=\"6\" height=\"6\"><path d=\"M0 0L6 6z\""), rebuilt);
        assertTrue(rebuilt.contains("font-family=\"'Noto Sans', sans-serif\""), rebuilt);
    }
}
