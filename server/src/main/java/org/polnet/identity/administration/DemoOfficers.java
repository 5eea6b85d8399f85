package org.polnet.identity.administration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.polnet.identity.Clearance;
import org.polnet.identity.Role;
import org.polnet.identity.officers.Officers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: at the first start (no officer yet) creates fictional officers with random passwords, prints them
 * once and appends them to {@code <data-dir>/demo-credentials.txt}. They enrol a second factor at first sign-in
 * like anybody else.
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
public class DemoOfficers implements ApplicationRunner {

	public static final String CREDENTIALS_FILE = "demo-credentials.txt";

	static final String SECTION = "## Officers (identity): username, password, office, roles";

	private static final Logger log = LoggerFactory.getLogger(DemoOfficers.class);

	private record Demo(String username, String displayName, String office, Set<Role> roles, Clearance clearance) {
	}

	private static final List<Demo> OFFICERS = List.of(
			new Demo("gs.admin", "Henrik Lindqvist (demo)", "GS", EnumSet.of(Role.GS_ADMIN, Role.GS_OFFICER), Clearance.CONFIDENTIAL),
			new Demo("gs.reviewer", "Amara Okafor (demo)", "GS", EnumSet.of(Role.GS_REVIEWER, Role.GS_OFFICER), Clearance.CONFIDENTIAL),
			new Demo("gs.auditor", "Tomás Ferreira Lind (demo)", "GS", EnumSet.of(Role.AUDITOR), Clearance.CONFIDENTIAL),
			new Demo("fra.admin", "Camille Dufresne (demo)", "NCB-FRA", EnumSet.of(Role.NCB_ADMIN, Role.NCB_SUPERVISOR), Clearance.RESTRICTED),
			new Demo("fra.officer", "Julien Marchetti (demo)", "NCB-FRA", EnumSet.of(Role.NCB_OFFICER), Clearance.RESTRICTED),
			new Demo("bra.admin", "Larissa Cardoso (demo)", "NCB-BRA", EnumSet.of(Role.NCB_ADMIN, Role.NCB_SUPERVISOR), Clearance.RESTRICTED),
			new Demo("bra.officer", "Rafael Teixeira (demo)", "NCB-BRA", EnumSet.of(Role.NCB_OFFICER), Clearance.RESTRICTED),
			new Demo("ken.admin", "Wanjiru Kamau (demo)", "NCB-KEN", EnumSet.of(Role.NCB_ADMIN, Role.NCB_SUPERVISOR), Clearance.RESTRICTED),
			new Demo("ken.officer", "Otieno Mwangi (demo)", "NCB-KEN", EnumSet.of(Role.NCB_OFFICER), Clearance.RESTRICTED),
			new Demo("jpn.admin", "Haruka Sato (demo)", "NCB-JPN", EnumSet.of(Role.NCB_ADMIN, Role.NCB_SUPERVISOR), Clearance.RESTRICTED),
			new Demo("jpn.officer", "Kenji Morimoto (demo)", "NCB-JPN", EnumSet.of(Role.NCB_OFFICER), Clearance.RESTRICTED),
			new Demo("jor.admin", "Layla Haddad (demo)", "NCB-JOR", EnumSet.of(Role.NCB_ADMIN, Role.NCB_SUPERVISOR), Clearance.RESTRICTED),
			new Demo("jor.officer", "Omar Khalil (demo)", "NCB-JOR", EnumSet.of(Role.NCB_OFFICER), Clearance.RESTRICTED));

	private final Officers officers;

	private final PasswordEncoder encoder;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Path dataDirectory;

	DemoOfficers(Officers officers, PasswordEncoder encoder, TransactionTemplate transactions, Clock clock,
			@Value("${polnet.data-dir}") Path dataDirectory) {
		this.officers = officers;
		this.encoder = encoder;
		this.transactions = transactions;
		this.clock = clock;
		this.dataDirectory = dataDirectory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (officers.any()) {
			return;
		}
		StringBuilder section = new StringBuilder("\n" + SECTION + "\n");
		transactions.executeWithoutResult(status -> {
			for (Demo demo : OFFICERS) {
				String password = GeneratedPasswords.next();
				officers.create(demo.username(), demo.displayName(), demo.office(), demo.roles(), demo.clearance(),
						encoder.encode(password), clock.instant());
				section.append(demo.username()).append('\t').append(password).append('\t').append(demo.office())
					.append('\t').append(demo.roles()).append('\n');
			}
		});
		Path file = dataDirectory.resolve(CREDENTIALS_FILE);
		try {
			Files.createDirectories(dataDirectory);
			Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file, e);
		}
		log.warn("Demo officers created (shown once, also in {}); each enrols a second factor at first sign-in:{}",
				file, section);
	}
}
