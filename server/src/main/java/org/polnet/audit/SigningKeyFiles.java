package org.polnet.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Ed25519 key pair kept as two PEM files in a key directory (PKCS#8 private key, X.509 public key): the audit's
 * checkpoint key and the MIND package key. Rotating it ({@link #rotate}) makes a new pair the current one and keeps
 * every earlier public key with its validity period in {@code <public file>.history}, so that what was signed
 * before stays verifiable. Created at first start, the directory owner-only and the private file
 * created owner-only before anything is written to it; never regenerated silently, since what was signed with it
 * (checkpoints, the packages on devices) would then look forged: a directory holding only half a pair refuses to
 * load rather than replacing it.
 *
 * @param what the key's name in messages, e.g. "audit signing key"
 */
public record SigningKeyFiles(Path directory, String privateFileName, String publicFileName, String what) {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyFiles.class);

	static final String HISTORY_SUFFIX = ".history";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	/** The pair and whether it was created by this call (so the caller can log its fingerprint). */
	public record Loaded(KeyPair pair, boolean created) {
	}

	/**
	 * A public key as published: it signed from {@code validFrom} until {@code validUntil} (null while current).
	 */
	public record PublishedKey(PublicKey key, Instant validFrom, @Nullable Instant validUntil) {

		public boolean current() {
			return validUntil == null;
		}

		public String pem() {
			return SigningKeyFiles.pem("PUBLIC KEY", key.getEncoded());
		}
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

	/**
	 * Every public key this pair ever had, oldest first, the current one last. Without a history file (never
	 * rotated) the current key is valid since its public file was written.
	 */
	public List<PublishedKey> history() {
		Path publicFile = directory.resolve(publicFileName);
		try {
			PublicKey current = load(false).pair().getPublic();
			List<PublishedKey> keys = new ArrayList<>();
			Path history = directory.resolve(publicFileName + HISTORY_SUFFIX);
			if (Files.exists(history)) {
				KeyFactory factory = KeyFactory.getInstance("Ed25519");
				for (String line : Files.readAllLines(history, StandardCharsets.US_ASCII)) {
					String[] fields = line.strip().split("\\s+");
					if (fields.length != 3 || line.startsWith("#")) {
						continue;
					}
					PublicKey key = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(fields[2])));
					keys.add(new PublishedKey(key, Instant.parse(fields[0]),
							fields[1].equals("-") ? null : Instant.parse(fields[1])));
				}
			}
			boolean currentListed = keys.stream().anyMatch(k -> k.current() && k.key().equals(current));
			if (!currentListed) {
				// never rotated, or a rotation stopped before the new pair replaced the files: the files' key signs
				keys.removeIf(k -> k.key().equals(current));
				Instant since = keys.isEmpty() ? Files.getLastModifiedTime(publicFile).toInstant()
						: keys.getLast().validUntil() == null ? keys.getLast().validFrom() : keys.getLast().validUntil();
				keys.replaceAll(k -> k.current() ? new PublishedKey(k.key(), k.validFrom(), since) : k);
				keys.add(new PublishedKey(current, since, null));
			}
			return List.copyOf(keys);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the " + what + " history in " + directory, e);
		}
		catch (GeneralSecurityException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
			throw new IllegalStateException("The " + what + " history in " + directory + " is not readable", e);
		}
	}

	/**
	 * Replaces the current pair with a new one from {@code now} on; the old public key stays in the history, valid
	 * until {@code now}. The history is written first: a rotation stopped half-way leaves the old pair signing and
	 * every key verifiable. The running server reads its keys at start: restart it after a rotation.
	 */
	public PublishedKey rotate(Instant now) {
		List<PublishedKey> history = history();
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			StringBuilder lines = new StringBuilder("# " + what + ": valid from, valid until (- while current), "
					+ "public key (X.509 DER, base64)\n");
			for (PublishedKey key : history) {
				lines.append(line(key.key(), key.validFrom(), key.current() ? now : key.validUntil()));
			}
			lines.append(line(pair.getPublic(), now, null));
			replace(directory.resolve(publicFileName + HISTORY_SUFFIX), lines.toString(), false);
			replace(directory.resolve(privateFileName), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
			replace(directory.resolve(publicFileName), pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
			log.info("Rotated the {} in {}", what, directory);
			return new PublishedKey(pair.getPublic(), now, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot rotate the " + what + " in " + directory, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String line(PublicKey key, Instant from, @Nullable Instant until) {
		return from + " " + (until == null ? "-" : until.toString()) + " "
				+ Base64.getEncoder().encodeToString(key.getEncoded()) + "\n";
	}

	/** Writes a sibling file (owner-only when secret), then moves it over the target in one step. */
	private static void replace(Path target, String content, boolean secret) throws IOException {
		Path next = target.resolveSibling(target.getFileName() + ".next");
		Files.deleteIfExists(next);
		if (secret && posix()) {
			Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		Files.writeString(next, content, StandardCharsets.US_ASCII);
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(next,
				java.nio.file.StandardOpenOption.WRITE)) {
			channel.force(true);
		}
		Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
