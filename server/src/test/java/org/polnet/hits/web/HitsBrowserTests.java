package org.polnet.hits.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.hits.RecordMatched;
import org.polnet.hits.TestHits;
import org.polnet.web.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Page;

/**
 * In a real browser, under the Content-Security-Policy: the header's badge counts a new hit of the officer's office
 * the moment it is raised, without reloading, and leads to the hits pages.
 */
@PolnetIntegrationTest
class HitsBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Pattern COUNT = Pattern.compile("New hits: (\\d+)");

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBadgeCountsANewHitLiveAndLeadsToIt() {
		browser.signInEnrolling("jpn.officer");
		// connected: the stream has sent the number of hits awaiting the office's answer
		assertThat(page.locator(".hits-badge[data-live]")).hasText(COUNT);
		int before = count();

		RecordMatched match = TestHits.match("NCB-JPN", "NCB-BRA");
		long id = TestHits.raise(match, transactions, events, jdbc);
		assertThat(page.locator(".hits-badge")).hasText("New hits: " + (before + 1));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hits-badge.png")));

		page.locator(".hits-badge").click();
		assertThat(page).hasURL(browser.url("/hits"));
		page.locator("a[href='/hits/" + id + "']").click();
		assertThat(page.locator("h1")).hasText("Hit " + id);
		assertThat(page.locator("main")).containsText(match.recordSummary());
		page.locator("#note").fill("Same holder, passport seized");
		page.locator("button.primary", new Page.LocatorOptions().setHasText("Confirm the hit")).click();
		assertThat(page).hasURL(browser.url("/hits/" + id + "?answered"));
		assertThat(page.locator(".hits-answers")).containsText("Same holder, passport seized");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hit.png")).setFullPage(true));
		page.navigate(browser.url("/hits?lang=ar"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hits-in-arabic.png")).setFullPage(true));

		assertThat(browser.consoleErrors()).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}

	private int count() {
		Matcher matcher = COUNT.matcher(page.locator(".hits-badge").textContent());
		assertThat(matcher.matches()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
