/**
 * FIND, the real-time check of the police databases by border and police systems and by officers: one pipeline
 * (read, rate limit, key, index lookup, may see, audit, hits, answer) into which each database plugs only its key,
 * its index lookup and what it shows of a match ({@link org.polnet.find.FindDatabase}). Databases call
 * {@link org.polnet.find.FindChecks}; their APIs answer through {@code org.polnet.find.web.FindCalls}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "audit", "hits", "identity",
		"refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.find;
