package org.polnet.artworks.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.DemoPasswords;
import org.polnet.web.Chromium;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * In a real browser, under the Content-Security-Policy: a demo officer of Brazil finds France's stolen painting by
 * typing words of its title, sees its thumbnail, states a purpose and opens the record with its photo.
 */
@PolnetIntegrationTest
class ArtworksBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Value("${polnet.data-dir}")
	Path dataDir;

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
	void anOfficerFindsAStolenPaintingByTextSearchAndOpensItsRecord() {
		signIn("bra.officer");
		page.navigate(url("/artworks"));
		page.locator("#q").fill("harbour DUSK");
		page.locator("#purpose").fill("Art fair inspection");
		page.locator("form[role=search] button[type=submit]").click();
		assertThat(page.locator(".artworks-results")).containsText("The Harbour at Dusk");
		Object thumbWidth = page.locator(".artworks-results img").first()
			.evaluate("img => img.complete && img.naturalWidth > 0 ? img.naturalWidth"
					+ " : new Promise(done => { img.onload = () => done(img.naturalWidth); img.onerror = () => done(-1); })");
		assertThat(((Number) thumbWidth).intValue()).isEqualTo(240);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("artworks-search.png")).setFullPage(true));

		page.locator(".artworks-results a", new Page.LocatorOptions().setHasText("The Harbour at Dusk")).first().click();
		assertThat(page.locator("h1")).hasText("The Harbour at Dusk");
		assertThat(page.locator("main")).containsText("Maren Ilvesti (fictional)");
		assertThat(page.locator(".artworks-photos img")).hasCount(1);
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("artworks-record.png")).setFullPage(true));

		page.navigate(url("/artworks?lang=ar&q=harbour&purpose=test"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("artworks-in-arabic.png")).setFullPage(true));
		assertThat(consoleErrors).as("errors in the browser console (CSP violations, scripts)").isEmpty();
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
