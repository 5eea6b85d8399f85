package org.polnet.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polnet.PolnetApplication;
import org.polnet.TestDataDirectory;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The two roles of docs/database-roles.sql, created as documented: Polnet migrates as the owner and runs as the
 * application role, which may add audit rows but not change or delete them, and cannot change the schema.
 */
class DatabaseRolesTests {

	private static final Path ROLES_SQL = Path.of("..", "docs", "database-roles.sql");

	@TempDir
	Path dataDir;

	@Test
	void runsAsAnApplicationRoleThatCannotChangeTheSchemaNorTheAuditTrail() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String owner = "polnet_owner_" + suffix;
		String app = "polnet_app_" + suffix;
		String database = "polnet_" + suffix;
		TestDataDirectory.TestDatabase superuser = TestDataDirectory.newDatabase();
		String superuserUrl = superuser.url();
		String[] parts = Files.readString(ROLES_SQL)
			.replace("polnet_owner", owner)
			.replace("polnet_app", app)
			.replace("DATABASE polnet ", "DATABASE " + database + " ")
			.replace("replace-with-the-owner-password", "owner-" + suffix)
			.replace("replace-with-the-application-password", "app-" + suffix)
			.split("\\\\connect polnet");
		execute(superuserUrl, superuser.user(), superuser.password(), parts[0]);
		String databaseUrl = superuserUrl.substring(0, superuserUrl.lastIndexOf('/') + 1) + database;
		execute(databaseUrl, superuser.user(), superuser.password(), parts[1]);
		// migrated as the owner, as Polnet does at start with SPRING_FLYWAY_USER; then a test-only import target's
		// table, which that target makes at start unless it exists: here only the owner may create it
		Flyway.configure()
			.dataSource(databaseUrl, owner, "owner-" + suffix)
			.locations("classpath:db/migration")
			.load()
			.migrate();
		execute(databaseUrl, owner, "owner-" + suffix, "CREATE TABLE imports_test_row (country text)");

		try (ConfigurableApplicationContext polnet = new SpringApplicationBuilder(PolnetApplication.class).run(
				"--spring.main.web-application-type=none", "--spring.profiles.active=test",
				"--polnet.data-dir=" + dataDir, "--polnet.db.url=" + databaseUrl, "--polnet.db.user=" + app,
				"--polnet.db.password=app-" + suffix, "--spring.flyway.user=" + owner,
				"--spring.flyway.password=owner-" + suffix)) {
			polnet.getBean(AuditTrail.class)
				.record(new AuditRecord("roles-test", ActorType.SYSTEM, null, "test.roles", null, null,
						Outcome.SUCCESS, null));
		}

		try (Connection connection = DriverManager.getConnection(databaseUrl, app, "app-" + suffix);
				Statement statement = connection.createStatement()) {
			assertThat(count(statement, "SELECT count(*) FROM audit_entry WHERE actor = 'roles-test'")).isOne();
			assertThat(count(statement, "SELECT count(*) FROM identity_officer")).isNotNegative();
			assertThat(count(statement, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '"
					+ owner + "'")).as("tables not owned by the owner").isZero();
			for (String refused : new String[] { "UPDATE audit_entry SET purpose = 'rewritten'",
					"DELETE FROM audit_entry", "TRUNCATE audit_entry", "DELETE FROM audit_checkpoint",
					"UPDATE audit_chain SET hash = hash" }) {
				assertThatThrownBy(() -> statement.execute(refused)).as(refused)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("permission denied");
			}
			for (String refused : new String[] { "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
					"DROP TRIGGER audit_entry_append_only ON audit_entry", "CREATE TABLE intruder (note text)",
					"DROP TABLE identity_officer" }) {
				assertThatThrownBy(() -> statement.execute(refused)).as(refused).isInstanceOf(SQLException.class);
			}
		}
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void execute(String url, String user, String password, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			// one statement at a time: CREATE DATABASE refuses to run inside a multi-statement string
			for (String each : sql.replaceAll("(?m)^--.*$", "").split(";")) {
				if (!each.isBlank()) {
					statement.execute(each);
				}
			}
		}
	}
}
