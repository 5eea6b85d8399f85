package org.polnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM: the embedded one, or an external server when {@code polnet.test.postgres.url}
 * names one (a JDBC URL to a database of a superuser given by {@code polnet.test.postgres.user} and
 * {@code .password}, as CI does with Debian's PostgreSQL, see .ci/run). Either is as durable as the application's own (fsync and synchronous_commit on), and a
 * database of its own for each test application context, cloned from a template the migrations ran on once.
 * Starting a server and migrating it for every context cost more than the small contexts themselves.
 * <p>
 * The server stops after Spring Boot has closed every application context (a shutdown handler runs last): stopped
 * earlier, a context still closing would wait on its connection pool and the fork would be killed.
 */
final class TestPostgres {

	private static final String TEMPLATE = "polnet_template";

	private static TestPostgres running;

	private final @Nullable EmbeddedPostgres server;

	/** The server's address and port, {@code jdbc:postgresql://host:port/}. */
	private final String base;

	private final String user;

	private final String password;

	/** Names of this JVM's databases start with it: an external server outlives test runs. */
	private final String prefix;

	private final AtomicInteger databases = new AtomicInteger();

	private TestPostgres(@Nullable EmbeddedPostgres server, String base, String user, String password, String prefix) {
		this.server = server;
		this.base = base;
		this.user = user;
		this.password = password;
		this.prefix = prefix;
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
		String name = prefix + "context_" + databases.incrementAndGet();
		execute("CREATE DATABASE " + name + " TEMPLATE " + template());
		return url(name);
	}

	/** A new empty database (no schema), e.g. to restore a backup into. */
	String newEmptyDatabaseUrl() {
		String name = prefix + "empty_" + databases.incrementAndGet();
		execute("CREATE DATABASE " + name + " TEMPLATE template0");
		return url(name);
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	boolean external() {
		return server == null;
	}

	private String url(String database) {
		return base + database;
	}

	private String template() {
		return prefix + TEMPLATE;
	}

	private static TestPostgres start() {
		String externalUrl = System.getProperty("polnet.test.postgres.url", "");
		if (!externalUrl.isBlank()) {
			return external(externalUrl);
		}
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
			String base = server.getJdbcUrl("postgres", "").replaceFirst("\\?.*", "");
			return new TestPostgres(server, base, "postgres", "", "").migrated();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the test PostgreSQL", e);
		}
	}

	private static TestPostgres external(String url) {
		String base = url.substring(0, url.lastIndexOf('/') + 1);
		String prefix = "t" + ProcessHandle.current().pid() + "_" + Long.toString(System.currentTimeMillis() % 100000) + "_";
		return new TestPostgres(null, base, System.getProperty("polnet.test.postgres.user", "postgres"),
				System.getProperty("polnet.test.postgres.password", ""), prefix).migrated();
	}

	private TestPostgres migrated() {
		execute("CREATE DATABASE " + template());
		Flyway.configure()
			.dataSource(url(template()), user, password)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		return this;
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url("postgres"), user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	private void stop() {
		if (server == null) {
			return;
		}
		try {
			server.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
