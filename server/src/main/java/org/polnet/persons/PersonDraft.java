package org.polnet.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.RecordDraft;

/**
 * What an officer writes to record a person or amend the record.
 *
 * @param familyName         in Latin letters (as in the passport's MRZ, or the usual romanisation)
 * @param familyNameOriginal in the original script (any), or empty
 * @param aliases            other names and other spellings the person is known by
 * @param birthYear          the year of birth, or null when unknown; month and day may be unknown too
 * @param birthCountry       ISO 3166 alpha-3, or empty
 * @param nationalities      ISO 3166 alpha-3 codes
 * @param languages          ISO 639-1 codes of the languages spoken
 * @param documents          identity documents, each linked to SLTD when it is listed there
 */
public record PersonDraft(String familyName, String forenames, String familyNameOriginal, String forenamesOriginal,
		List<String> aliases, Sex sex, @Nullable Integer birthYear, @Nullable Integer birthMonth,
		@Nullable Integer birthDay, String birthPlace, String birthCountry, Set<String> nationalities,
		Set<String> languages, @Nullable Integer heightCm, @Nullable Integer weightKg, String eyeColour,
		String hairColour, String distinguishingMarks, List<IdentityDocument> documents, String nationalReference,
		String remarks, Clearance classification, AccessScope scope, Set<String> countries, @Nullable LocalDate reviewAt)
		implements RecordDraft {

	public PersonDraft {
		aliases = List.copyOf(aliases);
		documents = List.copyOf(documents);
		nationalities = Set.copyOf(nationalities);
		languages = Set.copyOf(languages);
		countries = Set.copyOf(countries);
	}
}
