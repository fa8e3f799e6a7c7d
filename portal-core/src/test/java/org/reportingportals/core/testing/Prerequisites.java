package org.reportingportals.core.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the browser and sign-on tests need from the machine: Debian's Chromium and chromedriver, and the realm of
 * {@code ops/keycloak}. On a developer's machine a missing one skips the test, with the reason printed (Surefire
 * counts a class aborted before Arquillian starts as "Tests run: 0"). With {@code CI=true} it fails the test
 * instead, naming what is missing: {@code .ci/run} installs Chromium and starts Keycloak, so their absence there
 * is a broken build, and a skipped browser test would pass it unseen.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** True when the environment says this is a CI run ({@code CI=true}, as CI services and {@code .ci/run} set it). */
    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips or fails {@code test} unless {@link Chromium#BINARY} and {@link Chromium#DRIVER} can run. */
    public static void chromium(String test) {
        List<String> missing = new ArrayList<>();
        for (File file : List.of(Chromium.BINARY, Chromium.DRIVER)) {
            if (!file.canExecute()) {
                missing.add(file.getPath());
            }
        }
        require(missing.isEmpty(), test, "Chromium: " + String.join(" and ", missing)
                + " cannot be run (Debian: apt-get install chromium chromium-driver; no browser or driver is ever"
                + " downloaded)", onCi());
    }

    /** Skips or fails {@code test} unless the realm {@link Keycloak#REALM} answers. */
    public static void keycloak(String test) {
        require(Keycloak.isUp(), test, "Keycloak: the realm " + Keycloak.REALM + " does not answer (ops/keycloak/start.sh"
                + " starts it; the build does unless -Dkeycloak.skip)", onCi());
    }

    /**
     * The decision itself, apart from the environment so that a unit test can show both branches: nothing when
     * {@code present}; otherwise a failure on CI and a skip elsewhere, each naming {@code test} and {@code what}.
     */
    static void require(boolean present, String test, String what, boolean onCi) {
        if (present) {
            return;
        }
        if (onCi) {
            fail(test + " cannot run on CI (CI=true), missing " + what);
        }
        String reason = test + " skipped, missing " + what;
        System.out.println(reason);
        Assumptions.abort(reason);
    }
}
