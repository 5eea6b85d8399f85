package org.polnet.persons.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.engines.names.BirthDate;
import org.polnet.engines.names.NameMatcher;
import org.polnet.engines.names.PersonDescription;
import org.polnet.engines.names.PersonMatch;
import org.polnet.engines.names.Sex;
import org.polnet.refusals.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The names engine as a service: two person descriptions in, their score, the decision at the engine's threshold
 * and the explanation out. Reads no police data, so nothing is audited; signed-in officers and tokens with
 * {@code names:compare} may call it.
 */
@RestController
@RequestMapping("/api/v1/names")
@PreAuthorize("hasAuthority('SCOPE_names:compare') or !hasRole('SYSTEM_CLIENT')")
@Tag(name = "Names", description = "Compare person names across scripts, spellings and name orders")
class NamesCompareApi {

	/** At most this many names on one side. */
	static final int NAMES_MAX = 20;

	/**
	 * One side of a comparison.
	 *
	 * @param names         one or more names (aliases, spellings, scripts), in any order
	 * @param birthDate     {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
	 * @param sex           MALE, FEMALE or UNKNOWN
	 * @param nationalities ISO 3166 codes (compare alpha-3 with alpha-3)
	 */
	record Person(@Nullable List<String> names, @Nullable String birthDate, @Nullable Sex sex,
			@Nullable Set<String> nationalities) {
	}

	record Pair(@Nullable Person left, @Nullable Person right) {
	}

	/**
	 * @param threshold the score from which the engine calls it a match
	 */
	record Comparison(double score, boolean match, double threshold, List<String> explanation) {
	}

	private final NameMatcher matcher = new NameMatcher();

	@PostMapping("/compare")
	@Operation(summary = "Score two person descriptions with the names engine and explain the score",
			description = "400 with the field at fault for a missing or over-long name or a malformed date of birth.")
	public Comparison compare(@RequestBody Pair pair) {
		PersonMatch match = matcher.compare(description("left", pair.left()), description("right", pair.right()));
		return new Comparison(match.score(), match.match(), NameMatcher.MATCH_THRESHOLD, match.explanation());
	}

	private static PersonDescription description(String side, @Nullable Person person) {
		if (person == null || person.names() == null || person.names().isEmpty()
				|| person.names().stream().allMatch(name -> name == null || name.isBlank())) {
			throw invalid(side + ".names", "Give at least one name.");
		}
		if (person.names().size() > NAMES_MAX || person.names().stream().anyMatch(name -> name != null && name.length() > 1_000)) {
			throw invalid(side + ".names", "At most " + NAMES_MAX + " names of at most 1,000 characters.");
		}
		return new PersonDescription(person.names().stream().filter(name -> name != null && !name.isBlank()).toList(),
				birthDate(side, person.birthDate()), person.sex() == null ? Sex.UNKNOWN : person.sex(),
				person.nationalities() == null ? Set.of() : person.nationalities());
	}

	private static Optional<BirthDate> birthDate(String side, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			String date = text.strip();
			return Optional.of(switch (date.length()) {
				case 4 -> BirthDate.year(Integer.parseInt(date));
				case 7 -> BirthDate.of(YearMonth.parse(date));
				default -> BirthDate.of(LocalDate.parse(date));
			});
		}
		catch (RuntimeException malformed) {
			throw invalid(side + ".birthDate", "A date of birth is YYYY, YYYY-MM or YYYY-MM-DD.");
		}
	}

	private static InvalidInputException invalid(String field, String reason) {
		return new InvalidInputException(reason, List.of(new InvalidInputException.Problem(field, reason)));
	}
}
