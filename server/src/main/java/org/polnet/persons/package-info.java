/**
 * Persons: the nominal data NCBs record (names in Latin letters and in the original script, aliases, a full or
 * partial date of birth, nationalities, description), on the records skeleton: owner office, access restrictions,
 * a review after 5 years, every consultation audited with its purpose. Notices link to person records. See
 * docs/persons.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "audit", "database", "documents", "identity", "imports", "members", "records",
		"records::web", "refusals", "searchtext" })
@org.jspecify.annotations.NullMarked
package org.polnet.persons;
