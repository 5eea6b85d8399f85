package org.polnet.persons;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.imports.CopyMerge;
import org.polnet.imports.ImportTarget.ImportColumn;
import org.polnet.imports.ImportTarget.RowProblem;
import org.polnet.imports.RowFields;
import org.polnet.records.RecordImportTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Bulk loading of an NCB's persons (target {@code persons}): each row checked as an officer's report is, merged on
 * the office's own reference, so that a feed loaded again changes nothing and a corrected row amends its person.
 */
@Component
class PersonImportTarget extends RecordImportTarget<PersonDraft> {

	private static final List<ImportColumn> COLUMNS = List.of(
			new ImportColumn("national_reference", true, "Your office's reference of the person, up to 100 characters: a later feed with it amends the person"),
			new ImportColumn("recorded_on", true, "Date your office recorded the person (YYYY-MM-DD): the 5-year review counts from it"),
			new ImportColumn("family_name", true, "Family name in Latin letters"),
			new ImportColumn("forenames", false, "Forenames in Latin letters"),
			new ImportColumn("family_name_original", false, "Family name in the original script"),
			new ImportColumn("forenames_original", false, "Forenames in the original script"),
			new ImportColumn("aliases", false, "Aliases and other spellings, separated by |"),
			new ImportColumn("sex", false, RowFields.names(Sex.values()) + " (default UNKNOWN)"),
			new ImportColumn("birth_year", false, "Year of birth"),
			new ImportColumn("birth_month", false, "Month of birth (1-12), with the year"),
			new ImportColumn("birth_day", false, "Day of birth, with the month"),
			new ImportColumn("birth_place", false, "Place of birth, up to 200 characters"),
			new ImportColumn("birth_country", false, "ISO 3166 alpha-3 code of the country of birth"),
			new ImportColumn("nationalities", false, "ISO 3166 alpha-3 codes, separated by spaces, commas or semicolons"),
			new ImportColumn("languages", false, "ISO 639-1 codes, separated by spaces, commas or semicolons"),
			new ImportColumn("height_cm", false, "Height in centimetres"),
			new ImportColumn("weight_kg", false, "Weight in kilograms"),
			new ImportColumn("eye_colour", false, "Eye colour, up to 40 characters"),
			new ImportColumn("hair_colour", false, "Hair colour, up to 40 characters"),
			new ImportColumn("distinguishing_marks", false, "Distinguishing marks, up to 2,000 characters"),
			new ImportColumn("remarks", false, "Free remarks, up to 2,000 characters"));

	private final ApplicationEventPublisher events;

	PersonImportTarget(Persons persons, PersonRows rows, CopyMerge copy, ApplicationEventPublisher events) {
		super(persons, rows, copy);
		this.events = events;
	}

	/** The name index follows the batch once it commits. */
	@Override
	protected void written(List<Long> ids) {
		events.publishEvent(new PersonsImported(ids));
	}

	@Override
	public String name() {
		return "persons";
	}

	@Override
	protected List<ImportColumn> ownColumns() {
		return COLUMNS;
	}

	@Override
	protected @Nullable PersonDraft draft(RowFields row, AccessFields access) {
		String reference = row.text("national_reference");
		if (reference.isEmpty()) {
			row.problems().add(new RowProblem("national_reference", "Give your office's reference of the person."));
			return null;
		}
		Sex sex = row.choice("sex", Sex.class, Sex.UNKNOWN);
		if (sex == null) {
			return null;
		}
		return new PersonDraft(row.text("family_name"), row.text("forenames"), row.text("family_name_original"),
				row.text("forenames_original"), split(row.text("aliases")), sex, row.integer("birth_year"),
				row.integer("birth_month"), row.integer("birth_day"), row.text("birth_place"),
				row.text("birth_country").toUpperCase(Locale.ROOT), codes(row.text("nationalities"), true),
				codes(row.text("languages"), false), row.integer("height_cm"), row.integer("weight_kg"),
				row.text("eye_colour"), row.text("hair_colour"), row.text("distinguishing_marks"), List.of(), reference,
				row.text("remarks"), access.classification(), access.scope(), access.countries(), access.reviewAt());
	}

	@Override
	protected @Nullable LocalDate reviewFrom(RowFields row, PersonDraft draft) {
		LocalDate recordedOn = row.date("recorded_on");
		if (recordedOn == null && row.problems().stream().noneMatch(p -> "recorded_on".equals(p.field()))) {
			row.problems().add(new RowProblem("recorded_on", "Give the date your office recorded the person."));
		}
		return recordedOn;
	}

	private static List<String> split(String aliases) {
		return Arrays.stream(aliases.split("\\|")).map(String::strip).filter(alias -> !alias.isEmpty()).toList();
	}

	private static Set<String> codes(String typed, boolean country) {
		return Arrays.stream(typed.split("[\\s,;]+"))
			.filter(code -> !code.isEmpty())
			.map(code -> country ? code.toUpperCase(Locale.ROOT) : code.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}
}
