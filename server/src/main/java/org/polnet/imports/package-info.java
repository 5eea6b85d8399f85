/**
 * Bulk imports: national feeds upload CSV or JSON Lines files into a database. Each database describes its rows
 * once as an {@link org.polnet.imports.ImportTarget} bean; this module streams the file, validates row by row,
 * writes valid rows in batches (each its own transaction, usually through {@link org.polnet.imports.CopyMerge}),
 * reports rejected rows, and makes a second upload of the same file change nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "csv", "identity", "refusals", "web" })
@org.jspecify.annotations.NullMarked
package org.polnet.imports;
