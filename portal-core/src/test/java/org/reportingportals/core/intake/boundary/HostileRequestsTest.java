package org.reportingportals.core.intake.boundary;

import org.junit.jupiter.api.Test;
import org.reportingportals.core.intake.boundary.HostileRequests.Case;
import org.reportingportals.core.intake.boundary.HostileRequests.MustRefuse;
import org.reportingportals.core.intake.boundary.HostileRequests.Target;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fuzz test's cases (IntakeFuzzIT) without a server: reproducible from the seed, varied, and judged right. */
class HostileRequestsTest {

    private static final HostileRequests.Context CONTEXT = new HostileRequests.Context("127.0.0.1:8080",
            "__Host-csrf=token", "token", "UG-2345-6789", "ABCD-EFGH-JKMN-PQRS-TVWX");

    @Test
    void aSeedAndACaseNumberDrawTheSameRequestWhateverWasDrawnBefore() {
        HostileRequests first = new HostileRequests(42, CONTEXT);
        HostileRequests second = new HostileRequests(42, CONTEXT);
        for (int i = 0; i < 50; i++) {
            second.draw(Target.REPORT_API, 1000 + i);
        }
        for (Target target : Target.values()) {
            for (int i = 0; i < 100; i++) {
                Case a = first.draw(target, i);
                Case b = second.draw(target, i);
                assertArrayEquals(a.body(), b.body(), target + ":" + i);
                assertEquals(a.labels(), b.labels());
                assertEquals(a.oracle(), b.oracle());
                assertEquals(a.headers().stream().filter(h -> !h.startsWith("Cookie")).toList(),
                        b.headers().stream().filter(h -> !h.startsWith("Cookie")).toList());
            }
        }
    }

    @Test
    void anotherSeedDrawsOtherRequests() {
        Case a = new HostileRequests(1, CONTEXT).draw(Target.REPORT_API, 0);
        Case b = new HostileRequests(2, CONTEXT).draw(Target.REPORT_API, 0);
        assertFalse(Arrays.equals(a.body(), b.body()));
    }

    @Test
    void aThousandCasesCoverEveryMutationKind() {
        HostileRequests requests = new HostileRequests(7, CONTEXT);
        Set<String> kinds = new HashSet<>();
        for (Target target : Target.values()) {
            for (int i = 0; i < 1000; i++) {
                requests.draw(target, i).labels().forEach(l -> kinds.add(l.replaceAll(":.*", "") + ":"
                        + l.replaceAll("^[^:]*:", "").replaceAll(":.*", "")));
            }
        }
        for (String kind : Set.of("json:random-bytes", "json:duplicate-key", "json:retyped", "json:unknown-field",
                "json:extreme-number", "json:deep-nesting", "json:trailing-data", "json:unescaped-control",
                "json:invalid-utf8", "json:nasty-strings", "json:truncated", "form:duplicate-field",
                "form:bad-percent-encoding", "form:csrf-missing", "form:random-bytes", "header:content-type",
                "header:accept-language", "header:host", "header:origin", "header:sec-fetch-site", "http:random-head")) {
            assertTrue(kinds.contains(kind), kind + " in " + kinds);
        }
    }

    @Test
    void whatIsMalformedOrAmbiguousByConstructionMustBeRefused() {
        HostileRequests requests = new HostileRequests(11, CONTEXT);
        int judged = 0;
        for (int i = 0; i < 2000; i++) {
            Case c = requests.draw(Target.REPORT_API, i);
            if (c.labels().stream().anyMatch(l -> l.startsWith("json:duplicate-key") || l.equals("json:trailing-data")
                    || l.equals("json:random-bytes") || l.equals("json:invalid-utf8"))) {
                assertInstanceOf(MustRefuse.class, c.oracle(), c.labels().toString());
                judged++;
            }
            Case form = requests.draw(Target.REPORT_FORM, i);
            if (form.labels().contains("header:origin:cross-site") || form.labels().contains("form:csrf-missing")) {
                assertInstanceOf(MustRefuse.class, form.oracle(), form.labels().toString());
                judged++;
            }
        }
        assertTrue(judged > 100, "cases judged: " + judged);
    }
}
