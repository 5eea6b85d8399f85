package org.polnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a data directory of its own (keys) under target/test-data and a database of
 * its own on the test JVM's one PostgreSQL ({@link TestPostgres}), so tests never touch ./data and two cached
 * contexts never share data.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The data directory of the given context. */
	public static Path of(org.springframework.context.ApplicationContext context) {
		return Path.of(context.getEnvironment().getRequiredProperty("polnet.data-dir"));
	}

	/** A database on the test JVM's PostgreSQL, as its superuser reaches it. */
	public record TestDatabase(String url, String user, String password) {
	}

	/** A new database, migrated, for a test that starts Polnet itself. */
	public static TestDatabase newDatabase() {
		TestPostgres postgres = TestPostgres.get();
		return new TestDatabase(postgres.newDatabaseUrl(), postgres.user(), postgres.password());
	}

	/** A new database without any schema, e.g. to restore a backup into. */
	public static TestDatabase newEmptyDatabase() {
		TestPostgres postgres = TestPostgres.get();
		return new TestDatabase(postgres.newEmptyDatabaseUrl(), postgres.user(), postgres.password());
	}

	/** Whether the tests run on an external PostgreSQL (CI's second pass) rather than the embedded one. */
	public static boolean externalPostgres() {
		return TestPostgres.get().external();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("polnet-test-data", Map.of("polnet.data-dir", create().toString(),
					"polnet.db.url", TestPostgres.get().newDatabaseUrl(), "polnet.db.user", TestPostgres.get().user(),
					"polnet.db.password", TestPostgres.get().password())));
	}

	private static Path create() {
		try {
			Path target = Path.of("target", "test-data").toAbsolutePath();
			Files.createDirectories(target);
			return Files.createTempDirectory(target, "context-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
