/**
 * The one source of truth: an embedded PostgreSQL by default, an external one when configured,
 * and the start-up check that it is durable.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.polnet.database;
