package org.polnet.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Polnet keeps its data. With no {@code url}, Polnet starts its own PostgreSQL under
 * {@code dataDir/postgres}; with one (POLNET_DB_URL), it uses that server and starts nothing.
 *
 * @param dataDir           POLNET_DATA_DIR, default ./data
 * @param url               POLNET_DB_URL, an external PostgreSQL JDBC URL
 * @param user              POLNET_DB_USER
 * @param password          POLNET_DB_PASSWORD
 * @param requireDurability refuse to start when fsync or synchronous_commit is off; only tests turn it off
 * @param embeddedAllowed   false in production: there an external database is required
 * @param poolSize          connections in the pool
 * @param embedded          settings of the embedded PostgreSQL (an external one is configured by its owner)
 */
@ConfigurationProperties("polnet.db")
record DatabaseProperties(Path dataDir, @Nullable String url, @Nullable String user, @Nullable String password,
		boolean requireDurability, boolean embeddedAllowed, int poolSize, @DefaultValue Embedded embedded) {

	/**
	 * The embedded PostgreSQL's memory and WAL: PostgreSQL's own defaults (128 MB of shared buffers, 1 GB of WAL
	 * between checkpoints) suit a demo; a few million records load faster with more (docs/operations.md).
	 *
	 * @param sharedBuffers PostgreSQL's {@code shared_buffers}
	 * @param maxWalSize    PostgreSQL's {@code max_wal_size}
	 */
	record Embedded(@DefaultValue("128MB") String sharedBuffers, @DefaultValue("1GB") String maxWalSize) {
	}

	boolean external() {
		return url != null && !url.isBlank();
	}
}
