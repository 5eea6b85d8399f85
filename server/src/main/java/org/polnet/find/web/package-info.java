/**
 * How every FIND API answers a call: reads the request, applies the caller's rate limit, checks through
 * {@link org.polnet.find.FindChecks} and writes the answers; the databases' APIs declare their paths and documents.
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package org.polnet.find.web;
