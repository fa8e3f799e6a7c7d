package org.reportingportals.core.portal.entity;

/** One entry of the language switcher: the language named in itself, pointing at the same page. */
public record LanguageLink(String tag, String endonym, String href, boolean current, String dir) {
}
