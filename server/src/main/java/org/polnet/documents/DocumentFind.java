package org.polnet.documents;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.engines.mrz.Mrz;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzProblem;
import org.polnet.engines.mrz.MrzResult;
import org.polnet.find.FindDatabase;
import org.polnet.find.FoundRecord;
import org.polnet.find.InvalidItem;
import org.springframework.stereotype.Component;

/**
 * What SLTD plugs into FIND: a document's key (a scanned MRZ, parsed and its check digits verified, or a typed
 * number and issuing country, and optionally the type), its active records in the in-memory {@link DocumentIndex}, and
 * a match shown as a {@link DocumentMatch}.
 */
@Component
class DocumentFind implements FindDatabase<DocumentFindItem, DocumentFind.Key, TravelDocument, DocumentMatch> {

	/** A document's key in the index; only records of {@code type} match, any type when null. */
	record Key(String country, String number, @Nullable DocumentType type) {
	}

	private final DocumentIndex index;

	DocumentFind(DocumentIndex index) {
		this.index = index;
	}

	@Override
	public String name() {
		return TravelDocument.DATABASE;
	}

	@Override
	public String auditAction() {
		return "documents.find";
	}

	@Override
	public Key keyOf(@Nullable DocumentFindItem item) {
		if (item == null) {
			throw new InvalidItem("Give either an MRZ, or a document number and its issuing country.");
		}
		if (item.mrz() != null && !item.mrz().isBlank()) {
			MrzResult result = Mrz.parse(item.mrz().strip().replace("\r", ""));
			if (!result.valid()) {
				throw new InvalidItem("The MRZ is not valid: " + result.problems().getFirst() + ".",
						result.problems().stream().map(MrzProblem::toString).toList());
			}
			MrzDocument document = result.document().orElseThrow();
			requireKnown(document.issuingState());
			return new Key(document.issuingState(), document.normalisedDocumentNumber(), null);
		}
		if (item.number() == null || item.issuingCountry() == null) {
			throw new InvalidItem("Give either an MRZ, or a document number and its issuing country.");
		}
		String number = DocumentNumbers.normalise(item.number());
		if (!DocumentRules.NORMALISED_NUMBER.matcher(number).matches()) {
			throw new InvalidItem("A document number has 1 to 40 letters and digits (spaces, dashes and < are ignored).");
		}
		String country = item.issuingCountry().strip().toUpperCase(Locale.ROOT);
		requireKnown(country);
		return new Key(country, number, item.type());
	}

	private static void requireKnown(String country) {
		if (!IssuingAuthority.isKnown(country)) {
			throw new InvalidItem("Unknown issuing country code: give the ICAO code (FRA, D, GBD, UNO, XXA…).");
		}
	}

	@Override
	public String audited(Key key) {
		return key.country() + " " + key.number();
	}

	@Override
	public TravelDocument[] lookup(Key key) {
		TravelDocument[] active = index.lookup(key.country(), key.number());
		if (key.type() == null || active.length == 0) {
			return active;
		}
		return Arrays.stream(active).filter(document -> document.type() == key.type()).toArray(TravelDocument[]::new);
	}

	@Override
	public FoundRecord found(TravelDocument document) {
		return new FoundRecord(document.reference(), document.access(), document.summary(),
				TravelDocuments.KIND.path(document.id()));
	}

	@Override
	public DocumentMatch shown(TravelDocument document) {
		return DocumentMatch.of(document);
	}
}
