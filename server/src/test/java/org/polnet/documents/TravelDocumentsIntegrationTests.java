package org.polnet.documents;

import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.polnet.records.HistoryEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;

/** Reporting, amending and withdrawing SLTD records: who may, what is written, what is audited. */
@PolnetIntegrationTest
class TravelDocumentsIntegrationTests {

	@Autowired
	TravelDocuments documents;

	@Autowired
	DocumentIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	private final CurrentOfficer france = TestOfficers.officer("fra.sltd", "NCB-FRA", Role.NCB_OFFICER);

	private final CurrentOfficer japan = TestOfficers.officer("jpn.sltd", "NCB-JPN", Role.NCB_OFFICER);

	private final CurrentOfficer gs = TestOfficers.officer("gs.sltd", "GS", Role.GS_OFFICER);

	@Test
	void theIssuingNcbReportsAPassportWithTenYearsToReviewHistoryAndAudit() {
		String number = TestDocuments.newNumber();
		TravelDocument reported = documents.report(france, DocumentDraft.open(number.substring(0, 4) + " - "
				+ number.substring(4).toLowerCase(), "FRA", DocumentType.PASSPORT, DocumentStatus.STOLEN_ISSUED,
				LocalDate.of(2026, 1, 5), "PN-2026-001"), "10.0.0.1");
		assertThat(reported.normalisedNumber()).isEqualTo(number);
		assertThat(reported.access().ownerOffice()).isEqualTo("NCB-FRA");
		assertThat(reported.reviewAt())
			.isEqualTo(LocalDate.ofInstant(reported.createdAt(), ZoneOffset.UTC).plusYears(10));
		assertThat(documents.history(france, reported.id())).extracting(HistoryEntry::change)
			.containsExactly("REPORTED");
		assertThat(audited("fra.sltd", "documents.report", reported.reference(), "SUCCESS")).isOne();
		assertThat(index.lookup("FRA", number)).extracting(TravelDocument::id).containsExactly(reported.id());
	}

