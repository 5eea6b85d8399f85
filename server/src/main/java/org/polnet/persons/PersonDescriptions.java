package org.polnet.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.engines.names.BirthDate;
import org.polnet.engines.names.PersonDescription;

/** A person record, or a search, as the names engine reads a person. */
final class PersonDescriptions {

	private PersonDescriptions() {
	}

	/** Every name the person is known by: the Latin name, the name in the original script, each alias. */
	static List<String> names(Person person) {
		List<String> names = new ArrayList<>();
		names.add((person.forenames() + " " + person.familyName()).strip());
		if (!person.originalName().isEmpty()) {
			names.add((person.forenamesOriginal() + " " + person.familyNameOriginal()).strip());
		}
		names.addAll(person.aliases());
		return names;
	}

	static PersonDescription of(Person person) {
		return new PersonDescription(names(person), birthDate(person.birthYear(), person.birthMonth(), person.birthDay()),
				sex(person.sex()), person.nationalities());
	}

	static PersonDescription of(PersonNameQuery query) {
		return new PersonDescription(List.of(query.name()),
				birthDate(query.birthYear(), query.birthMonth(), query.birthDay()), sex(query.sex()),
				query.nationality() == null || query.nationality().isBlank() ? java.util.Set.of()
						: java.util.Set.of(query.nationality().strip()));
	}

	private static Optional<BirthDate> birthDate(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day) {
		if (year == null) {
			return Optional.empty();
		}
		if (month == null) {
			return Optional.of(BirthDate.year(year));
		}
		return Optional.of(day == null ? BirthDate.of(java.time.YearMonth.of(year, month))
				: BirthDate.of(LocalDate.of(year, month, day)));
	}

	private static org.polnet.engines.names.Sex sex(@Nullable Sex sex) {
		return sex == null ? org.polnet.engines.names.Sex.UNKNOWN : switch (sex) {
			case FEMALE -> org.polnet.engines.names.Sex.FEMALE;
			case MALE -> org.polnet.engines.names.Sex.MALE;
			case UNKNOWN -> org.polnet.engines.names.Sex.UNKNOWN;
		};
	}
}
