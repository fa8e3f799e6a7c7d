package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import org.eclipse.krazo.forms.FormMethodOverwriteFilter;

/**
 * Takes a per-request cost of the frameworks off every request. Eclipse Krazo registers its request-scoped
 * {@link FormMethodOverwriteFilter} on every JAX-RS application of the WAR, the API too, and the filter runs a
 * {@link java.util.ServiceLoader} lookup (a scan of the application's jars, under a lock) in its constructor:
 * a profile of claim-next under 50 clients showed requests queueing there (ops/bench, issue 10). The filter holds
 * no request state (a provider found once and the injected configuration), so it becomes application scoped:
 * built once. The same profile is why the platform's own JSON goes through {@link JsonBodies#JSON}, and why
 * verified bearer tokens are remembered ({@link StaffAuthentication}).
 */
public class FrameworkCosts implements Extension {

    void formFilterBuiltOnce(@Observes ProcessAnnotatedType<FormMethodOverwriteFilter> type) {
        type.configureAnnotatedType()
                .remove(annotation -> annotation.annotationType() == RequestScoped.class)
                .add(ApplicationScoped.Literal.INSTANCE);
    }
}
