package org.polnet.identity.tokens;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token presented by a system client into an authentication (principal: a
 * {@link CurrentOfficer} with role SYSTEM_CLIENT; authorities: its role and {@code SCOPE_<scope>} per scope).
 * The security configuration's bearer filter calls it for every request carrying {@code Authorization: Bearer}.
 * <p>
 * Valid tokens are cached in memory for {@link #CACHE_TIME} so that a busy border system costs no database
 * query per request. Revocation therefore takes effect at once on the node that revoked the token (it evicts
 * its cache entry) and within {@link #CACHE_TIME} (5 seconds) on every other node. Refused tokens are never
 * cached: each attempt is looked up and audited. {@code last_used_at} is written at most once a minute per
 * token.
 */
@Component
public class ApiTokenAuthenticator {

	public static final Duration CACHE_TIME = Duration.ofSeconds(5);

	static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

	/** More distinct tokens than any deployment has; past it, the cache is emptied rather than grown. */
	private static final int MAX_CACHED = 10_000;

	private final ApiTokens tokens;

	private final AuditTrail auditTrail;

	private final Clock clock;

	/** By hex SHA-256 of the token: the secret itself is never kept in memory. */
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final Map<Long, Instant> lastUseRecorded = new ConcurrentHashMap<>();

	ApiTokenAuthenticator(ApiTokens tokens, AuditTrail auditTrail, Clock clock) {
		this.tokens = tokens;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/** Empty when the token is unknown, expired or revoked. */
	public Optional<Authentication> authenticate(String token, String clientAddress) {
		Instant now = clock.instant();
		byte[] hash = ApiTokenSecret.hash(token);
		String key = HexFormat.of().formatHex(hash);
		Cached cached = cache.get(key);
		ApiToken found;
		if (cached != null && now.isBefore(cached.until()) && MessageDigest.isEqual(cached.hash(), hash)) {
			found = cached.token();
		}
		else {
			cache.remove(key);
			Optional<ApiTokens.HashedToken> stored = ApiTokenSecret.looksLikeToken(token) ? tokens.byHash(hash)
					: Optional.empty();
			// the database found the row by its unique hash; compare again in constant time all the same
			if (stored.isEmpty() || !MessageDigest.isEqual(stored.get().hash(), hash)) {
				refuse("identity.token.refused.unknown", null, null, clientAddress);
				return Optional.empty();
			}
			found = stored.get().token();
		}
		ApiToken.Status status = found.status(now);
		if (status != ApiToken.Status.ACTIVE) {
			cache.remove(key);
			refuse(status == ApiToken.Status.REVOKED ? "identity.token.refused.revoked"
					: "identity.token.refused.expired", found.username(), found.officeCode(), clientAddress);
			return Optional.empty();
		}
		if (cached == null || cached.token() != found) {
			cached = new Cached(found, hash, now.plus(CACHE_TIME), found.asOfficer(), found.authorities());
			remember(key, cached);
		}
		recordUse(found, now);
		// a new authentication per request (it is mutable), from the parts built once per cache period
		return Optional.of(new ApiTokenAuthentication(cached.officer(), cached.authorities()));
	}

	/** Called when a token is revoked here, so this node refuses it at once. */
	public void forget(long tokenId) {
		cache.values().removeIf(entry -> entry.token().id() == tokenId);
	}

	private void remember(String key, Cached entry) {
		if (cache.size() >= MAX_CACHED) {
			Instant now = clock.instant();
			cache.values().removeIf(old -> !now.isBefore(old.until()));
			if (cache.size() >= MAX_CACHED) {
				cache.clear();
			}
		}
		cache.put(key, entry);
	}

	private void recordUse(ApiToken token, Instant now) {
		Instant previous = lastUseRecorded.get(token.id());
		if (previous == null || !now.isBefore(previous.plus(LAST_USED_GRANULARITY))) {
			lastUseRecorded.put(token.id(), now);
			tokens.markUsed(token.id(), now);
		}
	}

	/** Never records the presented token: only the name of a known one. */
	private void refuse(String action, @Nullable String tokenUsername, @Nullable String office,
			String clientAddress) {
		auditTrail.record(new AuditRecord("anonymous", ActorType.ANONYMOUS, office, action, tokenUsername, null,
				Outcome.DENIED, clientAddress));
	}

	/** With the client's identity and authorities, which are immutable: built once per cache period. */
	private record Cached(ApiToken token, byte[] hash, Instant until, CurrentOfficer officer,
			List<GrantedAuthority> authorities) {
	}
}
