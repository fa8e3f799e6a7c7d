/**
 * Everything locale-related, on ICU4J only: message catalogs in ICU MessageFormat, their fallback chains,
 * and the negotiation of a locale from an explicit choice or {@code Accept-Language}.
 *
 * <p>Decisions: this module depends on nothing of ours and on no Jakarta API, so every other module (and
 * plain unit tests) can use it. Catalogs are UTF-8 {@code .properties} files named
 * {@code <base>_<locale>.properties}; a catalog is a stack of such bases ("layers"), merged root to leaf so
 * that the most specific layer and the most specific locale win.
 */
package org.reportingportals.i18n;
