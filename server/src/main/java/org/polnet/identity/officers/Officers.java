package org.polnet.identity.officers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officers' accounts in {@code identity_officer} and their roles. */
@Repository
public class Officers {

	private static final String SELECT = """
			SELECT o.*, (SELECT string_agg(role, ',') FROM identity_officer_role r WHERE r.officer_id = o.id) AS roles
			FROM identity_officer o""";

	private final JdbcClient jdbc;

	Officers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Officer> byUsername(String username) {
		return jdbc.sql(SELECT + " WHERE o.username = :username")
			.param("username", username.strip().toLowerCase(Locale.ROOT))
			.query(Officers::map)
			.optional();
	}

	public Optional<Officer> byId(long id) {
		return jdbc.sql(SELECT + " WHERE o.id = :id").param("id", id).query(Officers::map).optional();
	}

	public List<Officer> ofOffice(String officeCode) {
		return jdbc.sql(SELECT + " WHERE o.office_code = :office ORDER BY o.username")
			.param("office", officeCode)
			.query(Officers::map)
			.list();
	}

	public boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_officer)").query(Boolean.class).single();
	}

	/** Whether any officer, enabled or not, holds this role. */
	public boolean anyWithRole(Role role) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_officer_role WHERE role = :role)")
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	/** Holds off every other creation of officers until the caller's transaction ends. */
	public void lockForCreation() {
		jdbc.sql("LOCK TABLE identity_officer IN SHARE ROW EXCLUSIVE MODE").update();
	}

	public long create(String username, String displayName, String officeCode, Set<Role> roles, Clearance clearance,
			String passwordHash, Instant now) {
		long id = jdbc.sql("""
				INSERT INTO identity_officer (username, display_name, office_code, clearance, password_hash, created_at, password_changed_at)
				VALUES (:username, :displayName, :office, :clearance, :hash, :now, :now) RETURNING id""")
			.param("username", username)
			.param("displayName", displayName)
			.param("office", officeCode)
			.param("clearance", clearance.name())
			.param("hash", passwordHash)
			.param("now", utc(now))
			.query(Long.class)
			.single();
		setRoles(id, roles);
		return id;
	}

	public void setRoles(long id, Set<Role> roles) {
		jdbc.sql("DELETE FROM identity_officer_role WHERE officer_id = :id").param("id", id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO identity_officer_role (officer_id, role) VALUES (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	public void setClearance(long id, Clearance clearance) {
		update("clearance = :value", id, clearance.name());
	}

	public void setEnabled(long id, boolean enabled) {
		update("enabled = :value", id, enabled);
	}

	void setPassword(long id, String hash, Instant now) {
		jdbc.sql("UPDATE identity_officer SET password_hash = :hash, password_changed_at = :now WHERE id = :id")
			.param("hash", hash)
			.param("now", utc(now))
			.param("id", id)
			.update();
	}

	/** Counts a failed attempt (a lock that has run out starts the count afresh); true when it locks the account. */
	public boolean recordFailure(long id, Instant now) {
		return jdbc.sql("""
				UPDATE identity_officer SET
				  failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN 1 ELSE failed_attempts + 1 END,
				  locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL ELSE locked_until END
				WHERE id = :id RETURNING failed_attempts""")
			.param("id", id)
			.param("now", utc(now))
			.query(Integer.class)
			.optional()
			.filter(attempts -> attempts >= Officer.MAXIMUM_FAILED_ATTEMPTS)
			.map(attempts -> {
				jdbc.sql("UPDATE identity_officer SET locked_until = :until, failed_attempts = 0 WHERE id = :id")
					.param("until", utc(now.plus(Officer.LOCK_DURATION)))
					.param("id", id)
					.update();
				return true;
			})
			.orElse(false);
	}

	public void unlock(long id) {
		jdbc.sql("UPDATE identity_officer SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	public void recordSignIn(long id, Instant now) {
		jdbc.sql("UPDATE identity_officer SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = :now WHERE id = :id")
			.param("id", id)
			.param("now", utc(now))
			.update();
	}

	public void startEnrolment(long id, byte[] encryptedSecret) {
		jdbc.sql("UPDATE identity_officer SET totp_secret = :secret, totp_confirmed = FALSE, totp_last_step = NULL WHERE id = :id")
			.param("secret", encryptedSecret)
			.param("id", id)
			.update();
	}

	public void confirmEnrolment(long id) {
		update("totp_confirmed = :value", id, true);
	}

	/** Forgets the authenticator and the passkeys too: a reset means the officer's devices are not to be trusted. */
	public void resetSecondFactor(long id) {
		jdbc.sql("UPDATE identity_officer SET totp_secret = NULL, totp_confirmed = FALSE, totp_last_step = NULL WHERE id = :id")
			.param("id", id)
			.update();
		// the passkeys go with the officer's WebAuthn user handle (ON DELETE CASCADE)
		jdbc.sql("DELETE FROM user_entities WHERE name = (SELECT username FROM identity_officer WHERE id = :id)")
			.param("id", id)
			.update();
	}

	/**
	 * Marks the step as used, atomically: false when this step (or a later one) was already used, so two
	 * concurrent sign-ins cannot both spend one code.
	 */
	public boolean useStep(long id, long step) {
		return jdbc.sql("""
				UPDATE identity_officer SET totp_last_step = :step
				WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
			.param("step", step)
			.param("id", id)
			.update() == 1;
	}

	private void update(String assignment, long id, Object value) {
		jdbc.sql("UPDATE identity_officer SET " + assignment + " WHERE id = :id")
			.param("value", value)
			.param("id", id)
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Officer map(ResultSet rs, int row) throws SQLException {
		String roles = rs.getString("roles");
		Set<Role> roleSet = roles == null ? EnumSet.noneOf(Role.class)
				: Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		long stored = rs.getLong("totp_last_step");
		long lastStep = rs.wasNull() ? Long.MIN_VALUE : stored;
		return new Officer(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("office_code"), roleSet, Clearance.valueOf(rs.getString("clearance")),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				instant(rs, "locked_until"), rs.getBytes("totp_secret"), rs.getBoolean("totp_confirmed"),
				lastStep, instant(rs, "last_sign_in_at"));
	}
}
