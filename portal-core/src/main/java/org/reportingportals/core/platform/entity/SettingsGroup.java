package org.reportingportals.core.platform.entity;

/**
 * One group of settings, read once at start from configuration into typed values. Every component produces
 * its own groups; {@code platform.control.SettingsCheck} asks for all of them when the application starts, so a
 * bad value refuses the start, naming the key, instead of failing the first request that needs it.
 */
public interface SettingsGroup {
}
