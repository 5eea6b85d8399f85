package org.polnet.persons.web;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.documents.TravelDocument;
import org.polnet.documents.TravelDocuments;
import org.polnet.persons.IdentityDocument;
import org.polnet.persons.Person;
import org.polnet.persons.PersonDraft;
import org.polnet.persons.PersonNameQuery;
import org.polnet.persons.PersonQuery;
import org.polnet.persons.Persons;
import org.polnet.persons.Sex;
import org.polnet.access.Purposes;
import org.polnet.records.web.RecordPages;
import org.polnet.refusals.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The persons pages: the shared record pages with the persons' own filters and fields (persons/fields.html). */
@Controller
@RequestMapping("/persons")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class PersonPages extends RecordPages<Person, PersonDraft, PersonQuery, PersonForm> {

	private final Persons persons;

	private final TravelDocuments sltd;

	PersonPages(Persons persons, CurrentOfficers officers, TravelDocuments sltd) {
		super(persons, officers, Map.of("sexes", Sex.values()));
		this.persons = persons;
		this.sltd = sltd;
	}

	/**
	 * Each identity document's active SLTD record, when it is listed there and the officer may see it: the link
	 * tells the officer the document is reported stolen or lost. Part of the person's consultation, audited with
	 * its purpose; opening the SLTD record is a consultation of its own.
	 */
	@Override
	protected void addToRecordPage(Person person, CurrentOfficer officer, Model model) {
		Map<String, TravelDocument> listed = new HashMap<>();
		for (IdentityDocument document : person.documents()) {
			sltd.findByKey(officer, document.issuingCountry(), document.number(), document.type())
				.ifPresent(record -> listed.put(document.line(), record));
		}
		model.addAttribute("sltd", listed);
	}

	@GetMapping
	public String list(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String nationality,
			@RequestParam(required = false) @Nullable Integer birthYear, @RequestParam(required = false) @Nullable Sex sex,
			@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		return list(new PersonQuery(name, nationality, birthYear, sex), page, model, request);
	}

	/**
	 * The name search: a name typed in any script or transliteration, in any order, with what is known of the date
	 * of birth, sex and nationality, and the purpose; the persons found ranked by the names engine, each with why.
	 */
	@GetMapping("/search")
	public String searchByName(@RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable Integer birthMonth,
			@RequestParam(required = false) @Nullable Integer birthDay, @RequestParam(required = false) @Nullable Sex sex,
			@RequestParam(required = false) @Nullable String nationality,
			@RequestParam(required = false) @Nullable String purpose, @RequestParam(required = false) @Nullable String other,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		PersonNameQuery query = new PersonNameQuery(name, birthYear, birthMonth, birthDay, sex, nationality);
		model.addAttribute("query", query);
		model.addAttribute("purpose", purpose);
		model.addAttribute("other", other);
		if (name.isBlank() && purpose == null) {
			return "persons/search";
		}
		String stated = Purposes.stated(purpose, other);
		if (stated == null) {
			model.addAttribute("purposeMissing", true);
			return "persons/search";
		}
		try {
			model.addAttribute("candidates",
					persons.searchByName(officer(), query, stated, RecordPages.PAGE_SIZE, request.getRemoteAddr()));
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", invalid.problems());
		}
		return "persons/search";
	}

	@Override
	protected PersonForm blankForm(CurrentOfficer officer) {
		return PersonForm.blank();
	}

	@Override
	protected PersonForm formOf(Person person) {
		return PersonForm.of(person);
	}
}
