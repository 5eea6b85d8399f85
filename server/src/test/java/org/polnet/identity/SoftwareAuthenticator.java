package org.polnet.identity;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey in software, for tests: an EC P-256 key pair answering WebAuthn ceremonies the way a browser and an
 * authenticator together would (clientDataJSON, authenticatorData, "none" attestation, ES256 signature), so the
 * server's checks run for real. Only what the server reads is built; the CBOR is written by hand.
 */
final class SoftwareAuthenticator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final KeyPair keys;

	private final byte[] credentialId;

	private final String origin;

	private int signCount;

	SoftwareAuthenticator(String origin) {
		this(origin, random(16));
	}

	/** A different key under the same credential id: what a forger without the private key could make. */
	SoftwareAuthenticator forgery() {
		return new SoftwareAuthenticator(origin, credentialId);
	}

	private SoftwareAuthenticator(String origin, byte[] credentialId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.keys = generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
		this.credentialId = credentialId;
		this.origin = origin;
	}

	String credentialId() {
		return BASE64URL.encodeToString(credentialId);
	}

	/** The body the page posts after {@code navigator.credentials.create}, for these creation options (JSON). */
	String register(String creationOptions, String label) {
		JsonNode options = JSON.readTree(creationOptions);
		byte[] clientData = clientData("webauthn.create", options.path("challenge").asString());
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.writeBytes(sha256(options.path("rp").path("id").asString().getBytes(StandardCharsets.UTF_8)));
		authData.write(0x45); // user present, user verified, attested credential data included
		authData.writeBytes(ByteBuffer.allocate(4).putInt(signCount).array());
		authData.writeBytes(new byte[16]); // AAGUID: none
		authData.writeBytes(ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
		authData.writeBytes(credentialId);
		authData.writeBytes(coseKey());
		ByteArrayOutputStream attestation = new ByteArrayOutputStream();
		attestation.write(0xA3);
		text(attestation, "fmt");
		text(attestation, "none");
		text(attestation, "attStmt");
		attestation.write(0xA0);
		text(attestation, "authData");
		bytes(attestation, authData.toByteArray());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("attestationObject", BASE64URL.encodeToString(attestation.toByteArray()));
		response.put("clientDataJSON", BASE64URL.encodeToString(clientData));
		response.put("transports", new String[] { "internal" });
		return JSON.writeValueAsString(Map.of("publicKey", Map.of("credential", credential(response), "label", label)));
	}

	/** The body the page posts after {@code navigator.credentials.get}, for these request options (JSON). */
	String assertion(String requestOptions) {
		JsonNode options = JSON.readTree(requestOptions);
		byte[] clientData = clientData("webauthn.get", options.path("challenge").asString());
		ByteArrayOutputStream authData = new ByteArrayOutputStream();
		authData.writeBytes(sha256(options.path("rpId").asString().getBytes(StandardCharsets.UTF_8)));
		authData.write(0x05); // user present, user verified
		authData.writeBytes(ByteBuffer.allocate(4).putInt(++signCount).array());
		byte[] signed = authData.toByteArray();
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("authenticatorData", BASE64URL.encodeToString(signed));
		response.put("clientDataJSON", BASE64URL.encodeToString(clientData));
		response.put("signature", BASE64URL.encodeToString(sign(signed, sha256(clientData))));
		return JSON.writeValueAsString(credential(response));
	}

	private Map<String, Object> credential(Map<String, Object> response) {
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("id", credentialId());
		credential.put("rawId", credentialId());
		credential.put("response", response);
		credential.put("type", "public-key");
		credential.put("clientExtensionResults", Map.of());
		credential.put("authenticatorAttachment", "platform");
		return credential;
	}

	private byte[] clientData(String type, String challenge) {
		return JSON.writeValueAsBytes(Map.of("type", type, "challenge", challenge, "origin", origin, "crossOrigin", false));
	}

	/** The public key as COSE: {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}. */
	private byte[] coseKey() {
		ECPublicKey key = (ECPublicKey) keys.getPublic();
		ByteArrayOutputStream cose = new ByteArrayOutputStream();
		cose.writeBytes(new byte[] { (byte) 0xA5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21 });
		bytes(cose, unsigned32(key.getW().getAffineX()));
		cose.write(0x22);
		bytes(cose, unsigned32(key.getW().getAffineY()));
		return cose.toByteArray();
	}

	private byte[] sign(byte[] authenticatorData, byte[] clientDataHash) {
		try {
			Signature signature = Signature.getInstance("SHA256withECDSA");
			signature.initSign(keys.getPrivate());
			signature.update(authenticatorData);
			signature.update(clientDataHash);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void text(ByteArrayOutputStream out, String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.write(0x60 | utf8.length); // short strings only
		out.writeBytes(utf8);
	}

	private static void bytes(ByteArrayOutputStream out, byte[] bytes) {
		if (bytes.length < 24) {
			out.write(0x40 | bytes.length);
		}
		else if (bytes.length < 256) {
			out.write(0x58);
			out.write(bytes.length);
		}
		else {
			out.write(0x59);
			out.writeBytes(ByteBuffer.allocate(2).putShort((short) bytes.length).array());
		}
		out.writeBytes(bytes);
	}

	private static byte[] unsigned32(BigInteger value) {
		byte[] raw = value.toByteArray();
		byte[] fixed = new byte[32];
		int length = Math.min(raw.length, 32);
		System.arraycopy(raw, raw.length - length, fixed, 32 - length, length);
		return fixed;
	}

	private static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		new java.security.SecureRandom().nextBytes(bytes);
		return bytes;
	}
}
