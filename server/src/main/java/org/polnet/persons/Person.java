package org.polnet.persons;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.PoliceRecord;

/** A person as an NCB recorded them (see {@link PersonDraft} for the fields). */
public record Person(long id, String familyName, String forenames, String familyNameOriginal,
		String forenamesOriginal, List<String> aliases, Sex sex, @Nullable Integer birthYear,
		@Nullable Integer birthMonth, @Nullable Integer birthDay, String birthPlace, @Nullable String birthCountry,
		Set<String> nationalities, Set<String> languages, @Nullable Integer heightCm, @Nullable Integer weightKg,
		String eyeColour, String hairColour, String distinguishingMarks, List<IdentityDocument> documents,
		String nationalReference, String remarks, RecordAccess access, Instant createdAt, LocalDate reviewAt, String statusName,
		@Nullable String withdrawnReason) implements PoliceRecord {

	public static final String DATABASE = "PER";

	/** The status of a record in use; a withdrawn one's is {@code WITHDRAWN}. */
	public static final String ACTIVE = "ACTIVE";

	@Override
	public String reference() {
		return Persons.KIND.reference(id);
	}

	/** Family name in capitals, then forenames: {@code NAME Forenames}, as notices print it. */
	public String fullName() {
		return (familyName.toUpperCase(java.util.Locale.ROOT) + " " + forenames).strip();
	}

	/** The name in the original script, when recorded: family name then forenames. */
	public String originalName() {
		return (familyNameOriginal + " " + forenamesOriginal).strip();
	}

	/** The date of birth as far as it is known: {@code 1985-03-12}, {@code 1985-03}, {@code 1985}, or empty. */
	public String dateOfBirth() {
		if (birthYear == null) {
			return "";
		}
		StringBuilder date = new StringBuilder(String.format("%04d", birthYear));
		if (birthMonth != null) {
			date.append(String.format("-%02d", birthMonth));
			if (birthDay != null) {
				date.append(String.format("-%02d", birthDay));
			}
		}
		return date.toString();
	}

	@Override
	public String summary() {
		String born = dateOfBirth();
		return "Person " + fullName() + (born.isEmpty() ? "" : ", born " + born);
	}

	@Override
	public boolean active() {
		return ACTIVE.equals(statusName);
	}

	static Person fromRow(ResultSet rs, int row) throws SQLException {
		return new Person(rs.getLong("id"), rs.getString("family_name"), rs.getString("forenames"),
				rs.getString("family_name_original"), rs.getString("forenames_original"),
				List.of(strings(rs.getArray("aliases"))), Sex.valueOf(rs.getString("sex")),
				rs.getObject("birth_year", Integer.class), rs.getObject("birth_month", Integer.class),
				rs.getObject("birth_day", Integer.class), rs.getString("birth_place"), rs.getString("birth_country"),
				new TreeSet<>(Arrays.asList(strings(rs.getArray("nationalities")))),
				new TreeSet<>(Arrays.asList(strings(rs.getArray("languages")))), rs.getObject("height_cm", Integer.class),
				rs.getObject("weight_kg", Integer.class), rs.getString("eye_colour"), rs.getString("hair_colour"),
				rs.getString("distinguishing_marks"), List.of(), Objects.requireNonNullElse(rs.getString("national_reference"), ""), rs.getString("remarks"),
				RecordAccess.fromRow(rs), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("review_at", LocalDate.class), rs.getString("status"), rs.getString("withdrawn_reason"));
	}

	/** The same person with their identity documents (read from their own table). */
	Person withDocuments(List<IdentityDocument> held) {
		return new Person(id, familyName, forenames, familyNameOriginal, forenamesOriginal, aliases, sex, birthYear,
				birthMonth, birthDay, birthPlace, birthCountry, nationalities, languages, heightCm, weightKg, eyeColour,
				hairColour, distinguishingMarks, List.copyOf(held), nationalReference, remarks, access, createdAt,
				reviewAt, statusName, withdrawnReason);
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}
}
