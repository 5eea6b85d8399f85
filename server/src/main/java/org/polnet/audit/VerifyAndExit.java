package org.polnet.audit;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * The command-line verifier: {@code java -jar polnet.jar --polnet.audit.verify-and-exit} verifies the trail,
 * prints the result and exits with status 0 (intact) or 1 (broken or unreadable), without a web server and
 * without sealing anything.
 */
@Component
@ConditionalOnProperty(name = VerifyAndExit.PROPERTY, havingValue = "true")
class VerifyAndExit implements ApplicationRunner {

	static final String PROPERTY = "polnet.audit.verify-and-exit";

	private static final Logger LOG = LoggerFactory.getLogger(VerifyAndExit.class);

	private final AuditVerifier verifier;

	private final ConfigurableApplicationContext context;

	VerifyAndExit(AuditVerifier verifier, ConfigurableApplicationContext context) {
		this.verifier = verifier;
		this.context = context;
	}

	/** {@code --polnet.audit.verify-and-exit} alone arrives as an empty value: that asks for it too. */
	static boolean requested(String value) {
		return value.isEmpty() || Boolean.parseBoolean(value);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		int status;
		try {
			Verification verification = verifier.verify();
			System.out.println(verification.summary());
			status = verification.intact() ? 0 : 1;
		}
		catch (RuntimeException e) {
			LOG.error("The audit trail could not be verified", e);
			System.out.println("Audit trail NOT VERIFIED: " + e.getMessage());
			status = 1;
		}
		int exitCode = status;
		System.exit(SpringApplication.exit(context, () -> exitCode));
	}

	/**
	 * Runs before the application context exists: when verification is asked for, starts no web server, creates
	 * no demo data (a verifier changes nothing) and reads the bare flag as {@code true}. Registered in
	 * META-INF/spring.factories.
	 */
	static final class Mode implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			String value = environment.getProperty(PROPERTY);
			if (value != null && requested(value.strip())) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("polnet-audit-verify",
							Map.of(PROPERTY, "true", "spring.main.web-application-type", "none",
									"polnet.demo.enabled", "false")));
			}
		}
	}
}
