package org.polnet.vehicles.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.web.BrowserTest;


/**
 * In a real browser, under the Content-Security-Policy: a Japanese demo officer checks the documented demo car by
 * its VIN with the keyboard alone and gets the hit with France's reference; the SMV list reads right to left in
 * Arabic.
 */
@PolnetIntegrationTest
class VehiclesBrowserTests extends BrowserTest {

	@Test
	void aBorderOfficerChecksTheDemoCarByVinWithTheKeyboardAndGetsAHit() {
		// an officer no other browser test enrols: the tests share one database
		browser.signInEnrolling("jor.officer");
		page.navigate(browser.url("/find/vehicles"));
		page.locator("#vin").fill("vf1 rja007-mt000042");
		page.locator("#vin").press("Enter");
		assertThat(page.locator(".vehicles-answer")).containsText("recorded as stolen in SMV");
		assertThat(page.locator(".vehicles-answer")).containsText("FRA-DEMO-SMV-10000");
		assertThat(page.locator(".vehicles-answer")).containsText("NCB-FRA");
		assertThat(page.locator(".vehicles-answer")).containsText("Renault Clio grey");
		assertThat(page.locator(".vehicles-answer")).containsText("2025-11-14");
		browser.screenshot("vehicles-check-hit.png");

		page.navigate(browser.url("/vehicles?lang=ar&plate=dm042ly"));
		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("h1")).hasText("المركبات الآلية المسروقة (SMV)");
		assertThat(page.locator("table.data")).containsText("VF1RJA007MT000042");
		browser.screenshot("vehicles-list-in-arabic.png");
		page.navigate(browser.url("/vehicles?lang=en"));
		assertThat(browser.consoleErrors()).as("errors in the browser console (CSP violations, scripts)").isEmpty();
	}
}
