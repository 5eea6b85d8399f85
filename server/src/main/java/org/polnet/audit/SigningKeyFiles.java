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
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Ed25519 key pair kept as two PEM files in a key directory (PKCS#8 private key, X.509 public key): the audit's
 * checkpoint key and the MIND package key. Created at first start, the directory owner-only and the private file
 * created owner-only before anything is written to it; never regenerated silently, since what was signed with it
 * (checkpoints, the packages on devices) would then look forged: a directory holding only half a pair refuses to
 * load rather than replacing it.
 *
 * @param what the key's name in messages, e.g. "audit signing key"
 */
public record SigningKeyFiles(Path directory, String privateFileName, String publicFileName, String what) {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyFiles.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** The pair and whether it was created by this call (so the caller can log its fingerprint). */
	public record Loaded(KeyPair pair, boolean created) {
	}

	/** Loads the pair, creating it when the directory holds neither file. */
	public Loaded loadOrCreate() {
		return load(true);
	}

	/**
	 * Loads the pair; when the directory holds neither file, creates one or, when {@code createWhenMissing} is
	 * false (a verifier, for which a new key would only make every signature look forged), refuses.
	 */
	public Loaded load(boolean createWhenMissing) {
		Path privateFile = directory.resolve(privateFileName);
		Path publicFile = directory.resolve(publicFileName);
		try {
			if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
				if (!createWhenMissing) {
					throw new IllegalStateException("No " + what + " in " + directory + ": expected " + publicFileName);
				}
				return new Loaded(create(privateFile, publicFile), true);
			}
			if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
				throw new IllegalStateException("The key directory " + directory + " holds only half a key pair ("
						+ privateFileName + ", " + publicFileName + ") for the " + what
						+ ": restore the missing file from backup");
			}
			if (posix() && !Files.getPosixFilePermissions(privateFile).equals(OWNER_ONLY)) {
				log.warn("The {} {} is readable by others than its owner: chmod 600 it", what, privateFile);
			}
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			return new Loaded(new KeyPair(factory.generatePublic(new X509EncodedKeySpec(read(publicFile))),
					factory.generatePrivate(new PKCS8EncodedKeySpec(read(privateFile)))), false);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the " + what + " in " + directory, e);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("The " + what + " in " + directory + " is not a valid Ed25519 key pair", e);
		}
	}

	private KeyPair create(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
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
		Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
		Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
		return pair;
	}

	/** PEM text of a DER encoding, 64 characters a line. */
	public static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private static byte[] read(Path file) throws IOException {
		String pem = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "");
		return Base64.getMimeDecoder().decode(pem.strip());
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}
}
