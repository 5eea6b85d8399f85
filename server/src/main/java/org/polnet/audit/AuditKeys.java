package org.polnet.audit;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key pair that signs checkpoints. It lives in files outside the database (by default
 * {@code <data dir>/keys}), so someone who can rewrite the database cannot re-sign a rewritten chain. Created
 * at first start; the private key file is readable by its owner only.
 */
final class AuditKeys {

	private static final Logger LOG = LoggerFactory.getLogger(AuditKeys.class);

	static final String PRIVATE_FILE = "audit-checkpoint-ed25519.key";

	static final String PUBLIC_FILE = "audit-checkpoint-ed25519.pub";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String keyId;

	private AuditKeys(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.keyId = fingerprint(publicKey);
	}

	/** Loads the key pair from the directory, creating it there when the directory holds none. */
	static AuditKeys inDirectory(Path directory) {
		return inDirectory(directory, true);
	}

	/**
	 * Loads the key pair from the directory; when it holds none, creates one, or (for the verifier, where a new
	 * key would only make every checkpoint look forged) refuses.
	 */
	static AuditKeys inDirectory(Path directory, boolean createWhenMissing) {
		SigningKeyFiles.Loaded loaded = new SigningKeyFiles(directory, PRIVATE_FILE, PUBLIC_FILE, "audit signing key")
			.load(createWhenMissing);
		AuditKeys keys = new AuditKeys(loaded.pair().getPrivate(), loaded.pair().getPublic());
		if (loaded.created()) {
			LOG.info("Created the audit checkpoint signing key {} in {}; back up this directory", keys.keyId, directory);
		}
		return keys;
	}

	byte[] sign(byte[] message) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot sign an audit checkpoint", e);
		}
	}

	boolean verify(byte[] message, byte[] signatureBytes) {
		return verify(publicKey, message, signatureBytes);
	}

	static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(message);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException e) {
			return false; // a malformed signature is a wrong one
		}
	}

	/** Identifies the key a checkpoint was signed with: the first 8 bytes of the public key's SHA-256, in hex. */
	String keyId() {
		return keyId;
	}

	PublicKey publicKey() {
		return publicKey;
	}

	static String fingerprint(PublicKey key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
			return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
