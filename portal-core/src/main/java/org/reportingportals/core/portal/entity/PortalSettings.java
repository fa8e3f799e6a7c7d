package org.reportingportals.core.portal.entity;

import org.reportingportals.core.platform.entity.SettingsGroup;

import java.net.URI;

/**
 * The citizens' pages ({@code portal.quick-exit-url}, {@code portal.i18n.pseudo-locale}): where "leave this site
 * now" goes, and whether the pseudo-locale is served.
 */
public record PortalSettings(URI quickExit, boolean pseudoLocale) implements SettingsGroup {
}
