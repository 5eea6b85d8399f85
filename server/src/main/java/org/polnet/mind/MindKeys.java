package org.polnet.mind;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.polnet.audit.RotatingKey;
import org.polnet.audit.SigningKeyFiles;
import org.polnet.audit.SigningKeyFiles.PublishedKey;
import org.polnet.engines.mind.MindSigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key pair that signs MIND packages, in {@code <data dir>/keys/mind-signing.key} (owner only) and
 * {@code mind-signing.pub}. Created at first start and never regenerated silently: devices trust the public key,
 * so a missing half refuses to start rather than invalidating every device's installed key. Rotated from the console
 * ({@code --polnet.keys.rotate=mind}); earlier public keys stay published with their validity periods.
 */
@Component
public class MindKeys implements RotatingKey {

	private static final Logger log = LoggerFactory.getLogger(MindKeys.class);

	static final String PRIVATE_FILE = "mind-signing.key";

	static final String PUBLIC_FILE = "mind-signing.pub";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final SigningKeyFiles files;

	MindKeys(@Value("${polnet.data-dir}") Path dataDirectory) {
		Path directory = dataDirectory.resolve("keys");
		this.files = new SigningKeyFiles(directory, PRIVATE_FILE, PUBLIC_FILE, "MIND signing key");
		SigningKeyFiles.Loaded loaded = files.loadOrCreate();
		this.privateKey = loaded.pair().getPrivate();
		this.publicKey = loaded.pair().getPublic();
		if (loaded.created()) {
			log.info("Created the MIND signing key {} in {}; back it up, devices trust its public key",
					fingerprint(publicKey), directory);
		}
	}

	PrivateKey privateKey() {
		return privateKey;
	}

	public PublicKey publicKey() {
		return publicKey;
	}

	/** The public key as PEM text, to install on devices. */
	public String publicKeyPem() {
		return MindSigningKeys.publicKeyPem(publicKey);
	}

	/** SHA-256 of the public key's DER encoding, in hex pairs separated by colons, to check it out of band. */
	public String fingerprint() {
		return fingerprint(publicKey);
	}

	@Override
	public String name() {
		return "mind";
	}

	@Override
	public String id(PublicKey key) {
		return fingerprint(key);
	}

	/** Every key that signed packages, oldest first: devices accept a package signed by any of them. */
	@Override
	public List<PublishedKey> history() {
		return files.history();
	}

	/** Writes the new pair; this running instance signs on with the old one until its next start. */
	@Override
	public PublishedKey rotate(Instant now) {
		return files.rotate(now);
	}

	/** Every public key of the history as PEM, one after the other: the file devices install. */
	public String historyPem() {
		StringBuilder pem = new StringBuilder();
		history().forEach(key -> pem.append(key.pem()));
		return pem.toString();
	}

	static String fingerprint(PublicKey key) {
		try {
			return HexFormat.ofDelimiter(":")
				.withUpperCase()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
