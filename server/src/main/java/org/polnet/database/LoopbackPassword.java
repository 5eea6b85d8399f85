package org.polnet.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's superuser password. PostgreSQL's {@code initdb} (as the embedded library runs it)
 * trusts every local connection: any process of any user on the machine could connect as superuser and read or
 * change police data. So Polnet generates a password, keeps it in {@code postgres-password} next to the database's
 * directory (readable by its owner only), and requires it (scram-sha-256) of every connection, socket or loopback.
 * A data directory made by an earlier version, which trusted everybody, is locked down the same way at its next
 * start.
 */
final class LoopbackPassword {

	private static final Logger LOG = LoggerFactory.getLogger(LoopbackPassword.class);

	static final String FILE = "postgres-password";

	/** Who may connect, and how: only with the password, only on this machine (listen_addresses is loopback). */
	static final String PG_HBA = """
			# Written by Polnet at every start: every connection gives the superuser's password (scram-sha-256),
			# kept in ../postgres-password. PostgreSQL listens on the loopback interface only.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	private final String password;

	private LoopbackPassword(String password) {
		this.password = password;
	}

	/** The password kept for this database directory, made and kept now when there is none yet. */
	static LoopbackPassword of(Path databaseDirectory) throws IOException {
		Path file = databaseDirectory.resolveSibling(FILE);
		if (!Files.exists(file)) {
			byte[] random = new byte[24];
			new SecureRandom().nextBytes(random);
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.US_ASCII);
			}
			catch (FileAlreadyExistsException raced) {
				// another start made it first: use theirs
			}
		}
		return new LoopbackPassword(Files.readString(file, StandardCharsets.US_ASCII).strip());
	}

	String value() {
		return password;
	}

	/**
	 * Sets the password and requires it from now on, unless the server already does. Connects with the password: a
	 * server that still trusts everybody ignores it.
	 */
	void require(Path databaseDirectory, DataSource superuser) throws IOException {
		Path hba = databaseDirectory.resolve("pg_hba.conf");
		if (Files.readString(hba).equals(PG_HBA)) {
			return;
		}
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET password_encryption = 'scram-sha-256'");
			// a utility statement takes no parameters; the password is hexadecimal, nothing to escape
			statement.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
			Files.writeString(hba, PG_HBA);
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not set the embedded PostgreSQL's password: " + e.getMessage(), e);
		}
		LOG.info("Embedded PostgreSQL now requires the password kept in {}", databaseDirectory.resolveSibling(FILE));
	}
}
