package org.polnet.hits.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.hits.RecordMatched;
import org.polnet.hits.TestHits;
import org.polnet.identity.DemoPasswords;
import org.polnet.web.Chromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * In a real browser, under the Content-Security-Policy: the header's badge counts a new hit of the officer's office
 * the moment it is raised, without reloading, and leads to the hits pages.
 */
@PolnetIntegrationTest
class HitsBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Pattern COUNT = Pattern.compile("New hits: (\\d+)");

	@LocalServerPort
	int port;

	@Value("${polnet.data-dir}")
	Path dataDir;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	private Playwright playwright;

	private Page page;

	private final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		playwright = Chromium.playwright();
		Browser browser = Chromium.launch(playwright);
		page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		page.onPageError(consoleErrors::add);
	}

	@AfterEach
	void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void theBadgeCountsANewHitLiveAndLeadsToIt() {
		signIn("jpn.officer");
		// connected: the stream has sent the number of hits awaiting the office's answer
		assertThat(page.locator(".hits-badge[data-live]")).hasText(COUNT);
		int before = count();

		RecordMatched match = TestHits.match("NCB-JPN", "NCB-BRA");
		long id = TestHits.raise(match, transactions, events, jdbc);
		assertThat(page.locator(".hits-badge")).hasText("New hits: " + (before + 1));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hits-badge.png")));

		page.locator(".hits-badge").click();
		assertThat(page).hasURL(url("/hits"));
		page.locator("a[href='/hits/" + id + "']").click();
		assertThat(page.locator("h1")).hasText("Hit " + id);
		assertThat(page.locator("main")).containsText(match.recordSummary());
		page.locator("#note").fill("Same holder, passport seized");
		page.locator("button.primary", new Page.LocatorOptions().setHasText("Confirm the hit")).click();
		assertThat(page).hasURL(url("/hits/" + id + "?answered"));
		assertThat(page.locator(".hits-answers")).containsText("Same holder, passport seized");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hit.png")).setFullPage(true));
		page.navigate(url("/hits?lang=ar"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hits-in-arabic.png")).setFullPage(true));

		assertThat(consoleErrors).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}

	private int count() {
		Matcher matcher = COUNT.matcher(page.locator(".hits-badge").textContent());
		assertThat(matcher.matches()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	/** Password, then enrolment of an authenticator (the demo officer's first sign-in), landing on the dashboard. */
	private void signIn(String username) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(DemoPasswords.of(dataDir, username));
		page.locator("form.stack button[type=submit]").click();
		assertThat(page).hasURL(url("/login/second-factor"));
		String key = page.locator("#secret").textContent().strip();
		page.locator("#code").fill(DemoPasswords.totpCode(key, 0));
		page.locator("form button[type=submit].primary").click();
		assertThat(page).hasURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
