/**
 * Records: what every police database does the same way. A database module describes its own fields, rules,
 * keys and table; this module gives it the lifecycle ({@link org.polnet.records.Records}: report, amend, close
 * with a reason, view after stating a purpose, history, search filtered by the access policy in SQL, review dates,
 * the audit of every change and of every refused one, the record events, the import target and the MIND source bases) and the shared pages
 * ({@code records.web}). See docs/records.md for how to add a database. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "audit", "identity", "imports", "mind", "refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.records;
