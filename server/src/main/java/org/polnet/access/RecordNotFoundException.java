package org.polnet.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * No such record, as far as the current officer may know: thrown alike for a record that does not exist and
 * for one the officer may not see, so that a hidden record is never hinted at. Spring MVC answers 404 (a
 * problem detail for the API, the error page for pages) without any handler.
 */
public class RecordNotFoundException extends ResponseStatusException {

	/** @param reference the reference the officer asked for (it is echoed back, never anything about the record) */
	public RecordNotFoundException(String reference) {
		super(HttpStatus.NOT_FOUND, "No record " + reference + " was found.");
	}
}
