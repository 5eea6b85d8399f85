package org.polnet.web;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

/**
 * A browser test on the running application: a fresh Chromium page for each test ({@link BrowserSession}), closed
 * after it. Extended by the browser tests of every module.
 */
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	@Value("${polnet.data-dir}")
	protected Path dataDir;

	protected BrowserSession browser;

	protected Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession(port, dataDir);
		page = browser.page();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}
}
