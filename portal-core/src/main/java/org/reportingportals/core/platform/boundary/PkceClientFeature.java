package org.reportingportals.core.platform.boundary;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link PkceTokenRequests} with every JAX-RS client Jersey builds in this application (the sign-on
 * mechanism's token client among them), as a custom provider so it is asked before Jersey's own form writer.
 * Listed in {@code META-INF/services}; server runtimes are left alone.
 */
public class PkceClientFeature implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() == RuntimeType.CLIENT
                && !context.getConfiguration().isRegistered(PkceTokenRequests.class)) {
            context.register(PkceTokenRequests.class);
        }
    }
}
