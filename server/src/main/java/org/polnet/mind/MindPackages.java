package org.polnet.mind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.engines.mind.MindDelta;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindPackageKey;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.identity.CurrentOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the MIND package of the entries an office may see in every database that is a {@link MindSource} (SLTD,
 * SMV; docs/mind-format.md). Each office has one series:
 * a package key drawn for each full version, the last version number and the last package's bytes, so that a
 * device that gives its version gets only a delta. Versions increase per office, across series.
 */
@Service
public class MindPackages {

	/** A series older than this starts again with a new package key, so deltas never chain for long. */
	static final Duration SERIES_MAX_AGE = Duration.ofDays(30);

	private record Series(String keyId, byte[] keySecret, Instant startedAt, long version, byte[] packageBytes) {

		MindPackageKey key() {
			return new MindPackageKey(keyId, keySecret);
		}
	}

	private final JdbcClient jdbc;

	private final List<MindSource> sources;

	private final MindKeys keys;

	private final AuditTrail audit;

	private final Clock clock;

	MindPackages(JdbcClient jdbc, List<MindSource> sources, MindKeys keys, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.sources = List.copyOf(sources);
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The next package for the requester's office: a delta when {@code since} is the office's last version in a
	 * current series, else a full package with a new package key. Audited.
	 */
	@Transactional
	public MindDownload download(CurrentOfficer requester, @Nullable Long since, @Nullable String clientAddress) {
		String office = requester.officeCode();
		// one download at a time per office: versions and series stay consistent
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('mind_package'), hashtext(:office))")
			.param("office", office)
			.query((rs, n) -> 1)
			.list();
		Optional<Series> current = series(office);
		Instant now = clock.instant();
		long version = current.map(Series::version).orElse(0L) + 1;
		boolean delta = since != null && current.isPresent() && current.get().version() == since
				&& current.get().startedAt().plus(SERIES_MAX_AGE).isAfter(now);
		MindPackageKey key = delta ? current.get().key() : MindPackageKey.generate(office + "-" + version);
		MindPackageWriter writer = MindPackageWriter.create(version, key).createdAt(now);
		int entries = 0;
		for (MindSource source : sources) {
			entries += source.addVisibleEntries(requester, writer);
		}
		byte[] full = writer.write(keys.privateKey());
		byte[] answer = delta
				? MindDelta.write(MindPackage.read(current.get().packageBytes(), keys.publicKey()),
						MindPackage.read(full, keys.publicKey()), now, keys.privateKey())
				: full;
		store(office, key, delta ? current.get().startedAt() : now, version, full, entries, now);
		audit.record(AuditRecord.of(requester, "mind.download", "MIND " + office + " v" + version + (delta ? " delta from v" + since : " full") + ", "
						+ entries + " entries",
				null, Outcome.SUCCESS, clientAddress));
		return new MindDownload(answer, version, delta, entries);
	}

	private Optional<Series> series(String office) {
		return jdbc.sql("SELECT key_id, key_secret, series_started_at, version, package FROM mind_package"
				+ " WHERE office = :office")
			.param("office", office)
			.query((rs, n) -> new Series(rs.getString(1), rs.getBytes(2), rs.getTimestamp(3).toInstant(),
					rs.getLong(4), rs.getBytes(5)))
			.optional();
	}

	private void store(String office, MindPackageKey key, Instant seriesStartedAt, long version, byte[] full,
			int entries, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("office", office);
		params.put("key_id", key.id());
		params.put("key_secret", key.secret());
		params.put("started", java.sql.Timestamp.from(seriesStartedAt));
		params.put("version", version);
		params.put("package", full);
		params.put("entries", entries);
		params.put("now", java.sql.Timestamp.from(now));
		jdbc.sql("""
				INSERT INTO mind_package
				    (office, key_id, key_secret, series_started_at, version, package, entry_count, built_at)
				VALUES (:office, :key_id, :key_secret, :started, :version, :package, :entries, :now)
				ON CONFLICT (office) DO UPDATE SET key_id = EXCLUDED.key_id, key_secret = EXCLUDED.key_secret,
				    series_started_at = EXCLUDED.series_started_at, version = EXCLUDED.version,
				    package = EXCLUDED.package, entry_count = EXCLUDED.entry_count, built_at = EXCLUDED.built_at
				""").params(params).update();
	}
}
