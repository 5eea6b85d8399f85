package org.polnet.mind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;

import org.polnet.engines.mind.MindSigningKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key pair that signs MIND packages, in {@code <data dir>/keys/mind-signing.key} (owner only) and
 * {@code mind-signing.pub}. Created at first start and never regenerated silently: devices trust the public key,
 * so a missing half refuses to start rather than invalidating every device's installed key.
 */
@Component
public class MindKeys {

	private static final Logger log = LoggerFactory.getLogger(MindKeys.class);

	static final String PRIVATE_FILE = "mind-signing.key";

	static final String PUBLIC_FILE = "mind-signing.pub";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	MindKeys(@Value("${polnet.data-dir}") Path dataDirectory) {
		Path directory = dataDirectory.resolve("keys");
		Path privateFile = directory.resolve(PRIVATE_FILE);
		Path publicFile = directory.resolve(PUBLIC_FILE);
		try {
			if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
				create(directory, privateFile, publicFile);
			}
			if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
				throw new IllegalStateException("The key directory " + directory + " holds only half the MIND key pair ("
						+ PRIVATE_FILE + ", " + PUBLIC_FILE + "): restore the missing file from backup");
			}
			this.privateKey = MindSigningKeys.readPrivateKey(Files.readAllBytes(privateFile));
			this.publicKey = MindSigningKeys.readPublicKey(Files.readAllBytes(publicFile));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the MIND signing key in " + directory, e);
		}
	}

	private static void create(Path directory, Path privateFile, Path publicFile) throws IOException {
		Files.createDirectories(directory);
		KeyPair pair = MindSigningKeys.generate();
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			// created owner-only: the private key is never readable by others, not even for a moment
			Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(privateFile, MindSigningKeys.privateKeyPem(pair.getPrivate()));
		Files.writeString(publicFile, MindSigningKeys.publicKeyPem(pair.getPublic()));
		log.info("Created the MIND signing key {} in {}; back it up, devices trust its public key",
				fingerprint(pair.getPublic()), directory);
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

	private static String fingerprint(PublicKey key) {
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
