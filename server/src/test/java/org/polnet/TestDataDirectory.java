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
 * Gives the test JVM's application context a data directory of its own (embedded PostgreSQL, keys) under
 * target/, fresh for every test run, so tests never touch ./data.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Path DIRECTORY = create();

	public static Path path() {
		return DIRECTORY;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("polnet-test-data", Map.of("polnet.data-dir", DIRECTORY.toString())));
	}

	private static Path create() {
		try {
			Path target = Path.of("target", "test-data");
			Files.createDirectories(target);
			return Files.createTempDirectory(target.toAbsolutePath(), "run-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
