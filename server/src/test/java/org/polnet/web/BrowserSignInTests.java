package org.polnet.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.DemoPasswords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

/**
 * An officer's first day, in a real browser: the banner, a mistyped password, enrolment of an authenticator,
 * the dashboard, Arabic, the member countries, the API documentation viewer, and signing out.
 */
@PolnetIntegrationTest
class BrowserSignInTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Value("${polnet.data-dir}")
	Path dataDir;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	/** Content-Security-Policy violations and script errors, as the browser reports them. */
	private final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		playwright = Chromium.playwright();
		browser = Chromium.launch(playwright);
		context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		page = context.newPage();
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

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	@Test
	void aDemoOfficerEnrolsWorksInArabicAndSignsOut() {
		String password = DemoPasswords.of(dataDir, "ken.officer");

		page.navigate(url("/"));
		assertThat(page).hasURL(url("/login"));
		assertThat(page.locator(".banner h1")).hasText("Authorised use only");
		assertThat(page.locator(".banner p")).containsText("restricted police information system");

		signInWithPassword("ken.officer", "not my password at all");
		assertThat(page).hasURL(url("/login?error"));
		assertThat(page.locator(".alert.error")).containsText("Sign-in failed. Check your username and password.");

		signInWithPassword("ken.officer", password);
		assertThat(page).hasURL(url("/login/second-factor"));
		String key = page.locator("#secret").textContent().strip();
		assertThat(key).matches("[A-Z2-7]{16,}");
		page.locator("#code").fill(DemoPasswords.totpCode(key, 0));
		page.locator("form button[type=submit].primary").click();

		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("h1")).hasText("Welcome, Otieno Mwangi (demo)");
		assertThat(page.locator(".facts dd").first()).hasText("NCB Kenya");
		assertThat(page.locator(".who-name")).hasText("Otieno Mwangi (demo)");

		page.locator("#lang").selectOption("ar");
		assertThat(page).hasURL(Pattern.compile(".*lang=ar.*"));
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		assertThat(page.locator(".mainnav")).containsText("البلدان الأعضاء");
		assertThat(page.locator("h1")).containsText("مرحبًا، Otieno Mwangi (demo)");

		page.locator(".mainnav a[href='/members']").click();
		assertThat(page).hasURL(url("/members"));
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("#member-results tbody tr")).hasCount(195);
		assertThat(page.locator("h1")).hasText("البلدان الأعضاء");
		assertThat(page.locator("#member-results")).containsText("فرنسا");

		// typing searches as the officer types (htmx, under the same Content-Security-Policy)
		page.locator("#member-q").fill("كينيا");
		assertThat(page.locator("#member-results tbody tr")).hasCount(1);
		assertThat(page).hasURL(Pattern.compile(".*/members\\?q=.*"));
		page.locator("#member-results tbody a", new Page.LocatorOptions().setHasText("كينيا")).click();
		assertThat(page).hasURL(url("/members/KEN"));
		assertThat(page.locator("h1")).hasText("كينيا");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("member-in-arabic.png"))
			.setFullPage(true));

		// the API documentation viewer works under the platform's Content-Security-Policy
		Response docs = page.navigate(url("/api/v1/docs"));
		assertThat(docs.headerValue("content-security-policy")).contains("default-src 'self'", "script-src 'self';");
		assertThat(page.locator(".swagger-ui .information-container .title")).containsText("Polnet");
		assertThat(page.locator(".swagger-ui .opblock-tag-section").first()).isVisible();
		assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/users']").first()).isVisible();

		page.navigate(url("/"));
		page.locator("form[action='/logout'] button").click();
		assertThat(page).hasURL(url("/login?signedOut"));
		assertThat(page.locator(".mainnav")).hasCount(0);
		page.navigate(url("/members"));
		assertThat(page).hasURL(url("/login"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("signed-out.png")).setFullPage(true));

		assertThat(consoleErrors).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}

	private void signInWithPassword(String username, String password) {
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.stack button[type=submit]").click();
	}
}