	@Test
	void anotherCountrysNcbIsRefusedAndNothingIsWritten() {
		String number = TestDocuments.newNumber();
		assertThatThrownBy(() -> documents.report(japan, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT,
				DocumentStatus.LOST, null, ""), null))
			.isInstanceOf(NotAllowedException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM documents_sltd WHERE normalised_number = ?")
			.param(number)
			.query(Long.class)
			.single()).isZero();
		assertThat(audited("jpn.sltd", "documents.report", "FRA " + number, "DENIED")).isOne();
	}

	@Test
	void systemsAndReadOnlyRolesNeverReport() {
		CurrentOfficer frenchSystem = new CurrentOfficer("fra-border", "System", "NCB-FRA", "NCB Paris",
				Set.of(Role.SYSTEM_CLIENT), Clearance.FOR_OFFICIAL_USE_ONLY);
		assertThatThrownBy(() -> documents.report(frenchSystem, DocumentDraft.open(TestDocuments.newNumber(), "FRA",
				DocumentType.PASSPORT, DocumentStatus.LOST, null, ""), null))
			.isInstanceOf(NotAllowedException.class);
	}

	@Test
	void organisationDocumentsAreRecordedByTheGeneralSecretariatOnly() {
		String number = TestDocuments.newNumber();
		assertThatThrownBy(() -> documents.report(france, DocumentDraft.open(number, "UNO", DocumentType.PASSPORT,
				DocumentStatus.LOST, null, ""), null))
			.isInstanceOf(NotAllowedException.class);
		TravelDocument laissezPasser = documents.report(gs, DocumentDraft.open(number, "UNO",
				DocumentType.OTHER_TRAVEL_DOCUMENT, DocumentStatus.LOST, null, "GS-1"), null);
		assertThat(laissezPasser.access().ownerOffice()).isEqualTo("GS");
		assertThat(IssuingAuthority.officeFor("D")).contains("NCB-DEU");
		assertThat(IssuingAuthority.officeFor("GBD")).contains("NCB-GBR");
		assertThat(IssuingAuthority.officeFor("XXA")).contains("GS");
		assertThat(IssuingAuthority.officeFor("ZZZ")).isEmpty();
		assertThat(IssuingAuthority.officeFor("fra")).isEmpty();
	}

	@Test
	void unknownCountryCodesAndBadNumbersAreRejected() {
		assertThatThrownBy(() -> documents.report(france, DocumentDraft.open(TestDocuments.newNumber(), "ZZZ",
				DocumentType.PASSPORT, DocumentStatus.LOST, null, ""), null))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Unknown issuing country");
		assertThatThrownBy(() -> documents.report(france,
				DocumentDraft.open("AB#123", "FRA", DocumentType.PASSPORT, DocumentStatus.LOST, null, ""), null))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theSameDocumentIsRecordedOnceUntilItsRecordIsWithdrawn() {
		String number = TestDocuments.newNumber();
		DocumentDraft report = DocumentDraft.open(number, "FRA", DocumentType.PASSPORT, DocumentStatus.LOST, null, "");
		TravelDocument first = documents.report(france, report, null);
		assertThatThrownBy(() -> documents.report(france, report, null)).isInstanceOf(ConflictException.class);
		documents.withdraw(france, first.id(), "Found by its holder", null);
		assertThat(index.lookup("FRA", number)).isEmpty();
		TravelDocument second = documents.report(france, report, null);
		assertThat(index.lookup("FRA", number)).extracting(TravelDocument::id).containsExactly(second.id());
		assertThat(documents.history(france, first.id())).extracting(HistoryEntry::change)
			.containsExactly("REPORTED", "WITHDRAWN");
	}

	@Test
	void anAmendmentMovesTheRecordInTheIndex() {
		String number = TestDocuments.newNumber();
		String corrected = TestDocuments.newNumber();
		TravelDocument reported = documents.report(france,
				DocumentDraft.open(number, "FRA", DocumentType.PASSPORT, DocumentStatus.LOST, null, ""), null);
		TravelDocument amended = documents.amend(france, reported.id(),
				DocumentDraft.open(corrected, "FRA", DocumentType.PASSPORT, DocumentStatus.STOLEN_ISSUED, null, "R-2"),
				null);
		assertThat(amended.status()).isEqualTo(DocumentStatus.STOLEN_ISSUED);
		assertThat(index.lookup("FRA", number)).isEmpty();
		assertThat(index.lookup("FRA", corrected)).extracting(TravelDocument::status)
			.containsExactly(DocumentStatus.STOLEN_ISSUED);
	}

	@Test
	void othersMayNotChangeAndHiddenRecordsAreNotFound() {
		TravelDocument open = documents.report(france, DocumentDraft.open(TestDocuments.newNumber(), "FRA",
				DocumentType.PASSPORT, DocumentStatus.LOST, null, ""), null);
		TravelDocument hidden = documents.report(france, new DocumentDraft(TestDocuments.newNumber(), "FRA",
				DocumentType.IDENTITY_CARD, DocumentStatus.LOST, null, null, null, "", "",
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ONLY_LISTED, Set.of("BRA"), null), null);
		assertThatThrownBy(() -> documents.withdraw(japan, open.id(), "Not ours", null)).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> documents.withdraw(japan, hidden.id(), "Not ours", null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> documents.view(japan, hidden.id(), "investigation", null)).isInstanceOf(NotFoundException.class);
		assertThat(documents.view(japan, open.id(), "investigation", null).id()).isEqualTo(open.id());
		assertThat(audited("jpn.sltd", "documents.view", hidden.reference(), "DENIED")).isOne();
		assertThat(documents.search(japan, new DocumentQuery(hidden.documentNumber(), "FRA", null, false), 0, 10, null)
			.records()).isEmpty();
		assertThat(documents.search(france, new DocumentQuery(hidden.documentNumber(), "FRA", null, false), 0, 10, null)
			.records()).extracting(TravelDocument::id).containsExactly(hidden.id());
	}

	@Test
	void theOwnerMayShortenTheReviewPeriodButNotLengthenIt() {
		LocalDate soon = LocalDate.now(ZoneOffset.UTC).plusYears(2);
		TravelDocument shortened = documents.report(france, new DocumentDraft(TestDocuments.newNumber(), "FRA",
				DocumentType.VISA, DocumentStatus.REVOKED, null, null, null, "", "", Clearance.RESTRICTED,
				AccessScope.ALL_MEMBERS, Set.of(), soon), null);
		assertThat(shortened.reviewAt()).isEqualTo(soon);
		assertThatThrownBy(() -> documents.report(france, new DocumentDraft(TestDocuments.newNumber(), "FRA",
				DocumentType.VISA, DocumentStatus.REVOKED, null, null, null, "", "", Clearance.RESTRICTED,
				AccessScope.ALL_MEMBERS, Set.of(), LocalDate.now(ZoneOffset.UTC).plusYears(11)), null))
			.isInstanceOf(InvalidInputException.class);
	}

	private long audited(String actor, String action, String target, String outcome) {
		return new AuditLog(auditEntries).of(actor, action, target::equals)
			.stream()
			.filter(record -> record.outcome().name().equals(outcome))
			.count();
	}
}
