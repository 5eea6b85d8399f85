package org.polnet.imports;

import java.util.List;

import org.polnet.identity.CurrentOfficer;

/**
 * A database that accepts bulk files: one Spring bean per database (SLTD, SMV...). The target only describes its
 * rows; streaming, validation order, batching, transactions, jobs and reports belong to the imports module.
 *
 * <p>
 * Idempotency: a row whose {@link #naturalKey key} already exists with identical content must change nothing and
 * be counted unchanged; with different content the target updates it (the feed is the owner's authoritative
 * source) and counts it changed. {@link CopyMerge} does exactly this.
 *
 * <p>
 * {@link #parse} and {@link #write} run on the import's background thread, without a security context: the
 * uploader is the {@code CurrentOfficer} given to {@code parse}, and what a row needs of it (owner office...)
 * belongs in the row.
 *
 * @param <T> one valid row, ready to write
 */
public interface ImportTarget<T> {

	/** The name in URLs and jobs, lower case: {@code sltd}, {@code smv}. */
	String name();

	/** The fields a row may carry: CSV header names and JSON Lines keys, in the order the page lists them. */
	List<ImportColumn> columns();

	/**
	 * Validates one row. Fields absent from the row are absent from the map; blank CSV cells are empty strings.
	 * Enforces the target's own rules, such as who may add which records.
	 */
	Parsed<T> parse(java.util.Map<String, String> fields, CurrentOfficer uploader);

	/** What makes two rows the same record; a file holding a key twice keeps the first and rejects the others in a batch. */
	Object naturalKey(T row);

	/**
	 * Every key two rows of one batch must not share: the natural key, and for a record that has more than one
	 * unique identifier (a vehicle: its VIN and its plate), the others too. A row sharing any of them with an earlier
	 * row of its batch is rejected, rather than failing the batch on a unique index; so is a row holding one of the
	 * others under another natural key in the batch still being written (not yet visible to {@link #parse}'s checks).
	 */
	default List<Object> batchKeys(T row) {
		return List.of(naturalKey(row));
	}

	/**
	 * Writes one batch of valid rows with distinct keys. Runs inside a transaction of its own that the imports module
	 * opens: either the whole batch commits, or none of it.
	 */
	WriteCounts write(List<T> batch);

	/** One field of a row. */
	record ImportColumn(String name, boolean required, String description) {
	}

	/** A row's parse result: the value, or the reasons it is rejected. */
	sealed interface Parsed<T> {

		static <T> Parsed<T> valid(T row) {
			return new Valid<>(row);
		}

		static <T> Parsed<T> rejected(List<RowProblem> problems) {
			if (problems.isEmpty()) {
				throw new IllegalArgumentException("A rejected row needs at least one problem");
			}
			return new Rejected<>(List.copyOf(problems));
		}

		static <T> Parsed<T> rejected(String field, String reason) {
			return rejected(List.of(new RowProblem(field, reason)));
		}

		record Valid<T>(T row) implements Parsed<T> {
		}

		record Rejected<T>(List<RowProblem> problems) implements Parsed<T> {
		}
	}

	/** Why a row is rejected; {@code field} is null when the whole row is wrong. */
	record RowProblem(@org.jspecify.annotations.Nullable String field, String reason) {
	}

	/** What writing a batch did. */
	record WriteCounts(long inserted, long changed, long unchanged) {

		public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

		public WriteCounts plus(WriteCounts other) {
			return new WriteCounts(inserted + other.inserted, changed + other.changed, unchanged + other.unchanged);
		}
	}
}
