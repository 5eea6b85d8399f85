/**
 * Who may see and who may change a police record: the one {@link org.polnet.access.AccessPolicy} every database
 * module asks, in Java for single records and FIND, and in SQL for lists and searches. Also the record-access
 * values every database table embeds ({@link org.polnet.access.RecordAccess}) and the review periods
 * ({@link org.polnet.access.ReviewPeriod}). Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "identity", "members", "refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.access;
