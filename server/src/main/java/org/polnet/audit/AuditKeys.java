package org.polnet.audit;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ed25519 key pair that signs checkpoints. It lives in files outside the database (by default
 * {@code <data dir>/keys}), so someone who can rewrite the database cannot re-sign a rewritten chain. Created
 * at first start; the private key file is readable by its owner only.
 */
final class AuditKeys implements RotatingKey {

	private static final Logger LOG = LoggerFactory.getLogger(AuditKeys.class);

	static final String PRIVATE_FILE = "audit-checkpoint-ed25519.key";

	static final String PUBLIC_FILE = "audit-checkpoint-ed25519.pub";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String keyId;

	private final SigningKeyFiles files;

	private AuditKeys(PrivateKey privateKey, PublicKey publicKey, SigningKeyFiles files) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.keyId = fingerprint(publicKey);
		this.files = files;
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
		SigningKeyFiles files = new SigningKeyFiles(directory, PRIVATE_FILE, PUBLIC_FILE, "audit signing key");
		SigningKeyFiles.Loaded loaded = files.load(createWhenMissing);
		AuditKeys keys = new AuditKeys(loaded.pair().getPrivate(), loaded.pair().getPublic(), files);
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

	/** Every key that ever signed checkpoints, by {@link #keyId()}: after a rotation, older ones still verify. */
	Map<String, PublicKey> byId() {
		Map<String, PublicKey> keys = new LinkedHashMap<>();
		files.history().forEach(key -> keys.put(fingerprint(key.key()), key.key()));
		keys.put(keyId, publicKey);
		return keys;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String id(PublicKey key) {
		return fingerprint(key);
	}

	@Override
	public List<SigningKeyFiles.PublishedKey> history() {
		return files.history();
	}

	/** Writes the new pair; this running instance signs on with the old one until its next start. */
	@Override
	public SigningKeyFiles.PublishedKey rotate(Instant now) {
		return files.rotate(now);
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
