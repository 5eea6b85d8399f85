package org.polnet.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.documents.DocumentDraft;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditQuery;
import org.polnet.audit.AuditRecord;
import org.polnet.documents.DocumentStatus;
import org.polnet.documents.DocumentType;
import org.polnet.documents.TestDocuments;
import org.polnet.documents.TravelDocuments;
import org.polnet.engines.vin.Vins;
import org.polnet.vehicles.StolenVehicle;
import org.polnet.vehicles.StolenVehicles;
import org.polnet.vehicles.VehicleDraft;
import org.polnet.engines.mind.MindDelta;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindSigningKeys;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MIND packages as a border authority downloads and checks them offline: signed, filtered, versioned, audited. The
 * whole application: a package holds the records of the police databases (documents, vehicles), and one is
 * downloaded over HTTP with a real API token.
 */
@PolnetIntegrationTest
class MindApiTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TravelDocuments documents;

	@Autowired
	StolenVehicles vehicles;

	@Autowired
	ApiTokenAdministration tokens;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	MindKeys keys;

	@Value("${polnet.data-dir}")
	Path dataDirectory;

	@LocalServerPort
	int port;

	private MockMvc mvc;

	private final CurrentOfficer france = TestOfficers.officer("fra.mind", "NCB-FRA", Role.NCB_OFFICER);

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void aPackageDownloadedWithATokenFindsDemoAndReportedPassportsOfflineButNotARandomNumber() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(france, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT,
				DocumentStatus.STOLEN_ISSUED, LocalDate.of(2026, 3, 1), "PN-MIND-1"), null);
		// the stolen French demo passport the demo's start-up log offers to check (docs/documents.md)
		String[] demo = { "FRA", "DMFRA0000" };
		IssuedApiToken token = tokens.create(TestOfficers.ncbAdmin("NCB-JPN"),
				new NewApiToken("narita-mind-" + number.toLowerCase(), null, Set.of(ApiScope.MIND_DOWNLOAD),
						LocalDate.now(ZoneOffset.UTC).plusMonths(1)));

		HttpResponse<byte[]> keyResponse = http("/api/v1/mind/public-key", token);
		assertThat(keyResponse.statusCode()).isEqualTo(200);
		assertThat(keyResponse.headers().firstValue("X-Mind-Key-Fingerprint")).contains(keys.fingerprint());
		PublicKey publicKey = MindSigningKeys.readPublicKey(keyResponse.body());

		HttpResponse<byte[]> response = http("/api/v1/mind/package", token);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/octet-stream");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("attachment").contains("mind-NCB-JPN-v");
		MindPackage offline = MindPackage.read(response.body(), publicKey);
		assertThat(offline.mightContainDocument("FRA", number)).isTrue();
		assertThat(offline.mightContainDocument(demo[0], demo[1])).isTrue();
		assertThat(offline.mightContainDocument("FRA", "ZX" + number.substring(2))).isFalse();
		assertThat(offline.keyId()).startsWith("NCB-JPN-");
	}

	@Test
	void aPackageDownloadedThroughTheApiHoldsAStolenVehicleByVinAndByPlateButNotARecoveredOne() throws Exception {
		String vin = Vins.generate("VF3", "MNDA0", "T" + sevenDigits());
		String plate = "MD-" + sevenDigits();
		vehicles.report(france, VehicleDraft.car(vin, plate, "FRA", "Peugeot", "308", LocalDate.of(2026, 3, 4), "FRA",
				"PN-MIND-SMV"), null);
		StolenVehicle recovered = vehicles.report(france, VehicleDraft.car(Vins.generate("VF3", "MNDA1",
				"T" + sevenDigits()), "", "", "Peugeot", "208",
				LocalDate.of(2026, 3, 4), "FRA", "PN-MIND-SMV-2"), null);
		vehicles.markRecovered(france, recovered.id(), "", null);
		MvcResult result = download(TestDocuments.system("ken-mind-smv", "NCB-KEN", "mind:download"), null);
		MindPackage offline = MindPackage.read(result.getResponse().getContentAsByteArray(), keys.publicKey());
		assertThat(offline.mightContain(org.polnet.engines.mind.MindEntries.vin(vin))).isTrue();
		assertThat(offline.mightContain(org.polnet.engines.mind.MindEntries.plate("FRA", plate.toLowerCase().replace("-", " "))))
			.isTrue();
		assertThat(offline.mightContain(org.polnet.engines.mind.MindEntries.vin(recovered.vin()))).isFalse();
		assertThat(offline.mightContain(org.polnet.engines.mind.MindEntries.plate("BEL", plate))).isFalse();
	}

	@Test
	void aRecordRestrictedToBrazilIsInBrazilsPackageButNotInJapans() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(france, new DocumentDraft(number, "FRA", DocumentType.PASSPORT, DocumentStatus.STOLEN_ISSUED,
				LocalDate.of(2026, 3, 2), null, null, "R-MIND", "", Clearance.FOR_OFFICIAL_USE_ONLY,
				AccessScope.ONLY_LISTED, Set.of("BRA"), null), null);
		PublicKey publicKey = keys.publicKey();
		MindPackage japan = MindPackage.read(download(TestDocuments.system("jpn-mind-r", "NCB-JPN", "mind:download"), null)
			.getResponse().getContentAsByteArray(), publicKey);
		MindPackage brazil = MindPackage.read(download(TestDocuments.system("bra-mind-r", "NCB-BRA", "mind:download"), null)
			.getResponse().getContentAsByteArray(), publicKey);
		assertThat(japan.mightContainDocument("FRA", number)).isFalse();
		assertThat(brazil.mightContainDocument("FRA", number)).isTrue();
	}

	@Test
	void aSecondDownloadSinceThePreviousVersionIsADeltaThatUpdatesTheFirstPackage() throws Exception {
		Authentication kenya = TestDocuments.system("ken-mind-d", "NCB-KEN", "mind:download");
		MvcResult first = download(kenya, null);
		MindPackage installed = MindPackage.read(first.getResponse().getContentAsByteArray(), keys.publicKey());
		String added = TestDocuments.newNumber();
		documents.report(france, DocumentDraft.open(added, "FRA", DocumentType.PASSPORT, DocumentStatus.LOST,
				LocalDate.of(2026, 3, 3), "PN-MIND-2"), null);

		MvcResult second = download(kenya, installed.version());
		assertThat(second.getResponse().getHeader("X-Mind-Kind")).isEqualTo("delta");
		assertThat(second.getResponse().getHeader("Content-Disposition")).contains("-delta.mind");
		MindDelta delta = MindDelta.read(second.getResponse().getContentAsByteArray(), keys.publicKey());
		MindPackage updated = installed.apply(delta);
		assertThat(updated.version()).isEqualTo(installed.version() + 1);
		assertThat(installed.mightContainDocument("FRA", added)).isFalse();
		assertThat(updated.mightContainDocument("FRA", added)).isTrue();
	}

	@Test
	void aDownloadSinceAVersionThatIsNotTheLatestGetsAFullPackageWithANewKey() throws Exception {
		Authentication jordan = TestDocuments.system("jor-mind-f", "NCB-JOR", "mind:download");
		MindPackage first = MindPackage.read(download(jordan, null).getResponse().getContentAsByteArray(),
				keys.publicKey());
		download(jordan, first.version());
		MvcResult stale = download(jordan, first.version());
		assertThat(stale.getResponse().getHeader("X-Mind-Kind")).isEqualTo("full");
		MindPackage full = MindPackage.read(stale.getResponse().getContentAsByteArray(), keys.publicKey());
		assertThat(full.version()).isEqualTo(first.version() + 2);
		assertThat(full.keyId()).isNotEqualTo(first.keyId());
	}

	@Test
	void aTokenWithoutTheMindScopeIsRefusedWithAProblem() throws Exception {
		mvc.perform(get("/api/v1/mind/package")
			.with(authentication(TestDocuments.system("jpn-find-only", "NCB-JPN", "find:documents"))))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(audited("jpn-find-only", "mind.download")).isEmpty();
	}

	@Test
	void everyDownloadIsAuditedWithOfficeVersionKindAndEntryCount() throws Exception {
		Authentication brazil = TestDocuments.system("bra-mind-audit", "NCB-BRA", "mind:download");
		MvcResult result = download(brazil, null);
		MindPackage offline = MindPackage.read(result.getResponse().getContentAsByteArray(), keys.publicKey());
		assertThat(audited("bra-mind-audit", "mind.download")).singleElement()
			.extracting(AuditRecord::target)
			.isEqualTo("MIND NCB-BRA v" + offline.version() + " full, " + offline.size() + " entries");
	}

	@Test
	void theSigningKeyIsKeptInTheDataDirectoryReadableByTheServerOnlyAndReusedAtTheNextStart() throws Exception {
		Path privateFile = dataDirectory.resolve("keys").resolve("mind-signing.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile))).isEqualTo("rw-------");
		assertThat(Files.readString(dataDirectory.resolve("keys").resolve("mind-signing.pub")))
			.isEqualTo(keys.publicKeyPem());
		assertThat(new MindKeys(dataDirectory).fingerprint()).isEqualTo(keys.fingerprint());
	}

	@Test
	void publishesEveryKeyOfTheHistoryAsJsonAndAsOnePemFileForDevices() throws Exception {
		mvc.perform(get("/api/v1/mind/keys").with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[-1:].sha256Fingerprint").value(org.hamcrest.Matchers.hasItem(keys.fingerprint())))
			.andExpect(jsonPath("$[-1:].validUntil").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.nullValue())));
		mvc.perform(get("/api/v1/mind/keys").accept("application/x-pem-file")
			.with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.endsWith(keys.publicKeyPem())));
	}

	@Test
	void thePublicKeyIsAlsoAvailableAsJsonWithItsFingerprint() throws Exception {
		mvc.perform(get("/api/v1/mind/public-key").accept(MediaType.APPLICATION_JSON)
			.with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sha256Fingerprint").value(keys.fingerprint()))
			.andExpect(jsonPath("$.publicKey").value(keys.publicKeyPem()));
	}

	@Test
	void theMindPageShowsTheFingerprintAndOffersTheDownloadsToAnNcbOfficer() throws Exception {
		mvc.perform(get("/mind").with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(keys.fingerprint())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/mind/package")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("java -jar mind-checker.jar")));
		MvcResult page = download(TestOfficers.signedIn(france), null);
		assertThat(page.getResponse().getHeader("Content-Disposition")).contains("mind-NCB-FRA-v");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource({ "en, Signing key, office NCB-FRA may see",
			"fr, Clé de signature, journal d&#39;audit", "es, Clave de firma, oficina NCB-FRA",
			"ar, مفتاح التوقيع, NCB-FRA" })
	void theMindPageIsTranslated(String language, String heading, String lead) throws Exception {
		mvc.perform(get("/mind").param("lang", language).with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(heading)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(lead)));
	}

	private List<AuditRecord> audited(String actor, String action) {
		List<AuditRecord> records = new ArrayList<>();
		auditEntries.forEach(new AuditQuery(actor, null, action, null, null, null), entry -> records.add(entry.record()));
		return records;
	}

	private MvcResult download(Authentication caller, Long since) throws Exception {
		var request = get("/api/v1/mind/package").with(authentication(caller));
		if (since != null) {
			request = request.param("since", Long.toString(since));
		}
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andReturn();
	}

	private HttpResponse<byte[]> http(String path, IssuedApiToken token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + token.secret())
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Seven digits that differ from run to run (System.nanoTime's own length depends on the machine's uptime). */
	private static String sevenDigits() {
		return "%07d".formatted(Math.floorMod(System.nanoTime() / 1_000, 10_000_000));
	}
}
