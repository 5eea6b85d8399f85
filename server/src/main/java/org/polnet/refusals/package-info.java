/**
 * Why Polnet refuses a request, in the domain's own words: not found, not allowed, invalid input, a conflict with
 * what is recorded, too large, unsupported content. Services throw these; the web layer maps each kind once to an
 * HTTP status, a problem detail for the API and the error page for pages. No HTTP type appears here. Owns no
 * tables and depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.polnet.refusals;
