package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeDirectoryTest {

	private final OfficeDirectory offices = new OfficeDirectory();

	@Test
	void namesNcbsAfterTheirCityAndOfficesAsListed() {
		assertThat(offices.name("NCB-FRA")).isEqualTo("NCB Paris");
		assertThat(offices.name("NCB-KEN")).isEqualTo("NCB Nairobi");
		assertThat(offices.name("GS")).isEqualTo("General Secretariat, Lyon");
		assertThat(offices.exists("RB-NAIROBI")).isTrue();
		assertThat(offices.exists("NCB-XXX")).isFalse();
		assertThat(offices.all()).hasSize(195 + 12);
	}
}
