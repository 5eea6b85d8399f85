package org.polnet.identity.web;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in (null before sign-in), for the layout's name and office. */
@ControllerAdvice
class CurrentOfficerAttribute {

	private final CurrentOfficers officers;

	CurrentOfficerAttribute(CurrentOfficers officers) {
		this.officers = officers;
	}

	@ModelAttribute("currentOfficer")
	@Nullable CurrentOfficer currentOfficer() {
		return officers.current().orElse(null);
	}
}
