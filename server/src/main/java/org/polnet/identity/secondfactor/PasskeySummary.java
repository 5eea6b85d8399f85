package org.polnet.identity.secondfactor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A passkey as its owner sees it on the account page.
 *
 * @param id            the credential id (base64url), to name the passkey to remove
 * @param label         what the officer called it when registering it ("office laptop")
 * @param createdAt     when it was registered
 * @param lastUsedAt    when it last completed a sign-in (until then, when it was registered)
 */
public record PasskeySummary(String id, String label, Instant createdAt, Instant lastUsedAt) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String created() {
		return MINUTES.format(createdAt);
	}

	public String lastUsed() {
		return MINUTES.format(lastUsedAt);
	}
}
