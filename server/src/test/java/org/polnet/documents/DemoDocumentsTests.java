package org.polnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo profile's SLTD records: loaded once, the same everywhere, checkable at once. */
@PolnetIntegrationTest
class DemoDocumentsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentChecks checks;

	@Test
	void everyDemoNcbHasItsFictionalRecords() {
		assertThat(jdbc.sql("SELECT owner_office, count(*) FROM documents_sltd WHERE normalised_number LIKE 'DM%' "
				+ "GROUP BY owner_office ORDER BY owner_office")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
			.list()).containsExactly("NCB-BRA=600", "NCB-FRA=600", "NCB-JOR=600", "NCB-JPN=600", "NCB-KEN=600");
	}

	@Test
	void theGeneratedRecordsAreTheSameOnEveryStart() {
		List<Object[]> once = DemoDocuments.rows();
		List<Object[]> again = DemoDocuments.rows();
		assertThat(once).hasSize(3_000);
		for (int i = 0; i < once.size(); i++) {
			assertThat(again.get(i)).containsExactly(once.get(i));
		}
	}

	@Test
	void theSampleMrzPrintedAtStartIsAHitFromAnotherCountry() {
		CurrentOfficer japan = TestOfficers.officer("jpn.demo", "NCB-JPN", Role.NCB_OFFICER);
		DocumentFindAnswer answer = checks.check(japan, List.of(DocumentFindItem.ofMrz(DemoDocuments.sampleMrz())), "Narita", null, null)
			.getFirst();
		assertThat(answer.hit()).isTrue();
		assertThat(answer.matches().getFirst().status()).isEqualTo(DocumentStatus.STOLEN_ISSUED);
		assertThat(answer.matches().getFirst().ownerOffice()).isEqualTo("NCB-FRA");
	}
}
