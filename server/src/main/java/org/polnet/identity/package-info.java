/**
 * Who is acting: officers (password and a second factor), their office, roles and clearance; system clients
 * with scoped API tokens; sessions. Other modules ask {@link org.polnet.identity.CurrentOfficers}.
 */
@org.jspecify.annotations.NullMarked
package org.polnet.identity;
