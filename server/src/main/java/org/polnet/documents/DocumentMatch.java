package org.polnet.documents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a checker may see of a matching record: enough to hold the document and contact the owner.
 *
 * @param reference      the record's SLTD reference
 * @param ownerOffice    the NCB (or GS) to contact
 * @param ownerReference the owner's national reference, to quote when contacting them
 */
@Schema(name = "FindMatch") // the name the OpenAPI document has always given it
public record DocumentMatch(String reference, DocumentType type, String issuingCountry, String documentNumber,
		DocumentStatus status, String ownerOffice, String ownerReference, LocalDate reportedOn,
		@Nullable LocalDate stolenOrLostOn, @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn) {

	static DocumentMatch of(TravelDocument document) {
		return new DocumentMatch(document.reference(), document.type(), document.issuingCountry(),
				document.documentNumber(), document.status(), document.access().ownerOffice(),
				document.nationalReference(), document.reportedOn(), document.stolenOrLostOn(), document.issuedOn(),
				document.expiresOn());
	}
}
