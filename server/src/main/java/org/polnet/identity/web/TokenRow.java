package org.polnet.identity.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.tokens.ApiToken;

/** A token as a list shows it: times in UTC, the same for every reader wherever they sit. */
record TokenRow(ApiToken token, ApiToken.Status status, String expires, @Nullable String lastUsed) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	static TokenRow of(ApiToken token, Instant now) {
		Instant lastUsed = token.lastUsedAt();
		return new TokenRow(token, token.status(now), format(token.expiresAt()),
				lastUsed == null ? null : format(lastUsed));
	}

	static String format(Instant instant) {
		return UTC.format(instant);
	}

	public boolean active() {
		return status == ApiToken.Status.ACTIVE;
	}
}
