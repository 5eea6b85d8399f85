package org.polnet.documents;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;
import org.polnet.bench.InProcessPolnet;
import org.polnet.bench.IndexMemory;
import org.polnet.access.AccessPolicy;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;

/**
 * FIND's in-process path for one document, as {@code FindChecks} runs it per item with SLTD's plug-in
 * ({@link DocumentFind}), without HTTP and without the audit: the item's key ({@link DocumentFind#keyOf}: number normalised
 * and checked, country known), {@link DocumentFind#lookup} ({@link DocumentIndex#lookup} and the type filter),
 * {@link AccessPolicy#maySee} and what a hit shows ({@link DocumentMatch}). The index holds {@code records} documents of five issuing countries, loaded through its own
 * {@link DocumentsImported} listener; a German border system checks typed numbers, 9 in 10 of them not listed
 * (the usual answer at a border). Score: checks per second.
 * <p>
 * At set-up the log prints the index's memory per record, measured twice: JOL's {@code GraphLayout} of the index's
 * map (every object reachable from it, shared ones such as enums and interned country codes counted once), and the
 * heap after a full GC before and after loading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xms6g", "-Xmx6g", "-Djol.magicFieldOffset=true" })
public class FindLookupBenchmark {

	private static final String[][] ISSUERS = { { "FRA", "NCB-FRA" }, { "D", "NCB-DEU" }, { "GBR", "NCB-GBR" },
			{ "ITA", "NCB-ITA" }, { "KEN", "NCB-KEN" } };

	private static final int ITEMS = 1 << 16;

	@Param("1000000")
	public int records;

	private final CurrentOfficer borderSystem = new CurrentOfficer("token:border-deu", "Border system", "NCB-DEU",
			"NCB Germany", Set.of(Role.SYSTEM_CLIENT), Clearance.FOR_OFFICIAL_USE_ONLY);

	private InProcessPolnet polnet;

	private DocumentIndex index;

	private DocumentFind sltd;

	private AccessPolicy access;

	private final DocumentFindItem[] items = new DocumentFindItem[ITEMS];

	@Setup(Level.Trial)
	public void loadIndex() throws Exception {
		polnet = InProcessPolnet.start();
		index = polnet.bean(DocumentIndex.class);
		sltd = polnet.bean(DocumentFind.class);
		access = polnet.bean(AccessPolicy.class);
		IndexMemory.load("FIND index", IndexMemory.mapOf(index), records, FindLookupBenchmark::document, batch -> index.on(new DocumentsImported(batch)));
		if (index.size() != records) {
			throw new IllegalStateException("The index holds " + index.size() + " records, not " + records);
		}
		for (int i = 0; i < ITEMS; i++) {
			int n = (int) ((i * 2_654_435_761L) % records);
			String[] issuer = ISSUERS[n % ISSUERS.length];
			// 1 in 10 listed (as typed at a border: with a space), the others never reported
			items[i] = i % 10 == 0 ? DocumentFindItem.of(number(n).substring(0, 2) + " " + number(n).substring(2), issuer[0], null)
					: DocumentFindItem.of("Z" + number(n).substring(1), issuer[0], null);
		}
	}

	/** A record as {@link TravelDocument#fromRow} builds it from the table (new strings and dates per row). */
	private static TravelDocument document(int i) {
		String[] issuer = ISSUERS[i % ISSUERS.length];
		String number = number(i);
		LocalDate reported = LocalDate.of(2025, 1 + i % 12, 1 + i % 28);
		return new TravelDocument(i + 1L, number, number, issuer[0].intern(),
				i % 10 == 0 ? DocumentType.IDENTITY_CARD : DocumentType.PASSPORT,
				i % 3 == 0 ? DocumentStatus.LOST : DocumentStatus.STOLEN_ISSUED, reported,
				LocalDate.of(2025, 1 + i % 12, 1 + i % 28), LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28),
				LocalDate.of(2025 + i % 10, 1 + i % 12, 1 + i % 28), "REF-2025-" + i, "",
				new RecordAccess(new String(issuer[1]), Clearance.FOR_OFFICIAL_USE_ONLY,
						org.polnet.access.AccessScope.ALL_MEMBERS, Set.of()),
				Instant.parse("2026-11-28T10:00:00Z").plusMillis(i / 10_000), reported.plusYears(10), null, null);
	}

	/** Passport-like: two letters and seven digits, one number per i. */
	private static String number(int i) {
		return "" + (char) ('A' + i / 10_000_000 % 26) + (char) ('A' + i % 26) + String.format("%07d", i % 10_000_000);
	}

	/** Per thread: where in the items it is. */
	@State(Scope.Thread)
	public static class Cursor {

		int next;
	}

	@Benchmark
	@Threads(1)
	public int checkOneThread(Cursor cursor) {
		return check(items[cursor.next++ & (ITEMS - 1)]);
	}

	@Benchmark
	@Threads(2)
	public int checkTwoThreads(Cursor cursor) {
		return check(items[cursor.next++ & (ITEMS - 1)]);
	}

	/** What FindChecks does for one valid item, up to its answer; the number of matches it may see. */
	private int check(DocumentFindItem item) {
		DocumentFind.Key key = sltd.keyOf(item);
		int matches = 0;
		for (TravelDocument document : sltd.lookup(key)) {
			if (access.maySee(borderSystem, sltd.found(document).access())) {
				matches += sltd.shown(document).reference().length() > 0 ? 1 : 0;
			}
		}
		return matches;
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		polnet.close();
	}
}
