package org.polnet.identity.administration;

import java.util.Map;

import org.polnet.refusals.RefusedException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The console command that creates the first GS administrator:
 * {@code java -jar polnet.jar --polnet.setup.admin=NAME [--polnet.setup.display-name="..."]} migrates the database
 * if needed, creates the administrator, prints their password once on the console (never in the log) and exits
 * with status 0; it exits with 1, changing nothing, when a GS administrator exists. No web server starts.
 */
@Component
@ConditionalOnProperty(FirstAdministratorSetup.PROPERTY)
class FirstAdministratorSetup implements ApplicationRunner {

	static final String PROPERTY = "polnet.setup.admin";

	private final FirstAdministrator firstAdministrator;

	private final ConfigurableApplicationContext context;

	FirstAdministratorSetup(FirstAdministrator firstAdministrator, ConfigurableApplicationContext context) {
		this.firstAdministrator = firstAdministrator;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Environment environment = context.getEnvironment();
		String username = environment.getRequiredProperty(PROPERTY);
		int status;
		try {
			String password = firstAdministrator.create(username,
					environment.getProperty("polnet.setup.display-name", ""), System.getProperty("user.name", "?"));
			System.out.println("""

					GS administrator %s created. Their password, shown this once:

					    %s

					Sign in with it, enrol an authenticator app (asked at the first sign-in), then change the password
					on the account page (/account). Create each office's administrator from "Users" (/admin/users).
					""".formatted(username.strip().toLowerCase(java.util.Locale.ROOT), password));
			status = 0;
		}
		catch (RefusedException refused) {
			System.out.println("No administrator created: " + refused.getMessage());
			status = 1;
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	/**
	 * Runs before the application context exists: when the setup is asked for, starts no web server and creates no
	 * demo data. Registered in META-INF/spring.factories.
	 */
	static final class Mode implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			String username = environment.getProperty(PROPERTY);
			if (username != null) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("polnet-setup-admin", Map.of("spring.main.web-application-type",
							"none", "polnet.demo.enabled", "false")));
			}
		}
	}
}
