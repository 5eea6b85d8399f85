package org.polnet.hits;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A check or search matched a record: published by the database modules (documents, vehicles, artworks, later
 * persons and biometrics) in the transaction of the check. The hits module turns it into a {@link Hit} unless the
 * checking office owns the record (nobody needs telling that they found their own record).
 *
 * @param database          the database the record lives in: {@code SLTD}, {@code SMV}, {@code WOA}, ...
 * @param recordReference   the record's reference in that database
 * @param recordOwnerOffice the office that owns the record (e.g. {@code NCB-FRA})
 * @param recordSummary     what both sides may see of the record, e.g. "Passport FRA 12AB34567, stolen"
 * @param recordLink        the page path of the record, or empty when it has no page yet
 * @param checkingOffice    the office whose check matched
 * @param checkedBy         the officer's username, or the system client's token name
 * @param checkedBySystem   whether a system (border system, national database) checked rather than an officer
 * @param place             where the check happened (a border post, an airport), when known
 * @param purpose           why the check was made, as the checker stated it
 * @param checkedAt         when the check was made
 * @param checkReference    the check's own reference: the same check matching the same record raises one hit only
 */
public record RecordMatched(String database, String recordReference, String recordOwnerOffice, String recordSummary,
		String recordLink, String checkingOffice, String checkedBy, boolean checkedBySystem, @Nullable String place,
		String purpose, Instant checkedAt, String checkReference) {

	/** Whether the checking office found its own record: no hit then. */
	public boolean ownRecord() {
		return checkingOffice.equals(recordOwnerOffice);
	}
}
