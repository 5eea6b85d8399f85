/**
 * The tamper-evident audit trail: every consultation of police data and every change, append-only and
 * hash-chained, with signed checkpoints and a verifier. Other modules call {@link org.polnet.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "csv" })
@org.jspecify.annotations.NullMarked
package org.polnet.audit;
