/**
 * Member countries (ISO 3166), their votes in the General Assembly, and the organisation's offices: the
 * General Secretariat, every member's National Central Bureau, regional bureaus, liaison and representation
 * offices. Read-only reference data for other modules through {@link org.polnet.members.Members} and
 * {@link org.polnet.members.Offices}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "csv", "searchtext" })
@org.jspecify.annotations.NullMarked
package org.polnet.members;
