package org.polnet.persons;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.polnet.documents.IssuingAuthority;
import org.polnet.members.Members;
import org.polnet.refusals.InvalidInputException.Problem;
import org.springframework.stereotype.Component;

/** The rules of a person record's own fields, each broken rule a problem on its field. */
@Component
class PersonRules {

	static final int NAME_MAX = 200;

	static final int ALIASES_MAX = 20;

	static final int DOCUMENTS_MAX = 10;

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 \\-]{0,59}");

	private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}\\p{M} '’.\\-]*");

	private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s\\-]+");

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	/** Scripts written together within one word: Japanese mixes kanji and kana, Korean may mix hanja and hangul. */
	private static final Set<Character.UnicodeScript> EAST_ASIAN = EnumSet.of(Character.UnicodeScript.HAN,
			Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

	private final Members members;

	PersonRules(Members members) {
		this.members = members;
	}

	List<Problem> problems(PersonDraft draft) {
		List<Problem> problems = new ArrayList<>();
		if (draft.familyName().isBlank()) {
			problems.add(new Problem("family_name", "Give the family name in Latin letters."));
		}
		else {
			name("family_name", draft.familyName(), true, problems);
		}
		name("forenames", draft.forenames(), true, problems);
		name("family_name_original", draft.familyNameOriginal(), false, problems);
		name("forenames_original", draft.forenamesOriginal(), false, problems);
		if (draft.aliases().size() > ALIASES_MAX) {
			problems.add(new Problem("aliases", "At most " + ALIASES_MAX + " aliases."));
		}
		draft.aliases().forEach(alias -> name("aliases", alias, false, problems));
		birth(draft, problems);
		if (!draft.birthCountry().isEmpty() && !isMember(draft.birthCountry())) {
			problems.add(new Problem("birth_country", "Unknown country code: give the ISO 3166 alpha-3 code (FRA, KEN, JPN…)."));
		}
		draft.nationalities().stream().filter(code -> !isMember(code)).findFirst().ifPresent(code -> problems.add(
				new Problem("nationalities", "Unknown nationality code " + code + ": give ISO 3166 alpha-3 codes.")));
		draft.languages().stream().filter(code -> !LANGUAGES.contains(code)).findFirst().ifPresent(code -> problems
			.add(new Problem("languages", "Unknown language code " + code + ": give ISO 639-1 codes (en, fr, ar…).")));
		if (draft.documents().size() > DOCUMENTS_MAX) {
			problems.add(new Problem("documents", "At most " + DOCUMENTS_MAX + " identity documents."));
		}
		draft.documents().stream().filter(document -> !IssuingAuthority.isKnown(document.issuingCountry())
				|| !DOCUMENT_NUMBER.matcher(document.number()).matches()).findFirst().ifPresent(document -> problems
					.add(new Problem("documents", "Identity document \"" + document.line() + "\": give the type, the "
							+ "ICAO code of the issuing state (FRA, D, GBD, UNO...) and the number (letters and digits).")));
		range(problems, "height_cm", draft.heightCm(), 30, 260, "The height is between 30 and 260 cm.");
		range(problems, "weight_kg", draft.weightKg(), 1, 400, "The weight is between 1 and 400 kg.");
		limit(problems, "birth_place", draft.birthPlace(), 200);
		limit(problems, "eye_colour", draft.eyeColour(), 40);
		limit(problems, "hair_colour", draft.hairColour(), 40);
		limit(problems, "distinguishing_marks", draft.distinguishingMarks(), 2_000);
		limit(problems, "national_reference", draft.nationalReference(), 100);
		limit(problems, "remarks", draft.remarks(), 2_000);
		return problems;
	}

	/**
	 * A name: letters, spaces, hyphens, apostrophes and full stops; each word in one script (a Latin letter among
	 * Cyrillic ones is usually a look-alike typed by mistake, and defeats search).
	 */
	private static void name(String field, String name, boolean latinOnly, List<Problem> problems) {
		if (name.length() > NAME_MAX) {
			problems.add(new Problem(field, "A name has at most " + NAME_MAX + " characters."));
			return;
		}
		if (!NAME_CHARACTERS.matcher(name).matches()) {
			problems.add(new Problem(field, "A name has letters, spaces, hyphens, apostrophes and full stops only."));
			return;
		}
		if (!name.isBlank() && name.codePoints().noneMatch(Character::isLetter)) {
			problems.add(new Problem(field, "A name has at least one letter."));
			return;
		}
		if (latinOnly && name.codePoints()
			.filter(Character::isLetter)
			.anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) {
			problems.add(new Problem(field, "Write this name in Latin letters; the original script has its own field."));
			return;
		}
		for (String word : TOKEN_SEPARATORS.split(name.strip())) {
			if (scripts(word) > 1) {
				problems.add(new Problem(field, "The word \"" + word + "\" mixes letters of several scripts."));
				return;
			}
		}
	}

	/** How many scripts the word's letters are in, the East Asian ones written together counting as one. */
	private static long scripts(String word) {
		return word.codePoints()
			.filter(Character::isLetter)
			.mapToObj(Character.UnicodeScript::of)
			.map(script -> EAST_ASIAN.contains(script) ? Character.UnicodeScript.HAN : script)
			.distinct()
			.count();
	}

	private static void birth(PersonDraft draft, List<Problem> problems) {
		Integer year = draft.birthYear();
		Integer month = draft.birthMonth();
		Integer day = draft.birthDay();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		if (year == null) {
			if (month != null || day != null) {
				problems.add(new Problem("birth_year", "Give the year of birth with its month or day."));
			}
			return;
		}
		if (year < 1900 || year > today.getYear()) {
			problems.add(new Problem("birth_year", "The year of birth is between 1900 and " + today.getYear() + "."));
			return;
		}
		if (month == null) {
			if (day != null) {
				problems.add(new Problem("birth_month", "Give the month of birth with its day."));
			}
			return;
		}
		if (month < 1 || month > 12) {
			problems.add(new Problem("birth_month", "The month of birth is between 1 and 12."));
			return;
		}
		LocalDate earliest;
		try {
			earliest = LocalDate.of(year, month, day == null ? 1 : day);
		}
		catch (DateTimeException notADay) {
			problems.add(new Problem("birth_day", "There is no such day in that month."));
			return;
		}
		if (earliest.isAfter(today)) {
			problems.add(new Problem("birth_year", "The date of birth is in the future."));
		}
	}

	private boolean isMember(String code) {
		return code.length() == 3 && members.byIso3(code.toUpperCase(Locale.ROOT)).isPresent();
	}

	private static void range(List<Problem> problems, String field, @Nullable Integer value, int min, int max,
			String reason) {
		if (value != null && (value < min || value > max)) {
			problems.add(new Problem(field, reason));
		}
	}

	private static void limit(List<Problem> problems, String field, String value, int max) {
		if (value.length() > max) {
			problems.add(new Problem(field, "At most " + max + " characters."));
		}
		else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(new Problem(field, "Contains a control character."));
		}
	}

	/**
	 * A name search as the names engine reads it.
	 *
	 * @throws InvalidInputException naming each field at fault
	 */
	org.polnet.engines.names.PersonDescription description(PersonNameQuery query) {
		List<Problem> problems = new ArrayList<>();
		if (query.name().isBlank() || query.name().codePoints().noneMatch(Character::isLetterOrDigit)) {
			problems.add(new Problem("name", "Type a name: letters, in any script."));
		}
		else if (query.name().length() > NAME_MAX) {
			problems.add(new Problem("name", "A name has at most " + NAME_MAX + " characters."));
		}
		PersonDraft asDraft = new PersonDraft("X", "", "", "", List.of(), Sex.UNKNOWN, query.birthYear(),
				query.birthMonth(), query.birthDay(), "", "", query.nationality() == null || query.nationality().isBlank()
						? Set.of() : Set.of(query.nationality().strip().toUpperCase(Locale.ROOT)),
				Set.of(), null, null, "", "", "", List.of(), "", "", org.polnet.identity.Clearance.FOR_OFFICIAL_USE_ONLY,
				org.polnet.access.AccessScope.ALL_MEMBERS, Set.of(), null);
		// the same rules as a record's date of birth and nationalities
		problems(asDraft).stream()
			.filter(problem -> problem.field() != null && (problem.field().startsWith("birth_") || problem.field().equals("nationalities")))
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw org.polnet.refusals.InvalidInputException.of(problems);
		}
		return PersonDescriptions.of(query);
	}
}
