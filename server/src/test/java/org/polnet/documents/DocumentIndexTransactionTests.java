package org.polnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** FIND's index follows what PostgreSQL committed: a batch shows once committed, never when rolled back. */
@PolnetIntegrationTest
class DocumentIndexTransactionTests {

	@Autowired
	DocumentIndex index;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anImportedBatchIsFoundOnlyAfterItsTransactionCommits() {
		TravelDocument committed = document(TestDocuments.newNumber());
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new DocumentsImported(List.of(committed)));
			assertThat(index.lookup("FRA", committed.normalisedNumber())).isEmpty();
		});
		assertThat(index.lookup("FRA", committed.normalisedNumber())).containsExactly(committed);
	}

	@Test
	void aRolledBackBatchIsNeverFound() {
		TravelDocument rolledBack = document(TestDocuments.newNumber());
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new DocumentsImported(List.of(rolledBack)));
			status.setRollbackOnly();
		});
		assertThat(index.lookup("FRA", rolledBack.normalisedNumber())).isEmpty();
	}

	private static TravelDocument document(String number) {
		long id = Long.MAX_VALUE - Long.parseLong(number.substring(2));
		return new TravelDocument(id, number, number, "FRA", DocumentType.PASSPORT, DocumentStatus.STOLEN_ISSUED,
				LocalDate.of(2026, 3, 1), null, null, null, "REF", "",
				RecordAccess.allMembers("NCB-FRA", Clearance.FOR_OFFICIAL_USE_ONLY), Instant.now(),
				LocalDate.of(2036, 3, 1), null, null);
	}
}
