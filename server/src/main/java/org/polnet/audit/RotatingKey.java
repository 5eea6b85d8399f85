package org.polnet.audit;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;

/**
 * A signing key that can be replaced while everything it signed stays verifiable: the audit's checkpoint key, the
 * MIND package key. Rotated from the console ({@link KeyRotation}); each module publishes its history.
 */
public interface RotatingKey {

	/** The name the console command takes: {@code audit}, {@code mind}. */
	String name();

	/** How this key's owner names a key (the id in checkpoints, the fingerprint devices compare). */
	String id(PublicKey key);

	/** Every public key, oldest first, the current one last, with its validity period. */
	List<SigningKeyFiles.PublishedKey> history();

	/** Makes a new pair the current one from {@code now} on; the old public key stays in the history. */
	SigningKeyFiles.PublishedKey rotate(Instant now);
}
