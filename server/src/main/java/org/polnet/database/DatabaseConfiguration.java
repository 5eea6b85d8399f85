package org.polnet.database;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's one DataSource: the external PostgreSQL named by POLNET_DB_URL, or else the embedded one.
 * Declaring the embedded server as a bean the pool depends on makes Spring close the pool first and stop
 * PostgreSQL last.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresHolder embeddedPostgres(DatabaseProperties properties) {
		if (!properties.external() && !properties.embeddedAllowed()) {
			throw new IllegalStateException("No database configured: set POLNET_DB_URL, POLNET_DB_USER and "
					+ "POLNET_DB_PASSWORD to an external PostgreSQL (the production profile never starts an embedded one)");
		}
		if (!properties.embeddedAllowed() && (properties.password() == null || properties.password().isBlank())) {
			throw new IllegalStateException("No database password configured: set POLNET_DB_PASSWORD (production "
					+ "never connects without one)");
		}
		return properties.external() ? EmbeddedPostgresHolder.none()
				: EmbeddedPostgresHolder.of(EmbeddedPostgresServer.start(properties.dataDir().resolve("postgres"),
						properties.embedded()));
	}

	@Bean
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedPostgresHolder embedded) {
		String url = properties.external() ? properties.url() : embedded.jdbcUrl();
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(url)
			.username(properties.external() ? properties.user() : "postgres")
			.password(properties.external() ? properties.password() : embedded.password())
			.build();
		dataSource.setPoolName("polnet");
		dataSource.setMaximumPoolSize(properties.poolSize());
		// checked here, before anything (Flyway first) can write to it
		try {
			new DurabilityCheck(dataSource, properties.requireDurability()).verify();
		}
		catch (RuntimeException refused) {
			// never handed to Spring, so Spring would never close it: its threads would keep the pool alive
			dataSource.close();
			throw refused;
		}
		return dataSource;
	}
}
