package org.polnet.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class MembersReferenceDataTests {

	private final ReferenceData data = ReferenceData.read(new ClassPathResource("members/countries.csv"),
			new ClassPathResource("members/offices.csv"));

	@Test
	void readsAll195MembersWithOneVoteEach() {
		assertThat(data.members()).hasSize(195).allSatisfy(member -> assertThat(member.generalAssemblyVotes()).isOne());
	}

	@Test
	void keepsTheLeadingZerosOfNumericCodes() {
		Member afghanistan = member("AFG");
		assertThat(afghanistan.numeric()).isEqualTo("004");
		assertThat(afghanistan.iso2()).isEqualTo("AF");
		assertThat(afghanistan.region()).isEqualTo(Region.ASIA_SOUTH_PACIFIC);
		assertThat(afghanistan.joined()).isNull();
		assertThat(member("FSM").joined()).isEqualTo(2021);
	}

	@Test
	void readsQuotedNamesHoldingCommas() {
		Office gs = office("GS");
		assertThat(gs.type()).isEqualTo(OfficeType.GENERAL_SECRETARIAT);
		assertThat(gs.name().en()).isEqualTo("General Secretariat, Lyon");
		assertThat(gs.countryIso3()).isEqualTo("FRA");
	}

	@Test
	void givesEveryMemberANationalCentralBureauNamedInFourLanguages() {
		assertThat(data.offices()).filteredOn(Office::isNationalCentralBureau).hasSize(195);
		assertThat(data.offices()).filteredOn(office -> !office.isNationalCentralBureau()).hasSize(12);
		Office france = office("NCB-FRA");
		assertThat(france.city()).isEqualTo("Paris");
		assertThat(france.name()).isEqualTo(new LocalizedName("NCB France", "BCN France", "OCN Francia",
				"المكتب المركزي الوطني في فرنسا"));
		assertThat(office("NCB-DEU").city()).isEqualTo("Wiesbaden");
	}

	@Test
	void assignsEachServedMemberToOneRegionalBureau() {
		Map<String, String> coverage = data.bureauCoverage();
		assertThat(coverage).containsEntry("KEN", "RB-NAIROBI")
			.containsEntry("ABW", "RB-SAN-SALVADOR")
			.doesNotContainKeys("FRA", "USA");
		// every African member and every member in the Americas but Canada, Mexico and the United States
		List<String> expected = data.members()
			.stream()
			.filter(member -> member.region() == Region.AFRICA || member.region() == Region.AMERICAS)
			.map(Member::iso3)
			.filter(iso3 -> !List.of("CAN", "MEX", "USA").contains(iso3))
			.toList();
		assertThat(coverage.keySet()).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void refusesAnOfficeServingACountryThatIsNotAMember() {
		String offices = """
				code,type,name_en,name_fr,name_es,name_ar,city,country_iso3,serves
				RB-X,REGIONAL_BUREAU,X,X,X,X,Paris,FRA,FRA XXX
				""";
		assertThatThrownBy(() -> ReferenceData.read(new ClassPathResource("members/countries.csv"), text(offices)))
			.hasMessage("RB-X serves XXX, not a member");
	}

	private Member member(String iso3) {
		return data.members().stream().filter(member -> member.iso3().equals(iso3)).findFirst().orElseThrow();
	}

	private Office office(String code) {
		return data.offices().stream().filter(office -> office.code().equals(code)).findFirst().orElseThrow();
	}

	private static ByteArrayResource text(String csv) {
		return new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8));
	}
}
