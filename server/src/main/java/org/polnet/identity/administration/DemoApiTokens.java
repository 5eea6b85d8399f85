package org.polnet.identity.administration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.polnet.identity.ApiScope;
import org.polnet.identity.tokens.ApiTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data: at first start (no API token yet), one token per demo NCB, printed once to the console and
 * appended to {@code demo-credentials.txt} in the data directory (next to the demo officers' passwords).
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
public class DemoApiTokens implements ApplicationRunner {

	public static final String FILE_NAME = "demo-credentials.txt";

	/**
	 * What a demo NCB's systems need, in the order the credentials file lists them: a border system's checks and
	 * reads, the national feed's bulk loads (only of the records the NCB may write, as for its officers), and the
	 * national case-management system's messages.
	 */
	public static final Set<ApiScope> SCOPES = Collections.unmodifiableSet(EnumSet.of(ApiScope.MEMBERS_READ,
			ApiScope.FIND_DOCUMENTS, ApiScope.FIND_VEHICLES, ApiScope.HITS_READ, ApiScope.ARTWORKS_READ,
			ApiScope.IMPORTS_WRITE, ApiScope.MESSAGES_SEND, ApiScope.MESSAGES_READ, ApiScope.NAMES_COMPARE));

	/** Office code and the name the demo gives the office. */
	public static final List<List<String>> OFFICES = List.of(List.of("NCB-FRA", "NCB Paris (France)"),
			List.of("NCB-BRA", "NCB Brasília (Brazil)"), List.of("NCB-KEN", "NCB Nairobi (Kenya)"),
			List.of("NCB-JPN", "NCB Tokyo (Japan)"), List.of("NCB-JOR", "NCB Amman (Jordan)"));

	private final ApiTokens tokens;

	private final ApiTokenAdministration administration;

	private final Path dataDirectory;

	DemoApiTokens(ApiTokens tokens, ApiTokenAdministration administration,
			@Value("${polnet.data-dir}") Path dataDirectory) {
		this.tokens = tokens;
		this.administration = administration;
		this.dataDirectory = dataDirectory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (tokens.count() > 0) {
			return;
		}
		Instant expiresAt = administration.now().atOffset(ZoneOffset.UTC).plusYears(1).toInstant()
			.truncatedTo(ChronoUnit.SECONDS);
		List<String> lines = new ArrayList<>();
		lines.add("");
		lines.add("== Demo API tokens (system clients; scopes "
				+ SCOPES.stream().map(ApiScope::code).collect(Collectors.joining(" ")) + ") ==");
		lines.add("Send as: Authorization: Bearer <token>. Shown only here: the platform keeps only their hash.");
		for (List<String> office : OFFICES) {
			String code = office.get(0);
			IssuedApiToken issued = administration.issueForDemo(demoName(code), code, office.get(1), SCOPES,
					expiresAt);
			lines.add(code + "  " + issued.token().name() + "  " + issued.secret() + "  (expires " + expiresAt + ")");
		}
		String section = String.join(System.lineSeparator(), lines) + System.lineSeparator();
		System.out.print(section);
		append(section);
	}

	public static String demoName(String officeCode) {
		return "demo-" + officeCode.toLowerCase(Locale.ROOT);
	}

	private void append(String section) {
		try {
			Files.createDirectories(dataDirectory);
			Files.writeString(dataDirectory.resolve(FILE_NAME), section, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
