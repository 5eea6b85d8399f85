package org.polnet.persons;

import java.util.List;

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

	private final PersonRules rules;

	Persons(PersonRows rows, RecordSupport support, PersonRules rules) {
		super(KIND, rows, support);
		this.rules = rules;
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
