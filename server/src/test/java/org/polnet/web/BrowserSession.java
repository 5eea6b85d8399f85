package org.polnet.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.polnet.identity.DemoPasswords;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One Chromium page against the test server, collecting the browser console's errors (a CSP violation or a
 * failing script shows there), with the demo officers' first sign-in: password, then enrolment of an
 * authenticator. Close it after each test.
 */
public final class BrowserSession implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final Page page;

	private final int port;

	private final Path dataDir;

	private final List<String> consoleErrors = new ArrayList<>();

	/** @param dataDir the test context's data directory, where the demo officers' passwords are written */
	public BrowserSession(int port, Path dataDir) {
		this.port = port;
		this.dataDir = dataDir;
		this.playwright = Chromium.playwright();
		Browser browser = Chromium.launch(playwright);
		this.page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text() + " at " + message.location());
			}
		});
		page.onPageError(consoleErrors::add);
	}

	public Page page() {
		return page;
	}

	public List<String> consoleErrors() {
		return consoleErrors;
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** A demo officer's first sign-in: password, enrolment of an authenticator, landing on the dashboard. */
	public void signInEnrolling(String username) {
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

	public void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	@Override
	public void close() {
		playwright.close();
	}
}
