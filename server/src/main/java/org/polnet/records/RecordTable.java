package org.polnet.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.polnet.access.RecordAccess;

/**
 * A database's table of records, as the skeleton writes and reads it: each database's rows class implements it
 * with its own columns (the only SQL on its tables). Every method runs in the caller's transaction; a unique key
 * taken by another record surfaces as Spring's {@code DuplicateKeyException}.
 *
 * @param <R> the record
 * @param <D> what an officer writes
 */
public interface RecordTable<R extends PoliceRecord, D extends RecordDraft> {

	/**
	 * Inserts a reported record, open, and starts its history with the report by {@code reportedBy} (a history row,
	 * or columns of the record itself); returns its id.
	 */
	long insert(D draft, RecordAccess access, LocalDate reportedOn, LocalDate reviewAt, String reportedBy);

	/** Writes the draft's fields and access over an open record's. */
	void update(long id, D draft, RecordAccess access, LocalDate reviewAt);

	/** Closes an open record as recovered or withdrawn, with the owner's note or reason. */
	void close(long id, Change closing, String note);

	/** Sets an open record's review date (after its owner reviewed it and kept it). */
	void renew(long id, LocalDate reviewAt);

	Optional<R> find(long id);

	/** One more history line, after a change of the record (which now has the given status). */
	void addHistory(long id, String changedBy, Change change, String status, String note);

	/** The record's history, oldest first, its report included. */
	List<HistoryEntry> historyOf(long id);
}
