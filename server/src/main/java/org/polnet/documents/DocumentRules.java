package org.polnet.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.refusals.InvalidInputException.Problem;

/**
 * The field rules of an SLTD record, written once: {@link TravelDocuments} refuses a report or an amendment with
 * the first problem (each field at fault named, by its import column), a bulk import ({@link DocumentImportTarget}) rejects a row with all of them.
 */
final class DocumentRules {

	/** What FIND compares (DocumentNumbers.normalise); compiled once, checked for every row of a bulk load. */
	static final Pattern NORMALISED_NUMBER = Pattern.compile("[A-Z0-9]{1,40}");

	private DocumentRules() {
	}

	static List<Problem> problems(DocumentDraft report) {
		List<Problem> problems = new ArrayList<>();
		String normalised = DocumentNumbers.normalise(report.documentNumber());
		if (!NORMALISED_NUMBER.matcher(normalised).matches() || report.documentNumber().trim().length() > 40) {
			problems.add(new Problem("number",
					"A document number has 1 to 40 letters and digits (spaces and dashes are ignored)."));
		}
		if (!IssuingAuthority.isKnown(report.issuingCountry())) {
			problems.add(new Problem("issuing_country",
					"Unknown issuing country code: give the ICAO code (FRA, D, GBD, UNO, XXA…)."));
		}
		if (report.nationalReference().trim().length() > 100) {
			problems.add(new Problem("national_reference", "The national reference has at most 100 characters."));
		}
		if (report.remarks().trim().length() > 2_000) {
			problems.add(new Problem("remarks", "The remarks have at most 2,000 characters."));
		}
		if (report.issuedOn() != null && report.expiresOn() != null && report.expiresOn().isBefore(report.issuedOn())) {
			problems.add(new Problem("expires_on", "The expiry date is before the issue date."));
		}
		return problems;
	}
}
