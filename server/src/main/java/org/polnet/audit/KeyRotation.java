package org.polnet.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
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
 * The console command that rotates a signing key: {@code java -jar polnet.jar --polnet.keys.rotate=audit} (or
 * {@code mind}) writes a new pair, keeps the old public key in the key's history, records the rotation in the audit
 * trail, prints the new key's id and exits (0, or 1 for an unknown key name). No web server starts. Stop Polnet
 * first, or restart it afterwards: a running server signs with the key it read at its start.
 */
@Component
@ConditionalOnProperty(KeyRotation.PROPERTY)
class KeyRotation implements ApplicationRunner {

	static final String PROPERTY = "polnet.keys.rotate";

	static final String ACTION = "audit.key.rotate";

	private final List<RotatingKey> keys;

	private final AuditTrail trail;

	private final Clock clock;

	private final ConfigurableApplicationContext context;

	KeyRotation(List<RotatingKey> keys, AuditTrail trail, Clock clock, ConfigurableApplicationContext context) {
		this.keys = keys;
		this.trail = trail;
		this.clock = clock;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		String name = context.getEnvironment().getRequiredProperty(PROPERTY).strip();
		int status = rotate(name, System.getProperty("user.name", "?")) ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> status));
	}

	/** Rotates the named key and records it; false (and nothing done) for an unknown name. */
	boolean rotate(String name, String operatingSystemUser) {
		RotatingKey key = keys.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
		if (key == null) {
			System.out.println("No signing key named '" + name + "': one of "
					+ keys.stream().map(RotatingKey::name).toList());
			return false;
		}
		String before = key.id(key.history().getLast().key());
		SigningKeyFiles.PublishedKey rotated = key.rotate(clock.instant());
		String after = key.id(rotated.key());
		trail.record(new AuditRecord("console:" + operatingSystemUser, ActorType.SYSTEM, null, ACTION,
				name + " " + before + " -> " + after, null, Outcome.SUCCESS, null));
		System.out.println("The " + name + " signing key is now " + after + " (valid from " + rotated.validFrom()
				+ "); " + before + " stays in its history. Back up the keys directory, then restart Polnet.");
		return true;
	}

	/**
	 * Runs before the application context exists: a rotation starts no web server and creates no demo data.
	 * Registered in META-INF/spring.factories.
	 */
	static final class Mode implements EnvironmentPostProcessor {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			if (environment.getProperty(PROPERTY) != null) {
				environment.getPropertySources()
					.addFirst(new MapPropertySource("polnet-keys-rotate",
							Map.of("spring.main.web-application-type", "none", "polnet.demo.enabled", "false")));
			}
		}
	}
}
