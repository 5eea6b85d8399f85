package org.polnet.persons.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.documents.DocumentType;
import org.polnet.persons.IdentityDocument;
import org.polnet.persons.Person;
import org.polnet.persons.PersonDraft;
import org.polnet.persons.Sex;
import org.polnet.records.web.RecordForm;
import org.polnet.refusals.InvalidInputException;
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
		@Nullable String hairColour, @Nullable String distinguishingMarks, @Nullable String documents,
		@Nullable String nationalReference,
		@Nullable String remarks, @Nullable Clearance classification, @Nullable AccessScope scope,
		@Nullable String countries, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewAt)
		implements RecordForm<PersonDraft> {

	static PersonForm blank() {
		return new PersonForm("", "", "", "", "", Sex.UNKNOWN, null, null, null, "", "", "", "", null, null, "", "", "",
				"", "", "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, "", null);
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.familyName(), person.forenames(), person.familyNameOriginal(),
				person.forenamesOriginal(), String.join("\n", person.aliases()), person.sex(), person.birthYear(),
				person.birthMonth(), person.birthDay(), person.birthPlace(),
				person.birthCountry() == null ? "" : person.birthCountry(), String.join(", ", person.nationalities()),
				String.join(", ", person.languages()), person.heightCm(), person.weightKg(), person.eyeColour(),
				person.hairColour(), person.distinguishingMarks(),
				String.join("\n", person.documents().stream().map(IdentityDocument::line).toList()),
				person.nationalReference(), person.remarks(),
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
				RecordForm.text(distinguishingMarks), documentList(), RecordForm.text(nationalReference),
				RecordForm.text(remarks),
				classificationOrDefault(), scopeOrDefault(), countrySet(), reviewAt);
	}

	/** One document per line: its type, issuing state and number ({@code PASSPORT FRA 12AB34567}). */
	private List<IdentityDocument> documentList() {
		List<IdentityDocument> list = new java.util.ArrayList<>();
		for (String line : RecordForm.text(documents).split("\\R")) {
			String[] parts = line.strip().split("\\s+", 3);
			if (line.isBlank()) {
				continue;
			}
			DocumentType type = parts.length == 3 ? type(parts[0]) : null;
			if (type == null) {
				String reason = "Identity document \"" + line.strip() + "\": write its type ("
						+ Arrays.stream(DocumentType.values()).map(Enum::name).collect(Collectors.joining(", "))
						+ "), issuing state and number, one document per line.";
				throw new InvalidInputException(reason, List.of(new InvalidInputException.Problem("documents", reason)));
			}
			list.add(new IdentityDocument(type, parts[1].toUpperCase(Locale.ROOT), parts[2].strip()));
		}
		return list;
	}

	private static @Nullable DocumentType type(String typed) {
		try {
			return DocumentType.valueOf(typed.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
