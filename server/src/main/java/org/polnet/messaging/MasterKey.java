package org.polnet.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The top of messaging's key hierarchy: the key that wraps every office key. It comes from configuration (a Base64
 * value, typically from the environment, or a file); a key management service can take its place later, since
 * nothing but this class sees it. Retired master keys stay known by their id until every office key is re-wrapped.
 */
final class MasterKey {

	static final String GENERATED_FILE = "messaging-master.key";

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private final String currentId;

	private final Map<String, byte[]> byId = new LinkedHashMap<>();

	MasterKey(byte[] current, Iterable<byte[]> previous) {
		this.currentId = idOf(check(current));
		byId.put(currentId, current.clone());
		previous.forEach(key -> byId.putIfAbsent(idOf(check(key)), key.clone()));
	}

	/** The master key the properties name, or (demo, tests) the one generated in the data directory. */
	static MasterKey from(MessagingProperties properties, Path dataDirectory) {
		byte[] current;
		if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
			current = Base64.getDecoder().decode(properties.masterKey().strip());
		}
		else if (properties.masterKeyFile() != null) {
			current = read(properties.masterKeyFile());
		}
		else if (properties.generateMasterKey()) {
			current = readOrCreate(dataDirectory.resolve("keys").resolve(GENERATED_FILE));
		}
		else {
			throw new IllegalStateException("No messaging master key: set POLNET_MESSAGING_MASTER_KEY (32 bytes, Base64) "
					+ "or polnet.messaging.master-key-file");
		}
		return new MasterKey(current, properties.previousMasterKeys()
			.stream()
			.map(text -> Base64.getDecoder().decode(text.strip()))
			.toList());
	}

	/** The current key's id: the first 8 bytes of its SHA-256, in hex. Stored next to what it wraps. */
	String currentId() {
		return currentId;
	}

	byte[] wrap(byte[] plain, String context) {
		return Sealing.seal(byId.get(currentId), plain, context);
	}

	/** @throws IllegalStateException when the key with that id is no longer configured */
	byte[] unwrap(String keyId, byte[] wrapped, String context) {
		byte[] key = Optional.ofNullable(byId.get(keyId))
			.orElseThrow(() -> new IllegalStateException("The messaging master key " + keyId
					+ " is not configured: add it to polnet.messaging.previous-master-keys until its office keys are re-wrapped"));
		return Sealing.open(key, wrapped, context);
	}

	static String idOf(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] check(byte[] key) {
		if (key.length != Sealing.KEY_BYTES) {
			throw new IllegalStateException("A messaging master key must be 32 bytes (AES-256), not " + key.length);
		}
		return key;
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the messaging master key file " + file, e);
		}
	}

	private static byte[] readOrCreate(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				try {
					Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
					Files.write(file, Sealing.newKey());
					log.info("Created a messaging master key in {} (demo): configure one in production", file);
				}
				catch (FileAlreadyExistsException raced) {
					// another node sharing the data directory created it first
				}
			}
			return read(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the messaging master key file " + file, e);
		}
	}
}
