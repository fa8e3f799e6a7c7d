package org.reportingportals.core.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.reportingportals.core.assessment.entity.QueueSettings;
import org.reportingportals.core.platform.control.Settings;

import java.time.Duration;

/** The assessment component's settings, read once. */
@ApplicationScoped
public class AssessmentBeans {

    @Inject
    Settings settings;

    @Produces
    @Singleton
    public QueueSettings queueSettings() {
        return new QueueSettings(settings.duration("portal.queue.lease", Duration.ofMinutes(15), Duration.ofSeconds(1)),
                settings.duration("portal.queue.max-lease", Duration.ofHours(2), Duration.ofSeconds(1)));
    }
}
