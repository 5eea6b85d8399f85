package org.polnet.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Police data must survive a power cut: refuse to start on a database that acknowledges commits before they
 * are on disk. Runs before Flyway or anything else touches the schema.
 */
final class DurabilityCheck {

	private static final Logger LOG = LoggerFactory.getLogger(DurabilityCheck.class);

	private final JdbcClient jdbc;

	private final boolean required;

	DurabilityCheck(DataSource dataSource, boolean required) {
		this.jdbc = JdbcClient.create(dataSource);
		this.required = required;
	}

	void verify() {
		String fsync = setting("fsync");
		String synchronousCommit = setting("synchronous_commit");
		boolean durable = "on".equals(fsync) && !"off".equals(synchronousCommit);
		if (durable) {
			LOG.info("Database durability checked: fsync={}, synchronous_commit={}", fsync, synchronousCommit);
			return;
		}
		String problem = "The database is not durable (fsync=" + fsync + ", synchronous_commit=" + synchronousCommit
				+ "): committed police data could be lost in a crash. Turn both on in postgresql.conf.";
		if (required) {
			throw new IllegalStateException(problem);
		}
		LOG.warn("{} Continuing because polnet.db.require-durability=false.", problem);
	}

	private String setting(String name) {
		return jdbc.sql("SELECT setting FROM pg_settings WHERE name = ?").param(name).query(String.class).single();
	}
}
