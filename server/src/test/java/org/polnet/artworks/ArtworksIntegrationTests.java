package org.polnet.artworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The WoA database as officers and systems use it: records, photos, full-text search, access, audit and hits. */
@PolnetIntegrationTest
class ArtworksIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	Artworks artworks;

	private MockMvc mvc;

	private final CurrentOfficer franceOfficer = TestOfficers.officer("fra.art", "NCB-FRA", Role.NCB_OFFICER);

	private final CurrentOfficer japanOfficer = TestOfficers.officer("jpn.art", "NCB-JPN", Role.NCB_OFFICER);

	private final CurrentOfficer brazilOfficer = TestOfficers.officer("bra.art", "NCB-BRA", Role.NCB_OFFICER);

	private final Authentication france = TestOfficers.signedIn(franceOfficer);

	private final Authentication japan = TestOfficers.signedIn(japanOfficer);

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void aPhotoIsStoredWithAThumbnailAndServedWithItsContentType() throws Exception {
		long id = create(draft("Still life " + word(), "Anon"));
		mvc.perform(multipart("/artworks/" + id + "/photos").file(photo("still.png", png(800, 400)))
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		byte[] thumb = mvc.perform(get("/artworks/" + id + "/photos/1/thumb").with(authentication(japan)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb));
		assertThat(small.getWidth()).isEqualTo(240);
		assertThat(small.getHeight()).isEqualTo(120);
		mvc.perform(get("/artworks/" + id + "/photos/1").with(authentication(japan)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG));
	}

	@Test
	void aTextFileNamedJpgAndATooLargePhotoAreRefusedAndNothingIsStored() throws Exception {
		long id = create(draft("Landscape " + word(), "Anon"));
		mvc.perform(multipart("/artworks/" + id + "/photos")
			.file(new MockMultipartFile("photo", "holiday.jpg", "image/jpeg", "not an image".getBytes()))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isUnsupportedMediaType());
		byte[] huge = new byte[(int) artworks.maxPhotoBytes() + 1];
		byte[] jpeg = jpeg(100, 100);
		System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
		mvc.perform(multipart("/artworks/" + id + "/photos").file(photo("big.jpg", huge))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isPayloadTooLarge());
		assertThat(jdbc.sql("SELECT count(*) FROM artworks_photo WHERE work_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void fullTextSearchFindsTitleArtistAndInscriptionWordsWhateverTheCaseAndAccents() {
		String unique = word();
		ArtworkDraft d = new ArtworkDraft("Église de Saint-Rémy " + unique, "Hélène Dubœuf", Category.PAINTING, null,
				"Oil on canvas", null, "Signé en bas à droite: H. DUBŒUF 1887", null, null, "Musée de Lyon", "FRA",
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null);
		long id = create(d);
		assertThat(ids(japanOfficer, "eglise remy " + unique)).containsExactly(id);
		assertThat(ids(japanOfficer, "HELENE " + unique)).containsExactly(id);
		assertThat(ids(japanOfficer, "signe droite " + unique)).containsExactly(id);
		assertThat(ids(japanOfficer, "dubœuf " + unique)).containsExactly(id);
		assertThat(ids(japanOfficer, "musee lyon " + unique)).containsExactly(id);
		assertThat(ids(japanOfficer, "sculpture " + unique)).isEmpty();
	}

	@Test
	void aTitleMatchRanksAboveADescriptionMatch() {
		String unique = word();
		long inDescription = create(new ArtworkDraft("Vase", "", Category.OTHER, null, null, null, null,
				"Decorated with a " + unique + " motif", null, null, null, Clearance.FOR_OFFICIAL_USE_ONLY,
				AccessScope.ALL_MEMBERS, Set.of(), null));
		long inTitle = create(draft("The " + unique, "Anon"));
		assertThat(ids(japanOfficer, unique)).containsExactly(inTitle, inDescription);
	}

	@Test
	void aRecordTheViewerMayNotSeeNeverAppears() throws Exception {
		String unique = word();
		long onlyBrazil = create(new ArtworkDraft("Hidden icon " + unique, "", Category.RELIGIOUS_OBJECT, null, null,
				null, null, null, null, null, null, Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ONLY_LISTED,
				Set.of("BRA"), null));
		assertThat(ids(brazilOfficer, unique)).containsExactly(onlyBrazil);
		assertThat(ids(japanOfficer, unique)).isEmpty();
		assertThat(artworks.search(japanOfficer, new ArtworkQuery(unique, null, null, null), 0, 10, "test", null).total())
			.isZero();
		mvc.perform(get("/artworks/" + onlyBrazil).param("purpose", "probe").with(authentication(japan)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/artworks/" + onlyBrazil + "/photos/1/thumb").with(authentication(japan)))
			.andExpect(status().isNotFound());
		assertThat(page("/artworks?q=" + unique + "&purpose=test", japan)).doesNotContain("Hidden icon");
	}

	@Test
	void resultsArePaged() {
		String unique = word();
		for (int i = 0; i < 25; i++) {
			create(draft("Series " + unique + " number " + i, "Anon"));
		}
		ArtworkQuery query = new ArtworkQuery(unique, Category.PAINTING, null, ArtworkStatus.STOLEN);
		ArtworkPage first = artworks.search(japanOfficer, query, 0, 10, "test", null);
		ArtworkPage last = artworks.search(japanOfficer, query, 2, 10, "test", null);
		assertThat(first.total()).isEqualTo(25);
		assertThat(first.items()).hasSize(10);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(last.items()).hasSize(5);
		assertThat(last.hasNext()).isFalse();
		assertThat(artworks.search(japanOfficer, new ArtworkQuery(unique, Category.SCULPTURE, null, null), 0, 10,
				"test", null).total()).isZero();
	}

	@Test
	void theRecordPageAsksThePurposeFirstAndAuditsTheViewWithIt() throws Exception {
		long id = create(draft("Portrait " + word(), "Anon"));
		String ask = page("/artworks/" + id, japan);
		assertThat(ask).contains("name=\"purpose\"").doesNotContain("Portrait");
		String shown = mvc.perform(get("/artworks/" + id).param("purpose", "Auction house inquiry").with(authentication(japan)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(shown).contains("Portrait");
		assertThat(new AuditLog(auditEntries).of("jpn.art", "artworks.view", ("WOA-" + id)::equals))
			.extracting(AuditLog::purposeAndOutcome)
			.containsOnlyOnce("Auction house inquiry SUCCESS");
	}

	@Test
	void anotherOfficeMayNotChangeARecordAndNothingIsWritten() throws Exception {
		long id = create(draft("Madonna " + word(), "Anon"));
		mvc.perform(post("/artworks/" + id + "/withdraw").param("reason", "mine now")
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart("/artworks/" + id + "/photos").file(photo("a.jpg", jpeg(50, 50)))
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT status FROM artworks_work WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("STOLEN");
		assertThat(jdbc.sql("SELECT count(*) FROM artworks_status_history WHERE work_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM artworks_photo WHERE work_id = ?").param(id).query(Long.class).single())
			.isZero();
		// each refused change is in the audit trail, against the record
		assertThat(new AuditLog(auditEntries).of("jpn.art", null, ("WOA-" + id)::equals))
			.filteredOn(record -> record.outcome() == org.polnet.audit.AuditRecord.Outcome.DENIED)
			.hasSize(2);
	}

	@Test
	void theOwnerWithdrawsWithAReasonKeptInTheHistory() throws Exception {
		long id = create(draft("Bust " + word(), "Anon"));
		mvc.perform(post("/artworks/" + id + "/withdraw").param("reason", "Entered twice")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Artwork work = artworks.view(franceOfficer, id, "test", false, null);
		assertThat(work.status()).isEqualTo(ArtworkStatus.WITHDRAWN);
		assertThat(work.withdrawnReason()).isEqualTo("Entered twice");
		assertThat(work.history()).extracting(Artwork.StatusChange::status)
			.containsExactly(ArtworkStatus.STOLEN, ArtworkStatus.WITHDRAWN);
	}

	@Test
	void theApiServesOfficersAndTokensWithTheArtworksScopeOnly() throws Exception {
		String unique = word();
		long id = create(draft("Harvest " + unique, "Anon"));
		mvc.perform(get("/api/v1/artworks").param("q", unique)
			.with(authentication(system("NCB-BRA", ApiScope.ARTWORKS_READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		mvc.perform(get("/api/v1/artworks/" + id).with(authentication(system("NCB-BRA", ApiScope.ARTWORKS_READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Harvest " + unique));
		mvc.perform(get("/api/v1/artworks").param("q", unique)
			.with(authentication(system("NCB-BRA", ApiScope.HITS_READ)))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/artworks").contentType(MediaType.APPLICATION_JSON)
			.content(json("Forged " + unique))
			.with(authentication(system("NCB-BRA", ApiScope.ARTWORKS_READ)))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/artworks").contentType(MediaType.APPLICATION_JSON)
			.content(json("Created " + unique))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.access.ownerOffice").value("NCB-FRA"));
		mvc.perform(post("/api/v1/artworks").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"category\":\"PAINTING\"}")
			.with(authentication(france))
			.with(csrf())).andExpect(status().isBadRequest());
		assertThat(ids(japanOfficer, unique)).hasSize(2);
	}

	@Test
	void openingAnotherOfficesRecordFromASearchRaisesOneHitForItsOwner() throws Exception {
		long id = create(draft("Seascape " + word(), "Anon"));
		page("/artworks/" + id + "?purpose=Art+fair+check", japan); // not from a search: no hit
		page("/artworks/" + id + "?purpose=Own+check&from=search", france); // own record: no hit
		page("/artworks/" + id + "?purpose=Art+fair+check&from=search", japan);
		page("/artworks/" + id + "?purpose=Art+fair+check&from=search", japan);
		await().atMost(Duration.ofSeconds(10)).until(() -> hits(id) == 1);
		Thread.sleep(300);
		assertThat(hits(id)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT checking_office FROM hits_hit WHERE database_name = 'WOA' AND record_reference = ?")
			.param("WOA-" + id).query(String.class).single()).isEqualTo("NCB-JPN");
	}

	@Test
	void aStolenPaintingIsFoundByTextSearch() throws Exception {
		CurrentOfficer kenya = TestOfficers.officer("ken.art", "NCB-KEN", Role.NCB_OFFICER);
		List<ArtworkSummary> found = artworks
			.search(kenya, new ArtworkQuery("harbour dusk ilvesti", null, null, null), 0, 10, "test", null)
			.items();
		assertThat(found).extracting(ArtworkSummary::title).contains("The Harbour at Dusk");
		String results = page("/artworks?q=Harbour+at+dusk&purpose=Art+fair+check&lang=fr",
				TestOfficers.signedIn(kenya));
		assertThat(results).contains("The Harbour at Dusk", "/thumb");
	}

	@Test
	void pagesSpeakTheOfficersLanguage() throws Exception {
		assertThat(page("/artworks?lang=fr", japan)).contains("Œuvres d’art volées");
		assertThat(page("/artworks/new?lang=es", france)).contains("Registrar una obra robada");
		assertThat(page("/artworks?lang=ar", japan)).contains("dir=\"rtl\"");
	}

	@Test
	void theCreateFormMakesARecordOwnedByTheOfficersOffice() throws Exception {
		String unique = word();
		mvc.perform(post("/artworks").param("title", "Dancer " + unique)
			.param("category", "SCULPTURE")
			.param("classification", "RESTRICTED")
			.param("accessScope", "ALL_EXCEPT_LISTED")
			.param("accessCountries", "JPN, KEN")
			.param("stolenOn", "2024-05-01")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(ids(franceOfficer, unique)).hasSize(1);
		assertThat(ids(japanOfficer, unique)).isEmpty();
		assertThat(ids(brazilOfficer, unique)).hasSize(1);
	}

	@Test
	void theOwnerEditsTheRecordAndMayShortenTheReviewDateButNeverLengthenIt() throws Exception {
		String unique = word();
		long id = create(draft("Nocturne " + unique, "Anon"));
		assertThat(page("/artworks/" + id + "/edit", france)).contains("Nocturne " + unique);
		mvc.perform(get("/artworks/" + id + "/edit").with(authentication(japan))).andExpect(status().isForbidden());
		String tooLate = java.time.LocalDate.now().plusYears(11).toString();
		String refused = mvc.perform(post("/artworks/" + id).param("title", "Nocturne " + unique)
			.param("category", "PAINTING")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("accessScope", "ALL_MEMBERS")
			.param("reviewAt", tooLate)
			.with(authentication(france))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("may not be later than 10 years");
		String sooner = java.time.LocalDate.now().plusYears(2).toString();
		mvc.perform(post("/artworks/" + id).param("title", "Nocturne " + unique)
			.param("maker", "Ilse Brandt")
			.param("category", "DRAWING")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("accessScope", "ALL_MEMBERS")
			.param("reviewAt", sooner)
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Artwork work = artworks.view(franceOfficer, id, "test", false, null);
		assertThat(work.category()).isEqualTo(Category.DRAWING);
		assertThat(work.reviewAt()).hasToString(sooner);
		assertThat(ids(japanOfficer, "brandt " + unique)).containsExactly(id);
	}

	@Test
	void unknownCountriesAndContradictoryAccessListsAreRefusedAndNothingIsWritten() throws Exception {
		String unique = word();
		mvc.perform(post("/api/v1/artworks").contentType(MediaType.APPLICATION_JSON)
			.content(json("Unknown " + unique).replace("\"FRA\"", "\"XYZ\""))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/artworks").contentType(MediaType.APPLICATION_JSON)
			.content(json("Listed " + unique).replace("\"ALL_MEMBERS\"", "\"ALL_MEMBERS\", \"accessCountries\": [\"JPN\"]"))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isBadRequest());
		String form = mvc.perform(post("/artworks").param("title", "Except " + unique)
			.param("category", "PAINTING")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("accessScope", "ALL_EXCEPT_LISTED")
			.with(authentication(france))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("at least one for");
		assertThat(ids(franceOfficer, unique)).isEmpty();
	}

	private long hits(long id) {
		return jdbc.sql("SELECT count(*) FROM hits_hit WHERE database_name = 'WOA' AND record_reference = ?")
			.param("WOA-" + id)
			.query(Long.class)
			.single();
	}

	private List<Long> ids(CurrentOfficer viewer, String text) {
		return artworks.search(viewer, new ArtworkQuery(text, null, null, null), 0, 50, "test", null)
			.items()
			.stream()
			.map(ArtworkSummary::id)
			.toList();
	}

	private long create(ArtworkDraft draft) {
		return artworks.report(franceOfficer, draft, null).id();
	}

	private static ArtworkDraft draft(String title, String maker) {
		return new ArtworkDraft(title, maker, Category.PAINTING, null, null, null, null, null, null, null, null,
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null);
	}

	private static String json(String title) {
		return """
				{"title":"%s","maker":"Anon","category":"PAINTING","classification":"FOR_OFFICIAL_USE_ONLY",
				 "accessScope":"ALL_MEMBERS","stolenCountry":"FRA"}""".formatted(title);
	}

	/** A word no other test uses, so each test finds only its own records. */
	private static String word() {
		return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	private String page(String path, Authentication who) throws Exception {
		return mvc.perform(get(path).with(authentication(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photo", name, "application/octet-stream", bytes);
	}

	private static byte[] png(int width, int height) throws Exception {
		return image(width, height, "png");
	}

	private static byte[] jpeg(int width, int height) throws Exception {
		return image(width, height, "jpeg");
	}

	private static byte[] image(int width, int height, String format) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	/** A system client of the office whose token carries the scope, as the bearer filter authenticates it. */
	private static Authentication system(String office, ApiScope scope) {
		CurrentOfficer client = new CurrentOfficer("token:test-" + office.toLowerCase(), "Test system", office,
				"Office " + office, Set.of(Role.SYSTEM_CLIENT), Clearance.RESTRICTED);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.SYSTEM_CLIENT.authority()));
		authorities.add(new SimpleGrantedAuthority(scope.authority()));
		return UsernamePasswordAuthenticationToken.authenticated(client, null, authorities);
	}
}
