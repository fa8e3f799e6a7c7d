package org.reportingportals.core.platform.boundary;

import jakarta.enterprise.inject.Stereotype;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a JAX-RS resource or provider into the JSON API at {@code /api/v1} ({@link PortalApplication}). The application collects every bean carrying it, so a
 * feature joins by annotating its own class and the ground names no feature. A stereotype is a bean-defining
 * annotation, so the class is discovered under {@code bean-discovery-mode="annotated"} without a scope of its own.
 */
@Stereotype
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ApiResource {
}
