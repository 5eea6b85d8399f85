package org.polnet.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polnet.PolnetApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL is a durable source of truth: data survives a restart, fsync is on. The database module
 * alone is started for each check (the whole application would add half a minute per start and prove nothing more),
 * except where the whole application is the point.
 */
class DatabaseTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsDataAcrossARestartAndRunsDurably() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = jdbc(first);
			assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
			jdbc.sql("CREATE TABLE restart_probe (note text)").update();
			jdbc.sql("INSERT INTO restart_probe VALUES ('kept')").update();
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = jdbc(second);
			assertThat(jdbc.sql("SELECT note FROM restart_probe").query(String.class).single()).isEqualTo("kept");
		}
	}

	@Test
	void theEmbeddedServerAsksEveryConnectionForItsGeneratedPassword() throws Exception {
		try (ConfigurableApplicationContext running = start()) {
			String port = jdbc(running).sql("SHOW port").query(String.class).single();
			String url = "jdbc:postgresql://localhost:" + port + "/postgres";
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guessed").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
			Path passwordFile = dataDir.resolve("postgres-password");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
			try (Connection connection = DriverManager.getConnection(url, "postgres", Files.readString(passwordFile).strip())) {
				assertThat(connection.isValid(5)).isTrue();
			}
			assertThat(jdbc(running).sql("SHOW listen_addresses").query(String.class).single()).isEqualTo("localhost");
		}
	}

	@Test
	void locksDownADataDirectoryCreatedWhenTheEmbeddedServerTrustedEveryLocalConnection() throws Exception {
		// as earlier versions initialised it: initdb -A trust, no password
		Path postgres = dataDir.resolve("postgres");
		EmbeddedPostgres.builder().setDataDirectory(postgres).setCleanDataDirectory(false).start().close();
		assertThat(dataDir.resolve("postgres-password")).doesNotExist();
		try (ConfigurableApplicationContext running = start()) {
			JdbcClient jdbc = jdbc(running);
			jdbc.sql("CREATE TABLE kept (note text)").update();
			String port = jdbc.sql("SHOW port").query(String.class).single();
			assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
					"postgres", "").close()).isInstanceOf(SQLException.class);
		}
		try (ConfigurableApplicationContext again = start()) {
			assertThat(jdbc(again).sql("SELECT count(*) FROM kept").query(Integer.class).single()).isZero();
		}
	}

	@Test
	void startsWithoutAWebServerForTheCommandLineAndBenchmarks() {
		// the whole application, as the benchmarks start it
		try (ConfigurableApplicationContext headless = new SpringApplicationBuilder(PolnetApplication.class)
			.run("--polnet.data-dir=" + dataDir, "--spring.main.web-application-type=none",
					"--spring.profiles.active=test")) {
			assertThat(headless).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(jdbc(headless).sql("SELECT bool_and(success) FROM flyway_schema_history")
				.query(Boolean.class)
				.single()).isTrue();
		}
	}

	@Test
	void refusesToShareItsDataDirectoryWithAnotherRunningPolnet() {
		try (ConfigurableApplicationContext running = start()) {
			assertThatThrownBy(this::start).hasRootCauseMessage("The data directory "
					+ dataDir.resolve("postgres").toAbsolutePath().normalize()
					+ " is in use by another running Polnet. Stop it, or set POLNET_DATA_DIR to another directory.");
			assertThat(jdbc(running).sql("SELECT 1").query(Integer.class).single()).isOne();
		}
	}

	@Test
	void refusesAnExternalDatabaseThatIsNotDurable() throws Exception {
		try (ConfigurableApplicationContext embedded = start()) {
			JdbcClient jdbc = jdbc(embedded);
			// turn synchronous_commit off for new sessions of this database, as a careless set-up would
			jdbc.sql("ALTER DATABASE postgres SET synchronous_commit = off").update();
			String port = jdbc.sql("SHOW port").query(String.class).single();
			long pools = poolHousekeepers();
			assertThatThrownBy(() -> databaseOnly()
				.run("--polnet.db.url=jdbc:postgresql://localhost:" + port + "/postgres", "--polnet.db.user=postgres",
						"--polnet.db.password=" + Files.readString(dataDir.resolve("postgres-password")).strip(),
						"--spring.profiles.active=test", "--polnet.data-dir=" + dataDir.resolve("other"))
				.close()).hasRootCauseMessage(
						"The database is not durable (fsync=on, synchronous_commit=off): committed police data could be lost in a crash. Turn both on in postgresql.conf.");
			// the refused start leaves no connection pool behind
			await().atMost(Duration.ofSeconds(10)).until(() -> poolHousekeepers() == pools);
			jdbc.sql("ALTER DATABASE postgres RESET synchronous_commit").update();
		}
	}

	@Test
	void productionNeverStartsAnEmbeddedDatabase() {
		assertThatThrownBy(() -> databaseOnly()
			.run("--spring.profiles.active=production", "--polnet.data-dir=" + dataDir)
			.close()).hasRootCauseMessage("No database configured: set POLNET_DB_URL, POLNET_DB_USER and "
					+ "POLNET_DB_PASSWORD to an external PostgreSQL (the production profile never starts an embedded one)");
		assertThat(dataDir.resolve("postgres")).doesNotExist();
	}

	@Test
	void productionRequiresADatabasePassword() {
		assertThatThrownBy(() -> databaseOnly()
			.run("--spring.profiles.active=production", "--polnet.data-dir=" + dataDir,
					"--polnet.db.url=jdbc:postgresql://localhost:1/polnet", "--polnet.db.user=polnet")
			.close()).hasRootCauseMessage(
					"No database password configured: set POLNET_DB_PASSWORD (production never connects without one)");
	}

	private ConfigurableApplicationContext start() {
		return databaseOnly().run("--polnet.data-dir=" + dataDir, "--spring.profiles.active=test");
	}

	/** The database module as the application configures it, with the application's configuration files. */
	private static SpringApplicationBuilder databaseOnly() {
		return new SpringApplicationBuilder(DatabaseOnly.class).web(WebApplicationType.NONE);
	}

	/** One thread per open connection pool. */
	private static long poolHousekeepers() {
		return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().endsWith(":housekeeper")).count();
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return JdbcClient.create(context.getBean(DataSource.class));
	}

	@Configuration(proxyBeanMethods = false)
	@Import(DatabaseConfiguration.class)
	@EnableConfigurationProperties(DatabaseProperties.class)
	static class DatabaseOnly {
	}
}
