package org.polnet.access;

import org.polnet.refusals.NotFoundException;

/**
 * No such record, as far as the current officer may know: thrown alike for a record that does not exist and
 * for one the officer may not see, so that a hidden record is never hinted at (404 on the API and pages).
 */
public class RecordNotFoundException extends NotFoundException {

	private static final long serialVersionUID = 1L;

	/** @param reference the reference the officer asked for (it is echoed back, never anything about the record) */
	public RecordNotFoundException(String reference) {
		super("No record " + reference + " was found.");
	}
}
