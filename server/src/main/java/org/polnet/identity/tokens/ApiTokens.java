package org.polnet.identity.tokens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored API tokens (table {@code identity_api_token}). */
@Repository
public class ApiTokens {

	private static final String COLUMNS = """
			id, name, office_code, office_name, prefix, array_to_string(scopes, ' ') AS scopes, created_at, created_by,
			expires_at, revoked_at, revoked_by, last_used_at""";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ApiToken add(String name, String officeCode, String officeName, ApiTokenSecret secret, Set<ApiScope> scopes,
			Instant createdAt, String createdBy, Instant expiresAt) {
		long id = jdbc.sql("""
				INSERT INTO identity_api_token (name, office_code, office_name, token_hash, prefix, scopes, created_at,
				                                created_by, expires_at)
				VALUES (:name, :office, :officeName, :hash, :prefix, string_to_array(:scopes, ' '), :createdAt,
				        :createdBy, :expiresAt)
				RETURNING id""")
			.param("name", name)
			.param("office", officeCode)
			.param("officeName", officeName)
			.param("hash", secret.hash())
			.param("prefix", secret.prefix())
			.param("scopes", scopes.stream().map(ApiScope::code).collect(Collectors.joining(" ")))
			.param("createdAt", utc(createdAt))
			.param("createdBy", createdBy)
			.param("expiresAt", utc(expiresAt))
			.query(Long.class)
			.single();
		return byId(id).orElseThrow();
	}

	public Optional<ApiToken> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_api_token WHERE id = :id")
			.param("id", id)
			.query(ApiTokens::token)
			.optional();
	}

	/** The token with this hash, with its stored hash for a constant-time comparison by the caller. */
	Optional<HashedToken> byHash(byte[] hash) {
		return jdbc.sql("SELECT " + COLUMNS + ", token_hash FROM identity_api_token WHERE token_hash = :hash")
			.param("hash", hash)
			.query((rs, row) -> new HashedToken(token(rs, row), rs.getBytes("token_hash")))
			.optional();
	}

	public List<ApiToken> ofOffice(String officeCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_api_token WHERE office_code = :office ORDER BY name")
			.param("office", officeCode)
			.query(ApiTokens::token)
			.list();
	}

	public List<ApiToken> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_api_token ORDER BY office_code, name")
			.query(ApiTokens::token)
			.list();
	}

	public boolean nameTaken(String name) {
		return jdbc.sql("SELECT count(*) FROM identity_api_token WHERE name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	public long count() {
		return jdbc.sql("SELECT count(*) FROM identity_api_token").query(Long.class).single();
	}

	/** False when the token was already revoked. */
	public boolean revoke(long id, Instant at, String by) {
		return jdbc.sql("""
				UPDATE identity_api_token SET revoked_at = :at, revoked_by = :by
				WHERE id = :id AND revoked_at IS NULL""")
			.param("id", id)
			.param("at", utc(at))
			.param("by", by)
			.update() == 1;
	}

	/** Records a use; skipped by the database too when another node recorded one less than a minute ago. */
	void markUsed(long id, Instant at) {
		jdbc.sql("""
				UPDATE identity_api_token SET last_used_at = :at
				WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :at - INTERVAL '1 minute')""")
			.param("id", id)
			.param("at", utc(at))
			.update();
	}

	record HashedToken(ApiToken token, byte[] hash) {
	}

	private static ApiToken token(ResultSet rs, int row) throws SQLException {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		Arrays.stream(rs.getString("scopes").split(" "))
			.map(ApiScope::ofCode)
			.flatMap(Optional::stream) // a scope removed from the code no longer grants anything
			.forEach(scopes::add);
		return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("office_code"),
				rs.getString("office_name"), rs.getString("prefix"), scopes, instant(rs, "created_at"),
				rs.getString("created_by"), instant(rs, "expires_at"), nullableInstant(rs, "revoked_at"),
				rs.getString("revoked_by"), nullableInstant(rs, "last_used_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Instant value = nullableInstant(rs, column);
		if (value == null) {
			throw new IllegalStateException(column + " is null");
		}
		return value;
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
