package org.polnet.identity.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.members.Offices;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (null before sign-in), for the layout's name and office. */
@ControllerAdvice
class CurrentOfficerAttribute {

	private final CurrentOfficers officers;

	private final Offices offices;

	CurrentOfficerAttribute(CurrentOfficers officers, Offices offices) {
		this.officers = officers;
		this.offices = offices;
	}

	@ModelAttribute("currentOfficer")
	@Nullable CurrentOfficer currentOfficer() {
		return officers.current().orElse(null);
	}

	/** The officer's office named in the page's language (the officer record keeps the English name). */
	@ModelAttribute("currentOfficeName")
	@Nullable String currentOfficeName(Locale locale) {
		return officers.current()
			.map(officer -> offices.office(officer.officeCode())
				.map(office -> office.name().in(locale))
				.orElse(officer.officeName()))
			.orElse(null);
	}
}
