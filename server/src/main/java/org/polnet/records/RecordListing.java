package org.polnet.records;

import java.time.LocalDate;
import java.util.List;

import org.polnet.access.SqlFilter;

/**
 * A database's search of its table by its own criteria, newest first, for the shared list page
 * ({@link SearchableRecords}). A database with a search of its own kind (works of art: ranked full text) does
 * without it.
 *
 * @param <R> the record
 * @param <Q> a search of the database
 */
public interface RecordListing<R extends PoliceRecord, Q> {

	/**
	 * A page of the records matching the query and the access filter (on the table aliased {@code r}), newest first:
	 * up to {@code size + 1} records, the extra one telling that there is a next page.
	 */
	List<R> search(Q query, SqlFilter visible, int page, int size);

	/** A page of an office's open records due for review by this day (or past it), the earliest first. */
	List<R> dueForReview(String ownerOffice, LocalDate by, int page, int size);
}
