package org.polnet.records;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.CurrentOfficer;

/**
 * {@link Records} searched by the database's own criteria on the shared list page, filtered by the access policy
 * in SQL: SLTD by document number and country, SMV by VIN, plate, make...
 *
 * @param <Q> a search of the database
 */
public abstract class SearchableRecords<R extends PoliceRecord, D extends RecordDraft, Q> extends Records<R, D> {

	/** The most records one page of a search holds. */
	public static final int PAGE_SIZE_MAX = 100;

	private final RecordListing<R, Q> listing;

	protected <T extends RecordTable<R, D> & RecordListing<R, Q>> SearchableRecords(RecordKind kind, T table,
			RecordSupport support) {
		super(kind, table, support);
		this.listing = table;
	}

	/** How the audit trail names a search: the query's criteria, by default as the query record writes them. */
	protected String describe(Q query) {
		return String.valueOf(query);
	}

	/** A page of the records the officer may see, newest first; one audit entry per search. */
	public RecordPage<R> search(CurrentOfficer officer, Q query, int page, int size, @Nullable String clientAddress) {
		int pageSize = Math.clamp(size, 1, PAGE_SIZE_MAX);
		int pageNumber = Math.max(page, 0);
		List<R> found = listing.search(query, support.access.sqlFilter(officer, "r"), pageNumber, pageSize);
		audit(officer, kind().action("search"), describe(query), "list", Outcome.SUCCESS, clientAddress);
		boolean hasNext = found.size() > pageSize;
		return new RecordPage<>(hasNext ? found.subList(0, pageSize) : found, pageNumber, pageSize, hasNext);
	}

	/** How long before its review date the owner is reminded of a record. */
	public static final java.time.Period REMINDER = java.time.Period.ofMonths(6);

	/**
	 * A page of the officer's office's open records whose review date is within {@link #REMINDER} or past (an
	 * expired record has left every search and is flagged for deletion), the earliest first. Audited as a search.
	 */
	public RecordPage<R> dueForReview(CurrentOfficer officer, int page, int size, @Nullable String clientAddress) {
		int pageSize = Math.clamp(size, 1, PAGE_SIZE_MAX);
		int pageNumber = Math.max(page, 0);
		List<R> found = listing.dueForReview(officer.officeCode(), support.today().plus(REMINDER), pageNumber, pageSize);
		audit(officer, kind().action("search"), "due for review", "review", Outcome.SUCCESS, clientAddress);
		boolean hasNext = found.size() > pageSize;
		return new RecordPage<>(hasNext ? found.subList(0, pageSize) : found, pageNumber, pageSize, hasNext);
	}
}
