package org.polnet.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.engines.mrz.Mrz;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzProblem;
import org.polnet.engines.mrz.MrzResult;
import org.polnet.hits.CheckRecorder;
import org.polnet.hits.RecordMatched;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Service;

/**
 * FIND for documents: checks documents against SLTD in memory ({@link FindIndex}), answers with what the caller
 * may see, audits every check in one batch and tells the owners of matched records (through the hits module).
 * A record the caller may not see is no hit for them: nothing hints at it, and its owner is not told.
 */
@Service
public class DocumentChecks {

	public static final int BATCH_MAX = 1_000;

	public static final String DEFAULT_PURPOSE = "border check";

	private final FindIndex index;

	private final AccessPolicy access;

	private final CheckRecorder recorder;

	private final DocumentRows rows;

	DocumentChecks(FindIndex index, AccessPolicy access, CheckRecorder recorder, DocumentRows rows) {
		this.index = index;
		this.access = access;
		this.recorder = recorder;
		this.rows = rows;
	}

	/**
	 * Checks up to {@link #BATCH_MAX} documents against the in-memory index and returns once every check is
	 * durably audited and every match of another office's record is on its way to the owner ({@link CheckRecorder}).
	 *
	 * @param place   where the check happens (a border post), when the caller says
	 * @param purpose why; {@link #DEFAULT_PURPOSE} when blank
	 */
	public List<FindAnswer> check(CurrentOfficer checker, List<@Nullable FindItem> items, @Nullable String place,
			@Nullable String purpose, @Nullable String clientAddress) {
		return check(checker, items, place, purpose, clientAddress, index::lookup);
	}

	/**
	 * The same check, reading PostgreSQL with one indexed query per document instead of the index: the reference
	 * that the benchmarks measure FIND against. Not for production callers.
	 */
	public List<FindAnswer> checkInDatabase(CurrentOfficer checker, List<@Nullable FindItem> items,
			@Nullable String place, @Nullable String purpose, @Nullable String clientAddress) {
		return check(checker, items, place, purpose, clientAddress,
				(country, number) -> rows.findActive(country, number).toArray(TravelDocument[]::new));
	}

	private interface Lookup {

		TravelDocument[] activeRecords(String issuingCountry, String normalisedNumber);
	}

	private List<FindAnswer> check(CurrentOfficer checker, List<@Nullable FindItem> items, @Nullable String place,
			@Nullable String purpose, @Nullable String clientAddress, Lookup lookup) {
		if (items.isEmpty() || items.size() > BATCH_MAX) {
			throw new IllegalArgumentException("Check 1 to " + BATCH_MAX + " documents at a time.");
		}
		String why = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip();
		String where = place == null || place.isBlank() ? null : place.strip();
		String auditPurpose = where == null ? why : why + " (place: " + where + ")";
		Instant now = Instant.now();
		String checkId = UUID.randomUUID().toString();
		List<FindAnswer> answers = new ArrayList<>(items.size());
		List<AuditRecord> entries = new ArrayList<>(items.size());
		List<RecordMatched> matched = new ArrayList<>(0);
		for (int i = 0; i < items.size(); i++) {
			Key key;
			try {
				key = keyOf(items.get(i));
			}
			catch (InvalidItem invalid) {
				answers.add(FindAnswer.error(i, invalid.getMessage(), invalid.problems));
				entries.add(entry(checker, "invalid item", auditPurpose, Outcome.FAILURE, clientAddress));
				continue;
			}
			List<FindMatch> matches = new ArrayList<>(1);
			for (TravelDocument document : lookup.activeRecords(key.country(), key.number())) {
				if ((key.type() == null || key.type() == document.type()) && access.maySee(checker, document.access())) {
					matches.add(FindMatch.of(document));
					if (!checker.officeCode().equals(document.access().ownerOffice())) {
						matched.add(new RecordMatched(TravelDocument.DATABASE, document.reference(),
								document.access().ownerOffice(), document.summary(), "/documents/" + document.id(),
								checker.officeCode(), checker.username(), checker.isSystem(), where, why, now,
								"FIND-" + checkId + "-" + i + "-" + document.id()));
					}
				}
			}
			answers.add(FindAnswer.of(i, matches));
			entries.add(entry(checker, key.country() + " " + key.number() + (matches.isEmpty() ? " no-hit"
					: " hit " + String.join(",", matches.stream().map(FindMatch::reference).toList())), auditPurpose,
					Outcome.SUCCESS, clientAddress));
		}
		recorder.record(entries, matched);
		return answers;
	}

	record Key(String country, String number, @Nullable DocumentType type) {
	}

	/** The item's key in the index; package-private for the in-process lookup benchmark. */
	static Key keyOf(@Nullable FindItem item) {
		if (item == null) {
			throw new InvalidItem("Give either an MRZ, or a document number and its issuing country.", List.of());
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
			throw new InvalidItem("Give either an MRZ, or a document number and its issuing country.", List.of());
		}
		String number = DocumentNumbers.normalise(item.number());
		if (!DocumentRules.NORMALISED_NUMBER.matcher(number).matches()) {
			throw new InvalidItem("A document number has 1 to 40 letters and digits (spaces, dashes and < are ignored).",
					List.of());
		}
		String country = item.issuingCountry().strip().toUpperCase(java.util.Locale.ROOT);
		requireKnown(country);
		return new Key(country, number, item.type());
	}

	private static void requireKnown(String country) {
		if (!IssuingAuthority.isKnown(country)) {
			throw new InvalidItem("Unknown issuing country code: give the ICAO code (FRA, D, GBD, UNO, XXA…).",
					List.of());
		}
	}

	private static AuditRecord entry(CurrentOfficer checker, String target, String purpose, Outcome outcome,
			@Nullable String clientAddress) {
		return AuditRecord.of(checker, "documents.find", "SLTD " + target, purpose, outcome, clientAddress);
	}

	/** An item that cannot be checked; the others in the batch still are. */
	private static final class InvalidItem extends RuntimeException {

		private final transient List<String> problems;

		InvalidItem(String message, List<String> problems) {
			super(message, null, false, false);
			this.problems = problems;
		}
	}
}
