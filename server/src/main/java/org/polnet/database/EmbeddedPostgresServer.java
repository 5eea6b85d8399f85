package org.polnet.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started by Polnet itself, its data kept under {@code dataDir/postgres} across restarts.
 * <p>
 * The library starts PostgreSQL with fsync and synchronous_commit off (it is meant for tests); this is our
 * source of truth, so both are turned back on. Its own JVM shutdown hook is disabled: the Spring context
 * stops the server after the connection pool has closed, never while the application still uses it. It listens on
 * the loopback interface only and asks every connection for a generated password ({@link LoopbackPassword}).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final LoopbackPassword password;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, LoopbackPassword password) {
		this.postgres = postgres;
		this.password = password;
	}

	static EmbeddedPostgresServer start(Path dataDirectory, DatabaseProperties.Embedded settings) {
		try {
			Path directory = dataDirectory.toAbsolutePath().normalize();
			Files.createDirectories(directory);
			StalePostmaster.stopIfLeftRunning(directory);
			LoopbackPassword password = LoopbackPassword.of(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", settings.sharedBuffers())
				.setServerConfig("max_wal_size", settings.maxWalSize())
				.setConnectConfig("password", password.value())
				.start();
			try {
				password.require(directory, postgres.getPostgresDatabase());
			}
			catch (RuntimeException | IOException e) {
				postgres.close();
				throw e;
			}
			LOG.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedPostgresServer(postgres, password);
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory + ": "
					+ e.getMessage(), e);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	String password() {
		return password.value();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		LOG.info("Embedded PostgreSQL stopped");
	}

	/**
	 * A postmaster left behind by a killed JVM keeps the data directory busy: stop it first. The library holds
	 * an exclusive lock on {@code epg-lock} while its server runs, so a lock we can take means nobody owns the
	 * postmaster any more; a lock we cannot take means another Polnet is using this data directory.
	 */
	static final class StalePostmaster {

		static void stopIfLeftRunning(Path directory) throws IOException {
			Path pidFile = directory.resolve("postmaster.pid");
			if (!Files.exists(pidFile)) {
				return;
			}
			assertNotInUse(directory);
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.isEmpty()) {
				return;
			}
			long pid;
			try {
				pid = Long.parseLong(lines.getFirst().trim());
			}
			catch (NumberFormatException e) {
				return;
			}
			ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false))
				.ifPresent(process -> {
					LOG.warn("Stopping PostgreSQL process {} left running on {} by an earlier start", pid, directory);
					process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, data stays consistent
					process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
				});
		}

		private static void assertNotInUse(Path directory) throws IOException {
			try (FileChannel channel = FileChannel.open(directory.resolve("epg-lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
				if (lock == null) {
					throw inUse(directory);
				}
			}
			catch (OverlappingFileLockException e) {
				throw inUse(directory);
			}
		}

		private static IllegalStateException inUse(Path directory) {
			return new IllegalStateException("The data directory " + directory
					+ " is in use by another running Polnet. Stop it, or set POLNET_DATA_DIR to another directory.");
		}

		private StalePostmaster() {
		}
	}
}
