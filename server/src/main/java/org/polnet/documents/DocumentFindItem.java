package org.polnet.documents;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One document to check: a scanned MRZ, or a typed number and issuing country (and optionally the type).
 *
 * @param mrz            the MRZ lines, separated by line breaks; when given, the other fields are ignored
 * @param number         the document number as typed (spaces, dashes and {@code <} are ignored, case too)
 * @param issuingCountry the ICAO code of the issuing state or organisation
 * @param type           only records of this type match; null for any type
 */
@Schema(name = "FindItem") // the name the OpenAPI document has always given it
public record DocumentFindItem(@Nullable String mrz, @Nullable String number, @Nullable String issuingCountry,
		@Nullable DocumentType type) {

	public static DocumentFindItem ofMrz(String mrz) {
		return new DocumentFindItem(mrz, null, null, null);
	}

	public static DocumentFindItem of(String number, String issuingCountry, @Nullable DocumentType type) {
		return new DocumentFindItem(null, number, issuingCountry, type);
	}
}
