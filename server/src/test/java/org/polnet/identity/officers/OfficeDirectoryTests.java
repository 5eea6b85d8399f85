package org.polnet.identity.officers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@PolnetIntegrationTest
class OfficeDirectoryTests {

	@Autowired
	OfficeDirectory offices;

	@Test
	void knowsEveryOfficeOfTheMembersModuleByItsEnglishName() {
		assertThat(offices.name("NCB-FRA")).isEqualTo("NCB France");
		assertThat(offices.name("GS")).isEqualTo("General Secretariat, Lyon");
		assertThat(offices.exists("RB-NAIROBI")).isTrue();
		assertThat(offices.exists("NCB-XXX")).isFalse();
		assertThat(offices.name("NCB-XXX")).isEqualTo("NCB-XXX");
		assertThat(offices.all()).hasSize(195 + 12);
		assertThat(offices.all().keySet().iterator().next()).doesNotStartWith("NCB-");
	}
}
