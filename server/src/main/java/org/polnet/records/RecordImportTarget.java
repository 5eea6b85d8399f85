package org.polnet.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.imports.CopyMerge;
import org.polnet.imports.ImportTarget;
import org.polnet.imports.RowFields;

/**
 * A bulk load into a database on the records skeleton: the database reads its own fields of a row into a draft; the
 * access and review columns ({@link #ACCESS_COLUMNS}) are read here, and every rule is checked as for a report
 * ({@link Records#checkLoad}), all of a row's problems at once; batches are merged on the natural key of open
 * records by the database's {@link StandardRecordTable}.
 *
 * @param <D> the database's draft
 */
public abstract class RecordImportTarget<D extends RecordDraft> implements ImportTarget<RecordImportTarget.Row<D>> {

	/** The columns every database's feed may carry after its own. */
	public static final List<ImportColumn> ACCESS_COLUMNS = accessColumns(
			"Review date (YYYY-MM-DD), no later than the database's period allows");

	/** The access columns, with what the database says of its review date. */
	public static List<ImportColumn> accessColumns(String reviewAt) {
		return List.of(
				new ImportColumn("classification", false,
						RowFields.names(Clearance.values()) + " (default FOR_OFFICIAL_USE_ONLY)"),
				new ImportColumn("access_scope", false, RowFields.names(AccessScope.values()) + " (default ALL_MEMBERS)"),
				new ImportColumn("access_countries", false, "ISO alpha-3 codes separated by spaces, commas or semicolons"),
				new ImportColumn("review_at", false, reviewAt));
	}

	private static final Pattern COUNTRY_SEPARATORS = Pattern.compile("[\\s,;]+");

	/** A valid row: the draft, its access and review date as checked, and who loaded it. */
	public record Row<D>(D draft, RecordAccess access, LocalDate reviewAt, String uploader) {
	}

	/**
	 * A row's access columns as written: null where absent and not defaulted, or wrong (the problem is added).
	 *
	 * @param reviewAt the earlier review date asked for, or null
	 */
	public record AccessFields(@Nullable Clearance classification, @Nullable AccessScope scope, Set<String> countries,
			@Nullable LocalDate reviewAt) {

		public static AccessFields read(RowFields row) {
			return new AccessFields(row.choice("classification", Clearance.class, Clearance.FOR_OFFICIAL_USE_ONLY),
					row.choice("access_scope", AccessScope.class, AccessScope.ALL_MEMBERS),
					Arrays.stream(COUNTRY_SEPARATORS.split(row.text("access_countries")))
						.map(code -> code.toUpperCase(Locale.ROOT))
						.filter(code -> !code.isEmpty())
						.collect(Collectors.toSet()),
					row.date("review_at"));
		}

		public boolean complete() {
			return classification != null && scope != null;
		}
	}

	private final Records<?, D> records;

	private final StandardRecordTable<?, D, ?> table;

	private final CopyMerge copy;

	protected RecordImportTarget(Records<?, D> records, StandardRecordTable<?, D, ?> table, CopyMerge copy) {
		this.records = records;
		this.table = table;
		this.copy = copy;
	}

	/** The database's own columns, in the order the imports page lists them. */
	protected abstract List<ImportColumn> ownColumns();

	/**
	 * The draft of a row, from its own fields and the access fields (always {@link AccessFields#complete()}); null
	 * when a field it needs is unusable, after adding that field's problem.
	 */
	protected abstract @Nullable D draft(RowFields row, AccessFields access);

	/**
	 * The day the draft's review period counts from: not the upload's day, so that a second upload changes nothing.
	 * Null when the row does not say it usably, after adding that field's problem.
	 */
	protected abstract @Nullable LocalDate reviewFrom(RowFields row, D draft);

	/**
	 * After a batch is merged, in its transaction: the ids of the records it reported or changed (a database whose
	 * projections follow its records publishes them here); nothing by default.
	 */
	protected void written(List<Long> ids) {
	}

	@Override
	public List<ImportColumn> columns() {
		return Stream.concat(ownColumns().stream(), ACCESS_COLUMNS.stream()).toList();
	}

	@Override
	public Parsed<Row<D>> parse(Map<String, String> fields, CurrentOfficer uploader) {
		List<RowProblem> problems = new ArrayList<>();
		RowFields row = new RowFields(fields, problems);
		AccessFields access = AccessFields.read(row);
		D draft = access.complete() ? draft(row, access) : null;
		if (draft == null || !problems.isEmpty()) {
			return Parsed.rejected(problems);
		}
		LocalDate reviewFrom = reviewFrom(row, draft);
		Checked checked = reviewFrom == null ? null : check(records, uploader, draft, reviewFrom, problems);
		if (checked == null) {
			return Parsed.rejected(problems);
		}
		return Parsed.valid(new Row<>(draft, checked.access(), checked.reviewAt(), uploader.username()));
	}

	/** A row's draft as checked: the access and review date its record gets. */
	public record Checked(RecordAccess access, LocalDate reviewAt) {
	}

	/**
	 * Checks a row's draft as a report is checked ({@link Records#checkLoad}), adding its problems to those the row's
	 * fields already had.
	 *
	 * @param reviewFrom the day the review period counts from
	 * @return the access and review date of a valid row; null when the row has any problem
	 */
	public static <D extends RecordDraft> @Nullable Checked check(Records<?, D> records, CurrentOfficer uploader,
			D draft, LocalDate reviewFrom, List<RowProblem> problems) {
		Records.Loadable loadable = records.checkLoad(uploader, draft, reviewFrom);
		loadable.problems().forEach(problem -> problems.add(new RowProblem(problem.field(), problem.reason())));
		RecordAccess access = loadable.access();
		LocalDate reviewAt = loadable.reviewAt();
		return problems.isEmpty() && access != null && reviewAt != null ? new Checked(access, reviewAt) : null;
	}

	@Override
	public Object naturalKey(Row<D> row) {
		return table.naturalKey(row.draft());
	}

	@Override
	public WriteCounts write(List<Row<D>> batch) {
		CopyMerge.Merged merged = table.merge(copy, batch);
		List<Long> ids = new ArrayList<>(merged.insertedIds());
		ids.addAll(merged.changedIds());
		if (!ids.isEmpty()) {
			written(ids);
		}
		return merged.counts();
	}
}
