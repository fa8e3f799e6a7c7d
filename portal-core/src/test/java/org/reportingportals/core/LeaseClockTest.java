package org.reportingportals.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.reportingportals.core.assessment.boundary.Assessing;
import org.reportingportals.core.assessment.boundary.Claims;
import org.reportingportals.core.feedback.boundary.OutboxDelivery;
import org.reportingportals.core.platform.boundary.JobTicks;

import java.time.Clock;
import java.time.Instant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every lease, expiry and "due" decision that several instances compare is made by the database's clock: the
 * classes that make them (analyst claims and their lease checks, outbox claims and retries, job ticks) never read
 * the JVM's clock. Checked on the compiled classes; the rule is shown to catch a class that does.
 */
class LeaseClockTest {

    private static final Class<?>[] LEASE_MAKERS = {Claims.class, Assessing.class, OutboxDelivery.class, JobTicks.class};

    static ArchRule readNoJvmClock() {
        return noClasses().should().dependOnClassesThat().belongToAnyOf(Clock.class, System.class)
                .orShould().callMethod(Instant.class, "now")
                .because("lease and due times come from platform.control.DatabaseClock, which every instance shares");
    }

    @Test
    void leasesAndDueTimesComeFromTheDatabaseClock() {
        JavaClasses makers = new ClassFileImporter().importClasses(LEASE_MAKERS);
        readNoJvmClock().check(makers);
    }

    /** A lease made the old way, which the rule must catch. */
    static final class JvmClockLease {
        Instant until(Clock clock) {
            return clock.instant().plusSeconds(60);
        }
    }

    /** Another, with {@code Instant.now()}. */
    static final class InstantNowLease {
        Instant until() {
            return Instant.now().plusSeconds(60);
        }
    }

    @Test
    void theRuleCatchesALeaseTakenFromTheJvmClock() {
        assertThrows(AssertionError.class, () -> readNoJvmClock().check(new ClassFileImporter().importClasses(JvmClockLease.class)));
        assertThrows(AssertionError.class, () -> readNoJvmClock().check(new ClassFileImporter().importClasses(InstantNowLease.class)));
    }
}
