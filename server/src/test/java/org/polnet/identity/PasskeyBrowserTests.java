package org.polnet.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.officers.Officers;
import org.polnet.identity.secondfactor.SecretCipher;
import org.polnet.identity.secondfactor.Totp;
import org.polnet.web.Chromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The passkey pages and their script in a real browser, with Chromium's virtual authenticator standing in for
 * a security key: register a passkey on the account page, sign out, sign in again with it instead of the code.
 */
@PolnetIntegrationTest
class PasskeyBrowserTests {

	private static final String PASSWORD = "lantern harbour quietly 42";

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SecretCipher cipher;

	@Test
	void registersAPasskeyAndSignsInWithItInChromium() {
		String username = "browserkey." + System.nanoTime() % 100000;
		long id = officers.create(username, "Browser Key Officer", "NCB-ESP", EnumSet.of(Role.NCB_OFFICER),
				Clearance.RESTRICTED, encoder.encode(PASSWORD), Instant.now());
		byte[] secret = Totp.newSecret();
		officers.startEnrolment(id, cipher.encrypt(secret));
		officers.confirmEnrolment(id);

		try (Playwright playwright = Chromium.playwright(); Browser chromium = Chromium.launch(playwright)) {
			// localhost, not 127.0.0.1: the relying party id, and a secure context for WebAuthn
			BrowserContext context = chromium
				.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
			Page page = context.newPage();
			CDPSession devtools = context.newCDPSession(page);
			devtools.send("WebAuthn.enable");
			JsonObject authenticator = new JsonObject();
			authenticator.addProperty("protocol", "ctap2");
			authenticator.addProperty("transport", "internal");
			authenticator.addProperty("hasResidentKey", true);
			authenticator.addProperty("hasUserVerification", true);
			authenticator.addProperty("isUserVerified", true);
			authenticator.addProperty("automaticPresenceSimulation", true);
			JsonObject options = new JsonObject();
			options.add("options", authenticator);
			devtools.send("WebAuthn.addVirtualAuthenticator", options);

			signInWithPassword(page, username);
			page.fill("#code", Totp.code(secret, Totp.step(Instant.now())));
			page.locator("form[action='/login/second-factor'] button[type=submit]").click();
			page.waitForURL("**/");

			page.navigate("/account");
			assertThat(page.locator("#passkeys")).not().containsText("browser key");
			page.fill("#passkey-label", "browser key");
			page.locator("[data-passkey-register-button]").click();
			assertThat(page.locator("#passkeys table")).containsText("browser key");

			page.locator("form[action='/logout'] button").click();
			page.waitForURL("**/login?signedOut");
			page.navigate("/account");
			signInWithPassword(page, username);
			page.locator("[data-passkey-sign-in-button]").click();
			page.waitForURL("**/account");
			assertThat(page.locator("#passkeys table")).containsText("browser key");
		}
		assertThat(officers.byUsername(username).orElseThrow().failedAttempts()).isZero();
	}

	private static void signInWithPassword(Page page, String username) {
		if (!page.url().endsWith("/login")) {
			page.navigate("/login");
		}
		page.fill("#username", username);
		page.fill("#password", PASSWORD);
		page.locator("form[action='/login'] button[type=submit]").click();
		page.waitForURL("**/login/second-factor");
	}
}
