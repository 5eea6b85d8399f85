package org.polnet.persons;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.access.Purposes;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.engines.names.NameMatcher;
import org.polnet.engines.names.PersonDescription;
import org.polnet.engines.names.PersonMatch;
import org.polnet.identity.CurrentOfficer;
import org.polnet.refusals.InvalidInputException;

import org.polnet.access.ReviewPeriod;
import org.polnet.records.Change;
import org.polnet.records.RecordKind;
import org.polnet.records.RecordSupport;
import org.polnet.records.SearchableRecords;
import org.polnet.refusals.InvalidInputException.Problem;
import org.springframework.stereotype.Service;

/**
 * The persons NCBs record. Any NCB records a person for its own office; who sees the record is the owner's choice
 * (access scope and countries) within each reader's clearance. Nominal data: reviewed after 5 years at the latest.
 */
@Service
public class Persons extends SearchableRecords<Person, PersonDraft, PersonQuery> {

	public static final RecordKind KIND = new RecordKind(Person.DATABASE, "persons", ReviewPeriod.NOMINAL);

	/** How many candidates the name index gives the engine to rank. */
	static final int CANDIDATES = 200;

	/** The lowest score a name search shows: below the engine's match threshold, for people to judge. */
	static final double SHOWN_FROM = 0.5;

	private final PersonRules rules;

	private final PersonRows rows;

	private final PersonNameIndex index;

	private final AccessPolicy access;

	private final NameMatcher matcher = new NameMatcher();

	Persons(PersonRows rows, RecordSupport support, PersonRules rules, PersonNameIndex index, AccessPolicy access) {
		super(KIND, rows, support);
		this.rules = rules;
		this.rows = rows;
		this.index = index;
		this.access = access;
	}

	/**
	 * The persons the officer may see whose names match this one best, across scripts, spellings and name orders:
	 * candidates from the name index, ranked by the names engine, shown from {@link #SHOWN_FROM} with their score
	 * and explanation, best first. Access rules apply before anything is ranked; the search is audited with its
	 * purpose.
	 *
	 * @throws InvalidInputException for a blank or over-long name, an impossible date of birth or a malformed code
	 */
	public List<PersonCandidate> searchByName(CurrentOfficer officer, PersonNameQuery query, String purpose, int limit,
			@Nullable String clientAddress) {
		Purposes.require(purpose);
		PersonDescription wanted = rules.description(query);
		List<Long> candidates = index.candidates(query.name(), CANDIDATES);
		List<PersonCandidate> ranked = candidates.isEmpty() ? List.of()
				: rows.searchable(candidates, access.sqlFilter(officer, "r"))
					.stream()
					.map(person -> {
						PersonMatch match = matcher.compare(wanted, PersonDescriptions.of(person));
						return new PersonCandidate(person, match.score(), match.match(), match.explanation());
					})
					.filter(candidate -> candidate.score() >= SHOWN_FROM)
					.sorted(Comparator.comparingDouble(PersonCandidate::score).reversed())
					.limit(Math.clamp(limit, 1, PAGE_SIZE_MAX))
					.toList();
		audited(officer, "search", "name " + query.name().strip() + describeAttributes(query), purpose.strip(),
				Outcome.SUCCESS, clientAddress);
		return ranked;
	}

	private static String describeAttributes(PersonNameQuery query) {
		StringBuilder attributes = new StringBuilder();
		if (query.birthYear() != null) {
			attributes.append(", born ").append(query.birthYear());
		}
		if (query.sex() != null && query.sex() != Sex.UNKNOWN) {
			attributes.append(", ").append(query.sex());
		}
		if (query.nationality() != null && !query.nationality().isBlank()) {
			attributes.append(", ").append(query.nationality().strip());
		}
		return attributes.toString();
	}

	@Override
	protected List<Problem> problems(PersonDraft draft) {
		return rules.problems(draft);
	}

	/** The name only: the audit trail of a refused report needs no more of the person. */
	@Override
	protected String describe(PersonDraft draft) {
		return KIND.database() + " " + (draft.familyName() + " " + draft.forenames()).strip();
	}

	@Override
	protected String duplicate() {
		return "Your office already recorded a person under this national reference: amend that record.";
	}

	@Override
	protected Object reported(Person person) {
		return new PersonReported(person);
	}

	@Override
	protected Object changed(Person before, Person after, Change change) {
		return new PersonChanged(before, after, change);
	}
}
