package org.polnet.artworks.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.web.BrowserTest;

import com.microsoft.playwright.Page;

/**
 * In a real browser, under the Content-Security-Policy: a demo officer of Brazil finds France's stolen painting by
 * typing words of its title, sees its thumbnail, states a purpose and opens the record with its photo.
 */
@PolnetIntegrationTest
class ArtworksBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void anOfficerFindsAStolenPaintingByTextSearchAndOpensItsRecord() {
		browser.signInEnrolling("bra.officer");
		page.navigate(browser.url("/artworks"));
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

		page.navigate(browser.url("/artworks?lang=ar&q=harbour&purpose=test"));
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("artworks-in-arabic.png")).setFullPage(true));
		assertThat(browser.consoleErrors()).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}

}
