package org.polnet.persons.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.persons.Person;
import org.polnet.persons.PersonDraft;
import org.polnet.persons.Sex;
import org.polnet.records.web.RecordForm;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person form (and the API's body), as typed: aliases one per line, nationalities and languages as codes
 * separated by commas or spaces. Checked by the service, shown again with its values on an error.
 */
record PersonForm(@Nullable String familyName, @Nullable String forenames, @Nullable String familyNameOriginal,
		@Nullable String forenamesOriginal, @Nullable String aliases, @Nullable Sex sex, @Nullable Integer birthYear,
		@Nullable Integer birthMonth, @Nullable Integer birthDay, @Nullable String birthPlace,
		@Nullable String birthCountry, @Nullable String nationalities, @Nullable String languages,
		@Nullable Integer heightCm, @Nullable Integer weightKg, @Nullable String eyeColour,
		@Nullable String hairColour, @Nullable String distinguishingMarks, @Nullable String nationalReference,
		@Nullable String remarks, @Nullable Clearance classification, @Nullable AccessScope scope,
		@Nullable String countries, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewAt)
		implements RecordForm<PersonDraft> {

	static PersonForm blank() {
		return new PersonForm("", "", "", "", "", Sex.UNKNOWN, null, null, null, "", "", "", "", null, null, "", "", "",
				"", "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, "", null);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.familyName(), person.forenames(), person.familyNameOriginal(),
				person.forenamesOriginal(), String.join("\n", person.aliases()), person.sex(), person.birthYear(),
				person.birthMonth(), person.birthDay(), person.birthPlace(),
				person.birthCountry() == null ? "" : person.birthCountry(), String.join(", ", person.nationalities()),
				String.join(", ", person.languages()), person.heightCm(), person.weightKg(), person.eyeColour(),
				person.hairColour(), person.distinguishingMarks(), person.nationalReference(), person.remarks(),
				person.access().classification(), person.access().scope(),
				RecordForm.countriesText(person.access().countries()), person.reviewAt());
	}

	@Override
	public PersonDraft draft() {
		List<String> aliasList = Arrays.stream(RecordForm.text(aliases).split("\\R"))
			.map(String::strip)
			.filter(alias -> !alias.isEmpty())
			.toList();
		return new PersonDraft(RecordForm.text(familyName), RecordForm.text(forenames),
				RecordForm.text(familyNameOriginal), RecordForm.text(forenamesOriginal), aliasList,
				sex == null ? Sex.UNKNOWN : sex, birthYear, birthMonth, birthDay, RecordForm.text(birthPlace),
				RecordForm.text(birthCountry).toUpperCase(Locale.ROOT),
				RecordForm.codes(nationalities).stream().map(code -> code.toUpperCase(Locale.ROOT))
					.collect(Collectors.toSet()),
				RecordForm.codes(languages).stream().map(code -> code.toLowerCase(Locale.ROOT))
					.collect(Collectors.toSet()),
				heightCm, weightKg, RecordForm.text(eyeColour), RecordForm.text(hairColour),
				RecordForm.text(distinguishingMarks), RecordForm.text(nationalReference), RecordForm.text(remarks),
				classificationOrDefault(), scopeOrDefault(), countrySet(), reviewAt);
	}
}
