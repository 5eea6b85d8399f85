package org.polnet.vehicles;

import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.polnet.records.HistoryEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.RecordNotFoundException;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;

/** SMV records: who reports and changes them, uniqueness, audit with purpose, and the pages and API officers use. */
@PolnetIntegrationTest
class StolenVehiclesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StolenVehicles vehicles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	private final CurrentOfficer franceOfficer = TestOfficers.officer("fra.smv", "NCB-FRA", Role.NCB_OFFICER);

	private final CurrentOfficer japanOfficer = TestOfficers.officer("jpn.smv", "NCB-JPN", Role.NCB_OFFICER);

	private final Authentication france = TestOfficers.signedIn(franceOfficer);

	private final Authentication japan = TestOfficers.signedIn(japanOfficer);

	@Test
	void onlyTheNcbOfTheCountryOfTheTheftReportsAVehicleAndARefusalWritesNothing() {
		String vin = TestVehicles.newVin();
		// a French-registered car stolen in France may not be reported by Japan
		assertThatThrownBy(() -> vehicles.report(japanOfficer, TestVehicles.frenchCar(vin, "", "JP-1"), null))
			.isInstanceOf(NotAllowedException.class);
		assertThat(records(vin)).isZero();
		assertThat(new AuditLog(auditEntries).of("jpn.smv", "vehicles.report", ("SMV " + vin)::equals))
			.extracting(AuditRecord::outcome)
			.containsExactly(Outcome.DENIED);
		// a Japanese-registered car stolen in France is France's to report
		StolenVehicle reported = vehicles.report(franceOfficer, VehicleDraft.car(vin, "", "", "Toyota", "Prius",
				LocalDate.of(2026, 4, 1), "FRA", "FR-1"), null);
		assertThat(reported.access().ownerOffice()).isEqualTo("NCB-FRA");
		assertThat(reported.reviewAt()).isEqualTo(LocalDate.ofInstant(reported.createdAt(), java.time.ZoneOffset.UTC)
			.plusYears(10));
	}

	@Test
	void aVehicleIsStolenOnceByVinAndByPlateAndNeedsOneOfThem() {
		String vin = TestVehicles.newVin();
		String plate = TestVehicles.newPlate();
		vehicles.report(franceOfficer, TestVehicles.frenchCar(vin, plate, "A"), null);
		assertThatThrownBy(() -> vehicles.report(franceOfficer, TestVehicles.frenchCar(vin, "", "B"), null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> vehicles.report(franceOfficer,
				TestVehicles.frenchCar(TestVehicles.newVin(), plate.toLowerCase().replace("-", " "), "C"), null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> vehicles.report(franceOfficer, TestVehicles.frenchCar("", "", "D"), null))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("Give the VIN"));
		assertThatThrownBy(() -> vehicles.report(franceOfficer, TestVehicles.frenchCar("VF1RJA00O12345678", "", "E"), null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.getMessage()).contains("position 9", "I, O and Q"));
	}

	@Test
	void anotherNcbMayNotAmendAndNothingIsWritten() {
		StolenVehicle stolen = vehicles.report(franceOfficer, TestVehicles.frenchCar(TestVehicles.newVin(), "", "R-OLD"), null);
		VehicleDraft changed = TestVehicles.frenchCar(stolen.vin(), "", "R-JAPAN");
		assertThatThrownBy(() -> vehicles.amend(japanOfficer, stolen.id(), changed, null))
			.isInstanceOf(NotAllowedException.class);
		StolenVehicle hidden = vehicles.report(franceOfficer, TestVehicles.frenchCar(TestVehicles.newVin(), "", "R-H")
			.withAccess(org.polnet.access.AccessScope.ONLY_LISTED, java.util.Set.of("BRA")), null);
		assertThatThrownBy(() -> vehicles.amend(japanOfficer, hidden.id(), changed, null))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(vehicles.view(franceOfficer, stolen.id(), "verification", null).nationalReference()).isEqualTo("R-OLD");
		assertThat(vehicles.history(franceOfficer, stolen.id())).extracting(HistoryEntry::change)
			.containsExactly("REPORTED");
		assertThat(new AuditLog(auditEntries).of("jpn.smv", "vehicles.amend")).extracting(AuditRecord::outcome)
			.containsOnly(Outcome.DENIED);
		// the owner may
		vehicles.amend(franceOfficer, stolen.id(), TestVehicles.frenchCar(stolen.vin(), "", "R-NEW"), null);
		assertThat(vehicles.view(franceOfficer, stolen.id(), "verification", null).nationalReference()).isEqualTo("R-NEW");
		assertThat(vehicles.history(franceOfficer, stolen.id())).extracting(HistoryEntry::change)
			.containsExactly("REPORTED", "AMENDED");
	}

	@Test
	void aViewIsAuditedWithItsPurposeAndAHiddenRecordIsNotFound() {
		StolenVehicle stolen = vehicles.report(franceOfficer, TestVehicles.frenchCar(TestVehicles.newVin(), "", "R-V"), null);
		vehicles.view(japanOfficer, stolen.id(), "investigation", "10.0.0.7");
		assertThat(new AuditLog(auditEntries).of("jpn.smv", "vehicles.view", stolen.reference()::equals))
			.extracting(record -> AuditLog.purposeAndOutcome(record) + " " + record.clientAddress())
			.containsExactly("investigation SUCCESS 10.0.0.7");
		assertThatThrownBy(() -> vehicles.view(japanOfficer, stolen.id(), " ", null))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theOwnerMarksTheVehicleRecoveredThenItCanBeReportedAgainButNotAmended() {
		String vin = TestVehicles.newVin();
		StolenVehicle stolen = vehicles.report(franceOfficer, TestVehicles.frenchCar(vin, "", "R-1"), null);
		StolenVehicle recovered = vehicles.markRecovered(franceOfficer, stolen.id(), "Found in Lille", null);
		assertThat(recovered.status()).isEqualTo(VehicleStatus.RECOVERED);
		assertThatThrownBy(() -> vehicles.amend(franceOfficer, stolen.id(), TestVehicles.frenchCar(vin, "", "R-2"), null))
			.isInstanceOf(ConflictException.class);
		StolenVehicle again = vehicles.report(franceOfficer, TestVehicles.frenchCar(vin, "", "R-3"), null);
		StolenVehicle withdrawn = vehicles.withdraw(franceOfficer, again.id(), "Reported by mistake", null);
		assertThat(withdrawn.withdrawnReason()).isEqualTo("Reported by mistake");
		assertThat(vehicles.history(franceOfficer, again.id())).extracting(HistoryEntry::change)
			.containsExactly("REPORTED", "WITHDRAWN");
	}

	@Test
	void anOfficerReportsThroughTheFormAndReadsTheRecordAfterStatingWhy() throws Exception {
		String vin = TestVehicles.newVin();
		mvc.perform(post("/vehicles").param("vin", vin.toLowerCase())
			.param("plate", TestVehicles.newPlate())
			.param("registrationCountry", "fra")
			.param("type", "CAR")
			.param("make", "Citroen")
			.param("model", "C3")
			.param("modelYear", "2022")
			.param("colour", "red")
			.param("stolenOn", "2026-04-02")
			.param("stolenPlace", "Bordeaux")
			.param("stolenCountry", "FRA")
			.param("nationalReference", "PN-FORM-1")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("scope", "ALL_MEMBERS")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("SELECT id FROM vehicles_smv WHERE vin = ?").param(vin).query(Long.class).single();
		assertThat(page("/vehicles/" + id, japan)).contains("Why do you consult this record?").doesNotContain(vin);
		assertThat(page("/vehicles/" + id + "?purpose=border-check", japan)).contains(vin, "PN-FORM-1", "Citroen",
				"Bordeaux").doesNotContain("Withdraw the record");
		assertThat(page("/vehicles/" + id + "?purpose=verification", france)).contains("Withdraw the record",
				"Mark as recovered", "<h2>History</h2>", "<td>Reported</td>");
		assertThat(page("/vehicles?make=citr&country=FRA", france)).contains("SMV-" + id);
		assertThat(page("/vehicles/" + id + "/edit", france)).contains("PN-FORM-1", "Save the changes");
		mvc.perform(get("/vehicles/" + id + "/edit").with(authentication(japan))).andExpect(status().isForbidden());
		String refused = mvc.perform(post("/vehicles").param("vin", TestVehicles.newVin())
			.param("type", "CAR")
			.param("stolenOn", "2026-04-02")
			.param("stolenCountry", "FRA")
			.param("lang", "fr")
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Seul le BCN du pays où le véhicule a été volé");
	}

	@Test
	void theBorderCheckPageAnswersAVinAndExplainsABadOne() throws Exception {
		String vin = TestVehicles.newVin();
		vehicles.report(franceOfficer, TestVehicles.frenchCar(vin, "", "PN-PAGE-CHECK"), null);
		assertThat(page("/find/vehicles", japan)).contains("Check a vehicle");
		String hit = mvc.perform(post("/find/vehicles").param("vin", vin).with(authentication(japan)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(hit).contains("recorded as stolen in SMV", "PN-PAGE-CHECK", "NCB-FRA");
		String bad = mvc.perform(post("/find/vehicles").param("vin", "VF1RJA00O12345678")
			.param("lang", "ar")
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("تعذر التحقق من المركبة", "position 9");
	}

	@Test
	void theApiReportsReadsWithAPurposeAndSearches() throws Exception {
		String vin = TestVehicles.newVin();
		String created = mvc.perform(post("/api/v1/vehicles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"vin\":\"" + vin + "\",\"type\":\"MOTORCYCLE\",\"make\":\"Yamaha\",\"stolenOn\":\"2026-05-01\","
					+ "\"stolenCountry\":\"FRA\",\"nationalReference\":\"API-1\"}")
			.with(authentication(france))
			.with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/vehicles/" + id).param("purpose", "investigation").with(authentication(japan)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("MOTORCYCLE"))
			.andExpect(jsonPath("$.vin").value(vin));
		mvc.perform(get("/api/v1/vehicles").param("vin", vin).with(authentication(japan)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vehicles[0].nationalReference").value("API-1"));
		mvc.perform(post("/api/v1/vehicles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"plate\":\"AB-1\",\"registrationCountry\":\"ZZZ\",\"type\":\"CAR\",\"stolenOn\":\"2026-05-01\","
					+ "\"stolenCountry\":\"FRA\"}")
			.with(authentication(france))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	private long records(String vin) {
		return jdbc.sql("SELECT count(*) FROM vehicles_smv WHERE vin = ?").param(vin).query(Long.class).single();
	}

	private String page(String path, Authentication who) throws Exception {
		return mvc.perform(get(path).with(authentication(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
