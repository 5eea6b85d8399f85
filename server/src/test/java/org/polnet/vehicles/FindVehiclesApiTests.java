package org.polnet.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.documents.TestDocuments;
import org.polnet.identity.ApiScope;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.ObjectMapper;

/** FIND for vehicles as border systems call it: hits by VIN and plate, what stays hidden, bad input, the owner's hit. */
@PolnetIntegrationTest
class FindVehiclesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StolenVehicles vehicles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApiTokenAdministration tokens;

	@LocalServerPort
	int port;

	private final CurrentOfficer france = TestOfficers.officer("fra.smv.find", "NCB-FRA", Role.NCB_OFFICER);

	private final Authentication japaneseBorder = TestDocuments.system("jpn-border-smv", "NCB-JPN", "find:vehicles");

	/**
	 * A car reported stolen in France is checked by VIN at a Japanese port by a system with a real API token: a hit
	 * with what the caller may see, and France sees the hit in its hits.
	 */
	@Test
	void theApiDocumentationDescribesEachFindRequestUnderItsOwnName() throws Exception {
		mvc.perform(get("/api/v1/openapi.json").with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/find/vehicles'].post.requestBody.content['application/json'].schema['$ref']")
				.value("#/components/schemas/VehicleFindRequest"))
			.andExpect(jsonPath("$.paths['/api/v1/find/documents'].post.requestBody.content['application/json'].schema['$ref']")
				.value("#/components/schemas/FindRequest"))
			.andExpect(jsonPath("$.components.schemas.VehicleFindRequest.properties.vin").exists())
			.andExpect(jsonPath("$.components.schemas.FindRequest.properties.mrz").exists());
	}

	@Test
	void aVinReportedStolenInFranceIsAHitAtAJapanesePortAndFranceSeesTheHit() throws Exception {
		String vin = TestVehicles.newVin();
		StolenVehicle stolen = vehicles.report(france, new VehicleDraft(vin, "", TestVehicles.newPlate(), "FRA",
				"Renault", "Clio", 2021, "grey", VehicleType.CAR, LocalDate.of(2026, 2, 1), "Lyon", "FRA", "PN-SMV-1",
				"Keys stolen in a burglary", org.polnet.identity.Clearance.FOR_OFFICIAL_USE_ONLY,
				AccessScope.ALL_MEMBERS, Set.of(), null), null);
		IssuedApiToken token = tokens.create(TestOfficers.ncbAdmin("NCB-JPN"), new NewApiToken(
				"yokohama-port-" + stolen.id(), null, Set.of(ApiScope.FIND_VEHICLES), LocalDate.now(ZoneOffset.UTC).plusMonths(1)));
		String grouped = vin.substring(0, 3).toLowerCase() + " " + vin.substring(3, 9) + "-" + vin.substring(9);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/find/vehicles"))
				.header("Authorization", "Bearer " + token.secret())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"vin\":\"" + grouped + "\",\"place\":\"Yokohama port\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		var answer = json.readTree(response.body());
		assertThat(answer.at("/result").asString()).isEqualTo("hit");
		assertThat(answer.at("/matches/0/reference").asString()).isEqualTo(stolen.reference());
		assertThat(answer.at("/matches/0/status").asString()).isEqualTo("STOLEN");
		assertThat(answer.at("/matches/0/ownerOffice").asString()).isEqualTo("NCB-FRA");
		assertThat(answer.at("/matches/0/ownerReference").asString()).isEqualTo("PN-SMV-1");
		assertThat(answer.at("/matches/0/make").asString()).isEqualTo("Renault");
		assertThat(answer.at("/matches/0/colour").asString()).isEqualTo("grey");
		assertThat(answer.at("/matches/0/stolenOn").asString()).isEqualTo("2026-02-01");
		assertThat(answer.at("/matches/0/remarks").isMissingNode()).isTrue();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> hits(stolen) == 1);
		mvc.perform(get("/api/v1/hits").param("side", "OWNER").param("size", "100")
			.with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.recordReference == '" + stolen.reference() + "')].checkingOffice")
				.value("NCB-JPN"))
			.andExpect(jsonPath("$.hits[?(@.recordReference == '" + stolen.reference() + "')].place")
				.value("Yokohama port"));
		assertThat(new AuditLog(auditEntries).of("token:yokohama-port-" + stolen.id(), "vehicles.find",
				("SMV " + vin + " hit " + stolen.reference())::equals))
			.extracting(AuditRecord::purpose)
			.containsExactly("border check (place: Yokohama port)");
	}

	@Test
	void platesCompareWithoutSpacesDashesOrCaseInTheirRegistrationCountryOnly() throws Exception {
		String plate = TestVehicles.newPlate();
		StolenVehicle stolen = vehicles.report(france, VehicleDraft.car("", plate, "FRA", "Peugeot", "208",
				LocalDate.of(2026, 1, 15), "FRA", "PN-PLATE"), null);
		String typed = " " + plate.toLowerCase().replace("-", " - ") + " ";
		find(japaneseBorder, "{\"plate\":\"" + typed + "\",\"registrationCountry\":\"fra\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("hit"))
			.andExpect(jsonPath("$.matches[0].reference").value(stolen.reference()))
			.andExpect(jsonPath("$.matches[0].plate").value(plate));
		find(japaneseBorder, "{\"plate\":\"" + plate + "\",\"registrationCountry\":\"BEL\"}")
			.andExpect(jsonPath("$.result").value("no-hit"));
	}

	@Test
	void aVinWithIOrQOrAWrongNorthAmericanCheckDigitIsRejectedWithAProblemDetail() throws Exception {
		find(japaneseBorder, "{\"vin\":\"VF1RJA00O12345678\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:polnet:problem:invalid-vehicle"))
			.andExpect(jsonPath("$.detail").value(containsString("position 9")))
			.andExpect(jsonPath("$.detail").value(containsString("I, O and Q")));
		// 1M8GDM9AXKP042788 is valid; with position 9 changed its check digit is wrong
		find(japaneseBorder, "{\"vin\":\"1M8GDM9AXKP042788\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("no-hit"));
		find(japaneseBorder, "{\"vin\":\"1M8GDM9A1KP042788\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("check digit")));
	}

	@Test
	void anUnknownRegistrationCountryIsRejected() throws Exception {
		find(japaneseBorder, "{\"plate\":\"AB-123-CD\",\"registrationCountry\":\"ZZZ\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Unknown registration country")));
		find(japaneseBorder, "{\"plate\":\"AB-123-CD\"}").andExpect(status().isBadRequest());
	}

	@Test
	void aBatchAnswersEveryItemAndRejectsOnlyTheBadOnes() throws Exception {
		String vin = TestVehicles.newVin();
		vehicles.report(france, TestVehicles.frenchCar(vin, "", "PN-BATCH"), null);
		find(japaneseBorder, "{\"purpose\":\"ferry manifest\",\"items\":[{\"vin\":\"" + vin + "\"},{\"vin\":\""
				+ TestVehicles.newVin() + "\"},{\"vin\":\"VF1QQQ\"},{\"plate\":\"X1\",\"registrationCountry\":\"XX\"},null]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.length()").value(5))
			.andExpect(jsonPath("$.answers[0].result").value("hit"))
			.andExpect(jsonPath("$.answers[1].result").value("no-hit"))
			.andExpect(jsonPath("$.answers[2].result").value("error"))
			.andExpect(jsonPath("$.answers[3].result").value("error"))
			.andExpect(jsonPath("$.answers[4].result").value("error"));
		assertThat(new AuditLog(auditEntries).of("jpn-border-smv", "vehicles.find")).extracting(AuditRecord::purpose)
			.filteredOn("ferry manifest"::equals)
			.hasSize(5);
	}

	@Test
	void aTokenWithoutTheVehicleFindScopeIsRefusedAndMayNotListRecords() throws Exception {
		find(TestDocuments.system("jpn-documents-only", "NCB-JPN", "find:documents"), "{\"vin\":\"" + TestVehicles.newVin() + "\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:polnet:problem:forbidden"));
		assertThat(new AuditLog(auditEntries).of("jpn-documents-only", "vehicles.find")).isEmpty();
		mvc.perform(get("/api/v1/vehicles").with(authentication(japaneseBorder))).andExpect(status().isForbidden());
	}

	@Test
	void aRecordTheCallerMayNotSeeIsNoHitForThemAndRaisesNoHit() throws Exception {
		String vin = TestVehicles.newVin();
		StolenVehicle restricted = vehicles.report(france,
				TestVehicles.frenchCar(vin, "", "PN-HIDDEN").withAccess(AccessScope.ONLY_LISTED, Set.of("BRA")), null);
		find(japaneseBorder, "{\"vin\":\"" + vin + "\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("no-hit"));
		find(TestDocuments.system("bra-border-smv", "NCB-BRA", "find:vehicles"), "{\"vin\":\"" + vin + "\"}")
			.andExpect(jsonPath("$.result").value("hit"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> hits(restricted) == 1);
		assertThat(jdbc.sql("SELECT checking_office FROM hits_hit WHERE record_reference = ?")
			.param(restricted.reference())
			.query(String.class)
			.list()).containsExactly("NCB-BRA");
	}

	@Test
	void aRecoveredVehicleIsNoLongerAHit() throws Exception {
		String vin = TestVehicles.newVin();
		StolenVehicle stolen = vehicles.report(france, TestVehicles.frenchCar(vin, "", "PN-FOUND"), null);
		find(japaneseBorder, "{\"vin\":\"" + vin + "\"}").andExpect(jsonPath("$.result").value("hit"));
		vehicles.markRecovered(france, stolen.id(), "Found in Marseille harbour", null);
		find(japaneseBorder, "{\"vin\":\"" + vin + "\"}").andExpect(jsonPath("$.result").value("no-hit"));
	}

	private long hits(StolenVehicle vehicle) {
		return jdbc.sql("SELECT count(*) FROM hits_hit WHERE record_reference = ?")
			.param(vehicle.reference())
			.query(Long.class)
			.single();
	}

	private ResultActions find(Authentication caller, String body) throws Exception {
		return mvc.perform(post("/api/v1/find/vehicles").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(caller))
			.with(csrf()));
	}
}
