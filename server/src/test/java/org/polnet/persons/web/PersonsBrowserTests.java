package org.polnet.persons.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.web.BrowserTest;

/**
 * In a real browser, under the Content-Security-Policy: a Kenyan NCB administrator (also a supervisor) records a person whose name is in Arabic
 * script with its Latin transliteration, reads the record after stating a purpose, and finds a demo person of
 * Jordan by her name typed in Arabic with the page in Arabic, right to left.
 */
@PolnetIntegrationTest
class PersonsBrowserTests extends BrowserTest {

	@Test
	void anOfficerRecordsAPersonInTwoScriptsAndFindsAnotherByArabicName() {
		// an officer no other browser test enrols: the tests share one database
		browser.signInEnrolling("ken.admin");
		page.navigate(browser.url("/persons/new"));
		page.locator("#familyName").fill("Mansour");
		page.locator("#forenames").fill("Youssef");
		page.locator("#familyNameOriginal").fill("منصور");
		page.locator("#forenamesOriginal").fill("يوسف");
		page.locator("#aliases").fill("Yousef Mansur\nJoseph Mansour");
		page.locator("#sex").selectOption("MALE");
		page.locator("#birthYear").fill("1983");
		page.locator("#birthMonth").fill("4");
		page.locator("#nationalities").fill("EGY, KEN");
		page.locator("#nationalReference").fill("KEN-BROWSER-1");
		page.locator("form button[type=submit].primary").first().click();

		assertThat(page.locator("h1")).containsText("MANSOUR Youssef");
		assertThat(page.locator("h1")).containsText("منصور يوسف");
		assertThat(page.locator("dl.facts")).containsText("1983-04");
		assertThat(page.locator("dl.facts")).containsText("Joseph Mansour");
		browser.screenshot("persons-record.png");

		page.navigate(browser.url("/persons?lang=ar&name=" + "كريم الراشدي"));
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("table.data")).containsText("AL-RASHIDI Karim");
		assertThat(page.locator("table.data")).containsText("الراشدي كريم");
		browser.screenshot("persons-search-in-arabic.png");
		page.navigate(browser.url("/persons?lang=en"));
		assertThat(browser.consoleErrors()).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}
}
