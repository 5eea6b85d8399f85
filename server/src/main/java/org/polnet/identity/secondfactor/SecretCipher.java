package org.polnet.identity.secondfactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts second-factor secrets at rest with AES-256-GCM, so a copy of the database alone does not let
 * anyone compute officers' codes. The key lives outside the database, in {@code <data-dir>/keys/totp.key}
 * (created at first start, readable by the owner only).
 */
@Component
public class SecretCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	SecretCipher(@Value("${polnet.data-dir}") Path dataDirectory) {
		this.key = new SecretKeySpec(loadOrCreateKey(dataDirectory.resolve("keys").resolve("totp.key")), "AES");
	}

	public byte[] encrypt(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt a secret", e);
		}
	}

	byte[] decrypt(byte[] stored) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A stored secret does not decrypt under the key file", e);
		}
	}

	private byte[] loadOrCreateKey(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] fresh = new byte[32];
				random.nextBytes(fresh);
				try {
					Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
					Files.write(file, fresh);
				}
				catch (FileAlreadyExistsException raced) {
					// another node sharing the data directory created it first: use theirs
				}
			}
			byte[] key = Files.readAllBytes(file);
			if (key.length != 32) {
				throw new IllegalStateException("The key file " + file + " does not hold a 256-bit key");
			}
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the key file " + file, e);
		}
	}
}
