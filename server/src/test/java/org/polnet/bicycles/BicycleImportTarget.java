package org.polnet.bicycles;

import java.time.LocalDate;
import java.util.List;

import org.polnet.imports.CopyMerge;
import org.polnet.imports.RowFields;
import org.polnet.records.RecordImportTarget;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Bulk loading of stolen bicycles (target {@code bicycles}), checked as a report is, merged on the frame number. */
@Component
@Profile("bicycles")
class BicycleImportTarget extends RecordImportTarget<BicycleDraft> {

	BicycleImportTarget(Bicycles bicycles, BicycleRows rows, CopyMerge copy) {
		super(bicycles, rows, copy);
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

	/** A feed states no date: the review period counts from the first day the database existed. */
	@Override
	protected LocalDate reviewFrom(RowFields row, BicycleDraft draft) {
		return LocalDate.of(2026, 1, 1);
	}
}
