/**
 * The one layout and design system of every page, languages (English, French, Spanish, Arabic, the last
 * right-to-left), the dashboard, and API error answers as RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "identity", "members", "refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.web;
