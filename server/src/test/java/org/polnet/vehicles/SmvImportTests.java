package org.polnet.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.imports.ImportFeeds;
import org.polnet.PolnetIntegrationTest;
import org.polnet.documents.TestDocuments;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A national feed of stolen vehicles loaded through the imports module, checked row by row and found by FIND at once. */
@PolnetIntegrationTest
class SmvImportTests {

	private static final int VEHICLES = 120;

	private static final String HEADER = "vin,plate,registration_country,type,make,model,model_year,stolen_on,"
			+ "stolen_country,national_reference\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final Authentication france = TestOfficers
		.signedIn(TestOfficers.officer("fra.smv.feed", "NCB-FRA", Role.NCB_OFFICER));

	private ImportFeeds feeds;

	@BeforeEach
	void franceFeeds() {
		feeds = new ImportFeeds(mvc, json, "smv", france);
	}

	@Test
	void aFeedWithABrokenRowIsLoadedExceptThatRowAndUploadingItAgainChangesNothing() throws Exception {
		List<String> vins = new ArrayList<>();
		for (int i = 0; i < VEHICLES; i++) {
			vins.add(TestVehicles.newVin());
		}
		String plateOnly = TestVehicles.newPlate();
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < VEHICLES; i++) {
			if (i == 60) {
				// an O for a 0 at position 12: the row is rejected, the others are loaded
				csv.append("VF1RJA00512O45678,,,CAR,Renault,Clio,2020,2026-03-01,FRA,FEED-BROKEN\n");
			}
			csv.append(vins.get(i)).append(",,,CAR,Renault,Megane,2021,2026-03-0").append(1 + i % 9)
				.append(",FRA,FEED-").append(i).append('\n');
		}
		csv.append(",").append(plateOnly).append(",FRA,MOTORCYCLE,Yamaha,MT-07,,2026-02-11,FRA,FEED-PLATE\n");
		csv.append(TestVehicles.newVin()).append(",,,CAR,Toyota,Prius,,2026-02-11,JPN,FEED-JAPAN\n");
		long first = feeds.upload(csv.toString(), status().isAccepted());
		assertThat(ImportFeeds.counts(feeds.finished(first))).containsExactly(VEHICLES + 3L, VEHICLES + 1L, 2L, VEHICLES + 1L, 0L, 0L);
		String report = mvc.perform(get("/api/v1/imports/jobs/{id}/rejections", first).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// the header is line 1: the broken row (after 60 vehicles) is line 62, the Japanese theft the last line
		assertThat(report).contains("62,\"vin\",\"The VIN is not valid: position 12")
			.contains((VEHICLES + 4) + ",\"stolen_country\",\"Only the NCB of the country where the vehicle was stolen")
			.hasLineCount(3);
		assertThat(jdbc.sql("SELECT count(*) FROM vehicles_smv WHERE national_reference LIKE 'FEED-BROKEN%' "
				+ "OR national_reference = 'FEED-JAPAN'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM vehicles_smv_history h JOIN vehicles_smv v ON v.id = h.vehicle_id "
				+ "WHERE v.vin = ANY(?::text[]) AND h.change = 'REPORTED' AND h.changed_by = 'fra.smv.feed'")
			.param(vins.toArray(String[]::new))
			.query(Long.class)
			.single()).isEqualTo(VEHICLES);

		// the index's batches are not stored again, serialised, by the event publication registry
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%VehiclesImported'")
			.query(Long.class)
			.single()).isZero();

		// the same rows in another file: every row unchanged, nothing written
		JsonNode again = feeds.finished(feeds.upload(csv + "\n", status().isAccepted()));
		assertThat(ImportFeeds.counts(again)).containsExactly(VEHICLES + 3L, VEHICLES + 1L, 2L, 0L, 0L, VEHICLES + 1L);
		assertThat(jdbc.sql("SELECT count(*) FROM vehicles_smv_history h JOIN vehicles_smv v ON v.id = h.vehicle_id "
				+ "WHERE v.vin = ANY(?::text[])").param(vins.toArray(String[]::new)).query(Long.class).single())
			.isEqualTo(VEHICLES);

		// FIND sees the imported records as soon as their batch commits
		find("{\"vin\":\"" + vins.get(99) + "\"}").andExpect(jsonPath("$.result").value("hit"))
			.andExpect(jsonPath("$.matches[0].ownerReference").value("FEED-99"));
		find("{\"plate\":\"" + plateOnly.replace("-", "") + "\",\"registrationCountry\":\"FRA\"}")
			.andExpect(jsonPath("$.result").value("hit"))
			.andExpect(jsonPath("$.matches[0].type").value("MOTORCYCLE"));
	}

	@Test
	void twoRowsOfAFileWithDifferentVinsAndOnePlateLoadTheFirstAndRejectTheSecondNotTheFile() throws Exception {
		String plate = TestVehicles.newPlate();
		String first = TestVehicles.newVin();
		String second = TestVehicles.newVin();
		String csv = HEADER + first + "," + plate + ",FRA,CAR,Renault,Clio,2020,2026-03-01,FRA,FEED-SAME-PLATE-1\n"
				+ second + "," + plate + ",FRA,CAR,Peugeot,208,2021,2026-03-02,FRA,FEED-SAME-PLATE-2\n";
		long job = feeds.upload(csv, status().isAccepted());
		assertThat(ImportFeeds.counts(feeds.finished(job))).containsExactly(2L, 1L, 1L, 1L, 0L, 0L);
		assertThat(mvc.perform(get("/api/v1/imports/jobs/{id}/rejections", job).with(authentication(france)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("3,,\"the same record as line 2\"");
		find("{\"vin\":\"" + first + "\"}").andExpect(jsonPath("$.result").value("hit"));
		find("{\"vin\":\"" + second + "\"}").andExpect(jsonPath("$.result").value("no-hit"));
	}

	private ResultActions find(String body) throws Exception {
		return mvc
			.perform(post("/api/v1/find/vehicles").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(authentication(TestDocuments.system("bra-border-smv-import", "NCB-BRA", "find:vehicles")))
				.with(csrf()))
			.andExpect(status().isOk());
	}

}
