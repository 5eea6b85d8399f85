package org.polnet.persons;

import org.polnet.documents.DocumentType;

/**
 * An identity document a person holds or held, as the recording NCB knows it.
 *
 * @param issuingCountry the ICAO code of the issuing state or organisation (FRA, D, GBD, UNO...)
 */
public record IdentityDocument(DocumentType type, String issuingCountry, String number) {

	/** As a form shows it, one per line: {@code PASSPORT FRA 12AB34567}. */
	public String line() {
		return type + " " + issuingCountry + " " + number;
	}
}
