package org.polnet.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.BrowserType.LaunchOptions;

/**
 * Debian's Chromium driven by Playwright for Java, offline (no browser download). Without Chromium the browser
 * tests are skipped with a message, so that a fresh clone builds; under CI they must run, so they fail instead.
 */
public final class Chromium {

	public static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");

	public static Playwright playwright() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Browser tests need Debian's chromium package (apt-get install chromium): not found at "
					+ CHROMIUM;
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(message + " (CI=true: browser tests must run)");
			}
			Assumptions.abort(message);
		}
		return Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static com.microsoft.playwright.Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	private Chromium() {
	}
}
