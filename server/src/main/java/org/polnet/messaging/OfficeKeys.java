package org.polnet.messaging;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The middle of the key hierarchy: each office's AES-256 key, which wraps the data key of every message the office
 * sends or receives, and each office's Ed25519 signing key pair. Both are stored wrapped by the {@link MasterKey}
 * and created at an office's first message. Unwrapped keys are kept in memory: unwrapping on every message would
 * cost more than the message.
 * <p>
 * Rotation never re-encrypts a body: a new master key re-wraps the office keys (at start, {@link #rewrapOfficeKeys});
 * a new office key version re-wraps the data keys ({@link #rotate}).
 */
@Component
class OfficeKeys {

	/** A data key wrapped for one office, under a version of that office's key. */
	record Wrap(String office, int version, byte[] wrapped) {
	}

	/** An office's signing key, with its version (stored with each signature). */
	record Signer(int version, PrivateKey key) {
	}

	private record Versioned(int version, byte[] key) {
	}

	private static final Logger log = LoggerFactory.getLogger(OfficeKeys.class);

	private final JdbcClient jdbc;

	private final MasterKey master;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final Map<String, Versioned> current = new ConcurrentHashMap<>();

	private final Map<String, byte[]> byVersion = new ConcurrentHashMap<>();

	private final Map<String, Signer> signers = new ConcurrentHashMap<>();

	private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

	@Autowired
	OfficeKeys(JdbcClient jdbc, MessagingProperties properties, @Value("${polnet.data-dir}") Path dataDirectory,
			PlatformTransactionManager transactions, Clock clock) {
		this(jdbc, MasterKey.from(properties, dataDirectory), transactions, clock);
	}

	OfficeKeys(JdbcClient jdbc, MasterKey master, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.master = master;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		rewrapOfficeKeys();
	}

	/** Wraps a message's data key for an office, under the office's current key. */
	Wrap wrap(byte[] dataKey, UUID message, String office) {
		Versioned key = current.computeIfAbsent(office, this::currentOrCreate);
		return new Wrap(office, key.version(), Sealing.seal(key.key(), dataKey, wrapContext(message, office)));
	}

	/** @throws Sealing.Broken when the wrapped key was altered or moved */
	byte[] unwrap(UUID message, String office, int version, byte[] wrapped) {
		return Sealing.open(officeKey(office, version), wrapped, wrapContext(message, office));
	}

	Signer signer(String office) {
		return signers.computeIfAbsent(office, this::signerOrCreate);
	}

	Optional<PublicKey> publicKey(String office, int version) {
		PublicKey known = publicKeys.get(office + "#" + version);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<PublicKey> loaded = jdbc.sql("SELECT public_key FROM messaging_signing_key WHERE office_code = ? AND version = ?")
			.params(office, version)
			.query(byte[].class)
			.optional()
			.map(OfficeKeys::publicKey);
		loaded.ifPresent(key -> publicKeys.put(office + "#" + version, key));
		return loaded;
	}

	/**
	 * Gives the office a new key version and re-wraps, under it, the data key of every message the office can read;
	 * the bodies stay as they are. The old version stays stored (a message being sent right now may still use it
	 * until this node's cache turns over; a later rotation re-wraps those too).
	 *
	 * @return how many data keys were re-wrapped
	 */
	int rotate(String office) {
		int version = ownTransaction.execute(status -> {
			int next = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM messaging_office_key WHERE office_code = ?")
				.param(office)
				.query(Integer.class)
				.single();
			insertOfficeKey(office, next, Sealing.newKey());
			return next;
		});
		byte[] newKey = officeKey(office, version);
		current.put(office, new Versioned(version, newKey));
		record Row(UUID message, int version, byte[] wrapped) {
		}
		int rewrapped = 0;
		while (true) {
			List<Row> rows = jdbc.sql("""
					SELECT message_id, key_version, wrapped_key FROM messaging_key_wrap
					WHERE office_code = ? AND key_version <> ? LIMIT 1000""")
				.params(office, version)
				.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBytes(3)))
				.list();
			if (rows.isEmpty()) {
				break;
			}
			ownTransaction.executeWithoutResult(status -> {
				for (Row row : rows) {
					byte[] dataKey = unwrap(row.message(), office, row.version(), row.wrapped());
					jdbc.sql("""
							UPDATE messaging_key_wrap SET key_version = ?, wrapped_key = ?
							WHERE message_id = ? AND office_code = ? AND key_version = ?""")
						.params(version, Sealing.seal(newKey, dataKey, wrapContext(row.message(), office)), row.message(),
								office, row.version())
						.update();
				}
			});
			rewrapped += rows.size();
		}
		log.info("Rotated the messaging key of {} to version {}: {} data keys re-wrapped", office, version, rewrapped);
		return rewrapped;
	}

	/** Re-wraps, under the current master key, every office key and signing key still wrapped by a retired one. */
	final int rewrapOfficeKeys() {
		record Row(String office, int version, String masterId, byte[] wrapped) {
		}
		String currentId = master.currentId();
		int rewrapped = 0;
		for (String table : List.of("messaging_office_key", "messaging_signing_key")) {
			String column = table.equals("messaging_office_key") ? "wrapped_key" : "wrapped_private";
			List<Row> stale = jdbc.sql("SELECT office_code, version, master_key_id, " + column + " FROM " + table
					+ " WHERE master_key_id <> ?")
				.param(currentId)
				.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)))
				.list();
			for (Row row : stale) {
				String context = (table.equals("messaging_office_key") ? "office-key:" : "signing-key:") + row.office()
						+ ":" + row.version();
				byte[] plain = master.unwrap(row.masterId(), row.wrapped(), context);
				jdbc.sql("UPDATE " + table + " SET " + column + " = ?, master_key_id = ? WHERE office_code = ? AND version = ?")
					.params(master.wrap(plain, context), currentId, row.office(), row.version())
					.update();
				rewrapped++;
			}
		}
		if (rewrapped > 0) {
			log.info("Re-wrapped {} messaging office keys under the master key {}", rewrapped, currentId);
		}
		return rewrapped;
	}

	private byte[] officeKey(String office, int version) {
		return byVersion.computeIfAbsent(office + "#" + version, unused -> jdbc.sql("""
				SELECT master_key_id, wrapped_key FROM messaging_office_key WHERE office_code = ? AND version = ?""")
			.params(office, version)
			.query((rs, n) -> master.unwrap(rs.getString(1), rs.getBytes(2), "office-key:" + office + ":" + version))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No messaging key " + version + " for " + office)));
	}

	private Versioned currentOrCreate(String office) {
		Optional<Integer> version = latest("messaging_office_key", office);
		if (version.isEmpty()) {
			ownTransaction.executeWithoutResult(status -> insertOfficeKey(office, 1, Sealing.newKey()));
			version = latest("messaging_office_key", office);
		}
		int found = version.orElseThrow();
		return new Versioned(found, officeKey(office, found));
	}

	private void insertOfficeKey(String office, int version, byte[] key) {
		jdbc.sql("""
				INSERT INTO messaging_office_key (office_code, version, wrapped_key, master_key_id, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(office, version, master.wrap(key, "office-key:" + office + ":" + version), master.currentId(),
					clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private Signer signerOrCreate(String office) {
		if (latest("messaging_signing_key", office).isEmpty()) {
			KeyPair pair = newSigningPair();
			ownTransaction.executeWithoutResult(status -> jdbc.sql("""
					INSERT INTO messaging_signing_key (office_code, version, public_key, wrapped_private, master_key_id, created_at)
					VALUES (?, 1, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(office, pair.getPublic().getEncoded(),
						master.wrap(pair.getPrivate().getEncoded(), "signing-key:" + office + ":1"), master.currentId(),
						clock.instant().atOffset(ZoneOffset.UTC))
				.update());
		}
		int version = latest("messaging_signing_key", office).orElseThrow();
		byte[] encoded = jdbc.sql("""
				SELECT master_key_id, wrapped_private FROM messaging_signing_key WHERE office_code = ? AND version = ?""")
			.params(office, version)
			.query((rs, n) -> master.unwrap(rs.getString(1), rs.getBytes(2), "signing-key:" + office + ":" + version))
			.single();
		try {
			return new Signer(version, KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The signing key of " + office + " does not load", e);
		}
	}

	private Optional<Integer> latest(String table, String office) {
		return jdbc.sql("SELECT version FROM " + table + " WHERE office_code = ? ORDER BY version DESC LIMIT 1")
			.param(office)
			.query(Integer.class)
			.optional();
	}

	private static KeyPair newSigningPair() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is not available", e);
		}
	}

	private static PublicKey publicKey(byte[] encoded) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("A stored signing public key does not load", e);
		}
	}

	private static String wrapContext(UUID message, String office) {
		return "data-key:" + message + ":" + office;
	}
}
