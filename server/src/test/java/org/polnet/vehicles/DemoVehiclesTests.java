package org.polnet.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.engines.vin.Vins;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo vehicles as docs/vehicles.md promises them: the documented stolen Renault is a hit at a Japanese check
 * by VIN and by plate, every demo NCB has its 300 fictional records, and they are the same on every machine.
 * Whole application: what is checked is what the demo start leaves in the database and the index.
 */
@PolnetIntegrationTest
class DemoVehiclesTests {

	private static final List<String> DEMO_NCBS = List.of("NCB-FRA", "NCB-BRA", "NCB-KEN", "NCB-JPN", "NCB-JOR");

	@Autowired
	MockMvc mvc;

	private final Authentication japaneseOfficer = TestOfficers
		.signedIn(TestOfficers.officer("jpn.demo.smv", "NCB-JPN", Role.NCB_OFFICER));

	@Test
	void theDocumentedDemoCarIsStolenAndAHitByItsVinAndByItsPlate() throws Exception {
		for (String item : List.of("{\"vin\":\"VF1RJA007MT000042\",\"place\":\"Port of Yokohama\"}",
				"{\"plate\":\"dm-042-ly\",\"registrationCountry\":\"FRA\"}")) {
			mvc.perform(post("/api/v1/find/vehicles").contentType(MediaType.APPLICATION_JSON)
				.content(item)
				.with(authentication(japaneseOfficer))
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.result").value("hit"))
				.andExpect(jsonPath("$.matches.length()").value(1))
				.andExpect(jsonPath("$.matches[0].status").value("STOLEN"))
				.andExpect(jsonPath("$.matches[0].ownerOffice").value("NCB-FRA"))
				.andExpect(jsonPath("$.matches[0].ownerReference").value("FRA-DEMO-SMV-10000"))
				.andExpect(jsonPath("$.matches[0].vin").value("VF1RJA007MT000042"))
				.andExpect(jsonPath("$.matches[0].plate").value("DM-042-LY"))
				.andExpect(jsonPath("$.matches[0].make").value("Renault"))
				.andExpect(jsonPath("$.matches[0].model").value("Clio"))
				.andExpect(jsonPath("$.matches[0].colour").value("grey"))
				.andExpect(jsonPath("$.matches[0].stolenOn").value("2025-11-14"));
		}
	}

	@Test
	void eachDemoNcbReportsThreeHundredVehiclesStolenInItsOwnCountry() {
		Map<Object, Long> perOwner = DemoVehicles.rows()
			.stream()
			.collect(Collectors.groupingBy(row -> row[16], Collectors.counting()));
		assertThat(perOwner).containsOnlyKeys(DEMO_NCBS.toArray()).allSatisfy((owner, count) -> assertThat(count).isEqualTo(300));
		assertThat(DemoVehicles.rows()).allSatisfy(row -> assertThat(row[16]).isEqualTo("NCB-" + row[13]));
	}

	@Test
	void everyDemoVinIsValidAndOnlyJapaneseDomesticCarsGoWithoutOne() {
		List<Object[]> rows = DemoVehicles.rows();
		assertThat(rows).filteredOn(row -> row[0] != null)
			.allSatisfy(row -> assertThat(Vins.parse((String) row[0]).valid()).as("VIN %s", row[0]).isTrue());
		List<Object[]> withoutVin = rows.stream().filter(row -> row[0] == null).toList();
		assertThat(withoutVin).hasSize(100).allSatisfy(row -> {
			assertThat(row[16]).isEqualTo("NCB-JPN");
			assertThat((String) row[1]).as("chassis number").isNotBlank();
		});
	}

	@Test
	void everyDemoVehicleIsOnceInSmvByKeyAndByPlateInItsCountry() {
		Set<Object> keys = new HashSet<>();
		Set<String> plates = new HashSet<>();
		for (Object[] row : DemoVehicles.rows()) {
			assertThat(VehicleRules.plateProblem((String) row[2])).as("plate %s", row[2]).isEmpty();
			assertThat(keys.add(row[5])).as("record key %s", row[5]).isTrue();
			assertThat(plates.add(row[4] + " " + row[3])).as("plate %s in %s", row[3], row[4]).isTrue();
		}
	}

	@Test
	void everyDemoRecordSaysItIsFictional() {
		assertThat(DemoVehicles.rows()).allSatisfy(row -> {
			assertThat((String) row[14]).as("national reference").matches(row[13] + "-DEMO-SMV-\\d+");
			assertThat(row[15]).as("remarks").isEqualTo("Synthetic demo record");
		});
		// where the country's plate shape allows it, the plate itself says demo
		assertThat(DemoVehicles.rows()).filteredOn(row -> row[4].equals("FRA") || row[4].equals("BRA"))
			.hasSize(600)
			.allSatisfy(row -> assertThat((String) row[2]).startsWith("DM"));
	}

	@Test
	void theDemoDataIsTheSameOnEveryStart() {
		// a seed taken from the clock or the machine would give each demo different vehicles than the docs describe
		Function<List<Object[]>, List<List<Object>>> values = rows -> rows.stream().map(Arrays::asList).toList();
		assertThat(values.apply(DemoVehicles.rows())).isEqualTo(values.apply(DemoVehicles.rows()));
	}
}
