package org.polnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, as durable as the application's own (fsync and synchronous_commit on), and a
 * database of its own for each test application context, cloned from a template the migrations ran on once.
 * Starting a server and migrating it for every context cost more than the small contexts themselves.
 * <p>
 * The server stops after Spring Boot has closed every application context (a shutdown handler runs last): stopped
 * earlier, a context still closing would wait on its connection pool and the fork would be killed.
 */
final class TestPostgres {

	private static final String TEMPLATE = "polnet_template";

	private static TestPostgres running;

	private final EmbeddedPostgres server;

	private final AtomicInteger databases = new AtomicInteger();

	private TestPostgres(EmbeddedPostgres server) {
		this.server = server;
	}

	static synchronized TestPostgres get() {
		if (running == null) {
			running = start();
			SpringApplication.getShutdownHandlers().add(running::stop);
		}
		return running;
	}

	/** A new database with the schema migrated, for one application context. */
	String newDatabaseUrl() {
		String name = "context_" + databases.incrementAndGet();
		execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
		return server.getJdbcUrl("postgres", name);
	}

	private static TestPostgres start() {
		try {
			Path target = Path.of("target", "test-data").toAbsolutePath();
			Files.createDirectories(target);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory(target, "postgres-"))
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "localhost")
				// each context's pool keeps its connections open until the JVM ends
				.setServerConfig("max_connections", "300")
				.start();
			TestPostgres postgres = new TestPostgres(server);
			postgres.execute("CREATE DATABASE " + TEMPLATE);
			Flyway.configure()
				.dataSource(server.getJdbcUrl("postgres", TEMPLATE), "postgres", null)
				.locations("classpath:db/migration")
				.load()
				.migrate();
			return postgres;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the test PostgreSQL", e);
		}
	}

	private void execute(String sql) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	private void stop() {
		try {
			server.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
