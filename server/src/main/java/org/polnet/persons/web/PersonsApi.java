package org.polnet.persons.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficers;
import org.polnet.persons.Person;
import org.polnet.persons.PersonDraft;
import org.polnet.persons.PersonCandidate;
import org.polnet.persons.PersonNameQuery;
import org.polnet.persons.PersonQuery;
import org.polnet.persons.Persons;
import org.polnet.persons.Sex;
import org.polnet.records.RecordPage;
import org.polnet.records.web.RecordApi;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Persons for officers' programs: search, read (with a purpose), record, withdraw. A record the caller may not see
 * answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/persons")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
@Tag(name = "Persons", description = "Nominal data recorded by NCBs")
class PersonsApi extends RecordApi<Person, PersonDraft, PersonQuery> {

	private final Persons persons;

	private final CurrentOfficers officers;

	PersonsApi(Persons persons, CurrentOfficers officers) {
		super(persons, officers);
		this.persons = persons;
		this.officers = officers;
	}

	@GetMapping
	@Operation(summary = "The active persons the caller may see, newest first; one audit entry per search",
			description = "name: words of any name or alias, in any order, accents and case ignored.")
	public RecordPage<Person> search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String nationality,
			@RequestParam(required = false) @Nullable Integer birthYear, @RequestParam(required = false) @Nullable Sex sex,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			HttpServletRequest request) {
		return search(new PersonQuery(name, nationality, birthYear, sex), page, size, request);
	}

	@GetMapping("/name-search")
	@Operation(summary = "Find persons by a name in any script, spelling or order, ranked by the names engine with the explanation of each score",
			description = "Candidates from the name index, ranked by the names engine; shown from a score of 0.5, "
					+ "match from 0.7. Only the persons the caller may see; audited with the purpose (required).")
	public List<PersonCandidate> searchByName(@RequestParam String name,
			@RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable Integer birthMonth,
			@RequestParam(required = false) @Nullable Integer birthDay, @RequestParam(required = false) @Nullable Sex sex,
			@RequestParam(required = false) @Nullable String nationality, @RequestParam(defaultValue = "") String purpose,
			@RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
		return persons.searchByName(officers.required(),
				new PersonNameQuery(name, birthYear, birthMonth, birthDay, sex, nationality), purpose, size,
				request.getRemoteAddr());
	}

	@PostMapping
	@Operation(summary = "Record a person, owned by the officer's office",
			description = "400 with each field at fault; 409 when the office already recorded a person under this "
					+ "national reference.")
	public ResponseEntity<Person> report(@RequestBody PersonForm form, HttpServletRequest request) {
		return reported(form.draft(), request);
	}
}
