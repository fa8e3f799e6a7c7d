package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.stream.Collectors;

/** The classes a JAX-RS application serves: every bean that carries its stereotype. */
final class Resources {

    /**
     * Jersey's {@code jersey.config.server.wadl.disableWadl}, set on every application: the generated
     * {@code /application.wadl} names the Jersey build and lists every resource to anyone who asks.
     */
    static final String WADL_DISABLED = "jersey.config.server.wadl.disableWadl";

    private Resources() {
    }

    static Set<Class<?>> carrying(Class<? extends Annotation> stereotype) {
        BeanManager beans = CDI.current().getBeanManager();
        Set<Class<?>> classes = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .filter(bean -> bean.getStereotypes().contains(stereotype))
                .map(Bean::getBeanClass)
                .collect(Collectors.toUnmodifiableSet());
        if (classes.isEmpty()) {
            throw new IllegalStateException("no bean carries @" + stereotype.getSimpleName());
        }
        return classes;
    }
}
