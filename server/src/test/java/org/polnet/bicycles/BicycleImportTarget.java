package org.polnet.bicycles;

import java.time.LocalDate;
import java.util.List;

import org.polnet.imports.CopyMerge;
import org.polnet.imports.RowFields;
import org.polnet.records.Change;
import org.polnet.records.RecordImportTarget;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Bulk loading of stolen bicycles (target {@code bicycles}), checked as a report is, merged on the frame number. */
@Component
@Profile("bicycles")
class BicycleImportTarget extends RecordImportTarget<BicycleDraft> {

	private static final CopyMerge.Into INTO = new CopyMerge.Into("bicycles_bicycle", List.of("frame_number", "make",
			"owner_office", "classification", "access_scope", "access_countries", "review_at", "status"),
			List.of("frame_number"), "closed_at IS NULL");

	private final BicycleRows rows;

	private final CopyMerge copy;

	BicycleImportTarget(Bicycles bicycles, BicycleRows rows, CopyMerge copy) {
		super(bicycles);
		this.rows = rows;
		this.copy = copy;
	}

	@Override
	public String name() {
		return "bicycles";
	}

	@Override
	protected List<ImportColumn> ownColumns() {
		return List.of(new ImportColumn("frame_number", true, "Frame number"), new ImportColumn("make", false, "Make"));
	}

	@Override
	protected BicycleDraft draft(RowFields row, AccessFields access) {
		return new BicycleDraft(row.text("frame_number"), row.text("make"), access.classification(), access.scope(),
				access.countries(), access.reviewAt());
	}

	@Override
	protected LocalDate reviewFrom(BicycleDraft draft) {
		return LocalDate.of(2026, 1, 1);
	}

	@Override
	public Object naturalKey(Row<BicycleDraft> row) {
		return row.draft().frameNumber();
	}

	@Override
	public WriteCounts write(List<Row<BicycleDraft>> batch) {
		CopyMerge.Merged merged = copy.mergeReturningIds(INTO, batch, row -> List.of(row.draft().frameNumber(),
				row.draft().make(), row.access().ownerOffice(), row.access().classification().name(),
				row.access().scope().name(), "{" + String.join(",", row.access().countries()) + "}", row.reviewAt(),
				"STOLEN"), "id");
		merged.insertedIds().forEach(id -> rows.addHistory(id, batch.getFirst().uploader(), Change.REPORTED, "STOLEN", ""));
		return merged.counts();
	}
}
