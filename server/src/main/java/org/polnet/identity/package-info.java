/**
 * Who is acting: officers (password and a second factor), their office, roles and clearance; system clients
 * with scoped API tokens; sessions. Other modules ask {@link org.polnet.identity.CurrentOfficers}. This package is
 * the module's surface ({@code CurrentOfficer}, {@code Role}, {@code Clearance}, {@code ApiScope}); every
 * subpackage is internal.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "members", "audit", "refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.identity;
