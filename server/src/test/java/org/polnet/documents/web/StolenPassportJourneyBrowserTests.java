package org.polnet.documents.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.documents.TestDocuments;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindSigningKeys;
import org.polnet.identity.ApiScope;
import org.polnet.identity.TestOfficers;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.polnet.web.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.ObjectMapper;

/**
 * The whole story, through the pages and the API a real NCB and border system use: an officer of the French
 * NCB reports a passport stolen on the report form; a Japanese border system checks its scanned MRZ with its API
 * token and gets a hit; the French officer's open page counts the new hit without reloading, and the officer
 * confirms it; a MIND package downloaded for Japan finds the same passport offline.
 */
@PolnetIntegrationTest
class StolenPassportJourneyBrowserTests extends BrowserTest {

	private static final Pattern COUNT = Pattern.compile("New hits: (\\d+)");

	@Autowired
	ApiTokenAdministration tokens;

	@Autowired
	JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void aPassportReportedStolenInParisIsFoundAtNaritaConfirmedByParisAndFoundOfflineByMind() throws Exception {
		// an officer no other browser test enrols: the tests share one database
		browser.signInEnrolling("fra.officer");
		String number = TestDocuments.newNumber();
		page.navigate(browser.url("/documents/new"));
		page.locator("#documentNumber").fill(number);
		page.locator("#issuingCountry").fill("FRA");
		page.locator("#type").selectOption("PASSPORT");
		page.locator("#status").selectOption("STOLEN_ISSUED");
		page.locator("#nationalReference").fill("PN-JOURNEY-7");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report")).click();
		assertThat(page.locator("main")).containsText(number);
		assertThat(page.locator(".hits-badge[data-live]")).hasText(COUNT);
		int before = count();

		IssuedApiToken narita = tokens.create(TestOfficers.ncbAdmin("NCB-JPN"),
				new NewApiToken("narita-gates-" + number.toLowerCase(), null,
						Set.of(ApiScope.FIND_DOCUMENTS, ApiScope.MIND_DOWNLOAD), LocalDate.now(ZoneOffset.UTC).plusMonths(1)));
		String mrz = TestDocuments.passportMrz("FRA", number);
		HttpResponse<String> check = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.url("/api/v1/find/documents")))
				.header("Authorization", "Bearer " + narita.secret())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
						java.util.Map.of("mrz", mrz, "place", "Narita T1 gate 3"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(check.statusCode()).isEqualTo(200);
		assertThat(json.readTree(check.body()).at("/result").asString()).isEqualTo("hit");
		assertThat(json.readTree(check.body()).at("/matches/0/ownerReference").asString()).isEqualTo("PN-JOURNEY-7");
		String reference = json.readTree(check.body()).at("/matches/0/reference").asString();

		// live: the page the French officer has open counts the hit without being reloaded
		assertThat(page.locator(".hits-badge")).hasText("New hits: " + (before + 1));
		long hit = jdbc.sql("SELECT id FROM hits_hit WHERE record_reference = ? AND owner_office = 'NCB-FRA' "
				+ "AND checking_office = 'NCB-JPN'").param(reference).query(Long.class).single();
		page.locator(".hits-badge").click();
		page.locator("a[href='/hits/" + hit + "']").click();
		assertThat(page.locator("main")).containsText("Narita T1 gate 3");
		page.locator("#note").fill("Holder stopped at Narita, passport seized");
		page.locator("button.primary", new Page.LocatorOptions().setHasText("Confirm the hit")).click();
		assertThat(page).hasURL(browser.url("/hits/" + hit + "?answered"));
		assertThat(page.locator(".hits-answers")).containsText("Holder stopped at Narita, passport seized");
		browser.screenshot("journey-hit-confirmed.png");

		HttpResponse<byte[]> key = download("/api/v1/mind/public-key", narita);
		HttpResponse<byte[]> mindPackage = download("/api/v1/mind/package", narita);
		assertThat(mindPackage.statusCode()).isEqualTo(200);
		MindPackage offline = MindPackage.read(mindPackage.body(), MindSigningKeys.readPublicKey(key.body()));
		assertThat(offline.mightContainDocument("FRA", number)).isTrue();

		assertThat(browser.consoleErrors()).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}

	private HttpResponse<byte[]> download(String path, IssuedApiToken token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser.url(path)))
				.header("Authorization", "Bearer " + token.secret())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private int count() {
		Matcher matcher = COUNT.matcher(page.locator(".hits-badge").textContent());
		assertThat(matcher.matches()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}
}
