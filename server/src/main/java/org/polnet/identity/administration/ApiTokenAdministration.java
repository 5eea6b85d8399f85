package org.polnet.identity.administration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.ApiScope;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.officers.OfficeDirectory;
import org.polnet.identity.tokens.ApiToken;
import org.polnet.identity.tokens.ApiTokenAuthenticator;
import org.polnet.identity.tokens.ApiTokenSecret;
import org.polnet.identity.tokens.ApiTokens;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How administrators manage their office's API tokens: an NCB administrator its own office's only, a GS
 * administrator every office's. Refusals are audited and answered with {@link AccessDeniedException} (403).
 */
@Service
public class ApiTokenAdministration {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");

	private final ApiTokens tokens;

	private final ApiTokenAuthenticator authenticator;

	private final AuditTrail auditTrail;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final OfficeDirectory offices;

	ApiTokenAdministration(ApiTokens tokens, ApiTokenAuthenticator authenticator, AuditTrail auditTrail,
			TransactionTemplate transaction, Clock clock, OfficeDirectory offices) {
		this.offices = offices;
		this.tokens = tokens;
		this.authenticator = authenticator;
		this.auditTrail = auditTrail;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The tokens the administrator may manage: the own office's, or every office's for the GS. */
	public List<ApiToken> visibleTo(CurrentOfficer admin) {
		requireAdministrator(admin, "identity.token.list", null);
		return admin.has(Role.GS_ADMIN) ? tokens.all() : tokens.ofOffice(admin.officeCode());
	}

	/**
	 * The token, if it exists and the administrator may manage it.
	 * @throws AccessDeniedException (audited with {@code action}) when it belongs to another office
	 */
	public Optional<ApiToken> manageable(CurrentOfficer admin, long id, String action) {
		requireAdministrator(admin, action, "token#" + id);
		Optional<ApiToken> token = tokens.byId(id);
		token.ifPresent(found -> requireOffice(admin, found.officeCode(), action, found.username()));
		return token;
	}

	public IssuedApiToken create(CurrentOfficer admin, NewApiToken request) {
		String office = request.officeCode() == null || request.officeCode().isBlank() ? admin.officeCode()
				: request.officeCode().strip().toUpperCase(Locale.ROOT);
		requireAdministrator(admin, "identity.token.create", request.name());
		requireOffice(admin, office, "identity.token.create", request.name());
		String name = request.name().strip();
		List<InvalidRequest.Problem> problems = new ArrayList<>();
		if (!NAME.matcher(name).matches()) {
			problems.add(new InvalidRequest.Problem("name", "tokens.error.name"));
		}
		else if (tokens.nameTaken(name)) {
			problems.add(new InvalidRequest.Problem("name", "tokens.error.nameTaken"));
		}
		if (!offices.exists(office)) {
			problems.add(new InvalidRequest.Problem("officeCode", "tokens.error.office"));
		}
		if (request.scopes().isEmpty()) {
			problems.add(new InvalidRequest.Problem("scopes", "tokens.error.scopes"));
		}
		else if (!admin.has(Role.GS_ADMIN) && request.scopes().stream().anyMatch(ApiScope::generalSecretariatOnly)) {
			problems.add(new InvalidRequest.Problem("scopes", "tokens.error.scopesReserved"));
		}
		if (!request.expiresOn().isAfter(today()) || request.expiresOn().isAfter(latestExpiry())) {
			problems.add(new InvalidRequest.Problem("expiresOn", "tokens.error.expiry"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		String officeName = offices.name(office);
		Instant expiresAt = request.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant();
		try {
			return issue(name, office, officeName, request.scopes(), expiresAt, admin.username(),
					AuditRecord.of(admin, "identity.token.create",
							"token:" + name, null, Outcome.SUCCESS, null));
		}
		catch (DuplicateKeyException e) { // created at the same moment by someone else
			throw new InvalidRequest(List.of(new InvalidRequest.Problem("name", "tokens.error.nameTaken")));
		}
	}

	public void revoke(CurrentOfficer admin, long id) {
		ApiToken token = manageable(admin, id, "identity.token.revoke")
			.orElseThrow(() -> new IllegalArgumentException("No API token " + id));
		boolean revoked = Boolean.TRUE.equals(transaction.execute(status -> {
			boolean changed = tokens.revoke(id, clock.instant(), admin.username());
			if (changed) {
				auditTrail.record(AuditRecord.of(admin, "identity.token.revoke", token.username(), null, Outcome.SUCCESS, null));
			}
			return changed;
		}));
		if (revoked) {
			authenticator.forget(id);
		}
	}

	/** The latest day an administrator may choose as expiry: a year from today. */
	public LocalDate latestExpiry() {
		return today().plusYears(1);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	public Instant now() {
		return clock.instant();
	}

	/** For the demo data, which has no administrator signed in: the actor is the platform itself. */
	IssuedApiToken issueForDemo(String name, String office, String officeName, Set<ApiScope> scopes,
			Instant expiresAt) {
		return issue(name, office, officeName, scopes, expiresAt,
				"system", new AuditRecord("system", ActorType.SYSTEM, office, "identity.token.create",
						"token:" + name, "demo data", Outcome.SUCCESS, null));
	}

	private IssuedApiToken issue(String name, String office, String officeName, Set<ApiScope> scopes,
			Instant expiresAt, String createdBy, AuditRecord audit) {
		ApiTokenSecret secret = ApiTokenSecret.generate();
		ApiToken token = transaction.execute(status -> {
			ApiToken added = tokens.add(name, office, officeName, secret, scopes, clock.instant(),
					createdBy, expiresAt);
			auditTrail.record(audit);
			return added;
		});
		return new IssuedApiToken(Objects.requireNonNull(token), secret.value());
	}

	private void requireAdministrator(CurrentOfficer admin, String action, @Nullable String target) {
		if (!admin.has(Role.GS_ADMIN) && !admin.has(Role.NCB_ADMIN)) {
			deny(admin, action, target);
		}
	}

	private void requireOffice(CurrentOfficer admin, String office, String action, @Nullable String target) {
		if (!admin.has(Role.GS_ADMIN) && !office.equals(admin.officeCode())) {
			deny(admin, action, target);
		}
	}

	/** Audited in a transaction of its own, so the record stays although the request fails. */
	private void deny(CurrentOfficer admin, String action, @Nullable String target) {
		auditTrail.record(AuditRecord.of(admin, action, target,
				null, Outcome.DENIED, null));
		throw new AccessDeniedException("Not allowed to manage this office's API tokens");
	}

	/** The request breaks rules: each problem names the form field and the message (bundle {@code tokens}). */
	public static final class InvalidRequest extends RuntimeException {

		private final List<Problem> problems;

		InvalidRequest(List<Problem> problems) {
			super(problems.toString());
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

		public record Problem(String field, String messageKey) {
		}
	}
}
