package org.polnet.database;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/** The embedded server when Polnet runs its own, nothing when an external database is configured. */
final class EmbeddedPostgresHolder implements AutoCloseable {

	private final @Nullable EmbeddedPostgresServer server;

	private EmbeddedPostgresHolder(@Nullable EmbeddedPostgresServer server) {
		this.server = server;
	}

	static EmbeddedPostgresHolder of(EmbeddedPostgresServer server) {
		return new EmbeddedPostgresHolder(server);
	}

	static EmbeddedPostgresHolder none() {
		return new EmbeddedPostgresHolder(null);
	}

	String jdbcUrl() {
		if (server == null) {
			throw new IllegalStateException("No embedded PostgreSQL: an external database is configured");
		}
		return server.jdbcUrl();
	}

	String password() {
		if (server == null) {
			throw new IllegalStateException("No embedded PostgreSQL: an external database is configured");
		}
		return server.password();
	}

	@Override
	public void close() throws IOException {
		if (server != null) {
			server.close();
		}
	}
}
