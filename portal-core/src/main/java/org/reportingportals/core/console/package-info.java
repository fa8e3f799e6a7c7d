/**
 * The analysts' console at {@code /console}: server-rendered pages over the same use cases as the assessment
 * API, so a claim, a view or an assessment is the same act, audited the same way, whether it comes from a
 * browser or a script. One controller per screen family ({@code QueuePages}, {@code ReportPages},
 * {@code ReviewPages}, {@code ReviewRequestPages}, {@code TakedownPages}, {@code AuditPages}) over
 * {@code ConsoleScreens}; templates in {@code staff/templates/console/}.
 *
 * <p>May import: {@code platform}, {@code assessment}, {@code audit}, {@code reports} (values only).
 *
 * <p>Decisions:
 * <ul>
 *   <li>Sign-on is Jakarta Security's OpenID Connect mechanism against the Keycloak realm (see
 *       {@code platform.boundary.StaffSignOn}); the web.xml security constraint admits the analyst roles only.
 *       Senior screens (reviews, audit) check the role again in the controller.</li>
 *   <li>Everything works without JavaScript. One same-origin script adds copy buttons; nothing else.</li>
 *   <li>Reported text and URLs are attacker-controlled: rendered with Thymeleaf's escaping only
 *       ({@code th:text}), bidi-isolated with {@code <bdi>}, URLs never as links (no navigation, no
 *       prefetch, no {@code Referer}).</li>
 *   <li>The console speaks English, the central team's working language; its texts are in
 *       {@code staff/messages.properties}, not in the templates, so another language is a new file.</li>
 * </ul>
 */
package org.reportingportals.core.console;
