package org.polnet.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

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

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

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
		Path privateFile = directory.resolve(PRIVATE_FILE);
		Path publicFile = directory.resolve(PUBLIC_FILE);
		try {
			if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
				if (!createWhenMissing) {
					throw new IllegalStateException("No audit signing key in " + directory
							+ ": point polnet.audit.key-dir to the directory holding " + PUBLIC_FILE);
				}
				return create(directory, privateFile, publicFile);
			}
			if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
				throw new IllegalStateException("The audit key directory " + directory + " holds only half a key pair ("
						+ PRIVATE_FILE + ", " + PUBLIC_FILE + "): restore the missing file from backup");
			}
			warnIfReadableByOthers(privateFile);
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			return new AuditKeys(factory.generatePrivate(new PKCS8EncodedKeySpec(read(privateFile))),
					factory.generatePublic(new X509EncodedKeySpec(read(publicFile))));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the audit signing key in " + directory, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The audit signing key in " + directory + " is not a valid Ed25519 key", e);
		}
	}

	private static AuditKeys create(Path directory, Path privateFile, Path publicFile)
			throws IOException, GeneralSecurityException {
		if (posix() && !Files.exists(directory)) {
			Files.createDirectories(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		Files.createDirectories(directory);
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		if (posix()) {
			// created with owner-only permissions: the key is never readable by others, not even for a moment
			Files.createFile(privateFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		write(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
		write(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
		AuditKeys keys = new AuditKeys(pair.getPrivate(), pair.getPublic());
		LOG.info("Created the audit checkpoint signing key {} in {}; back up this directory", keys.keyId, directory);
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

	private static void write(Path file, String type, byte[] der) throws IOException {
		String pem = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
		Files.writeString(file, pem, StandardCharsets.US_ASCII);
	}

	private static byte[] read(Path file) throws IOException {
		String pem = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
		return Base64.getMimeDecoder().decode(pem.strip());
	}

	private static void warnIfReadableByOthers(Path privateFile) throws IOException {
		if (posix() && !Files.getPosixFilePermissions(privateFile).equals(OWNER_ONLY)) {
			LOG.warn("The audit signing key {} is readable by others than its owner: chmod 600 it", privateFile);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
