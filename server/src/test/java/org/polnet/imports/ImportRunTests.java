package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.imports.ImportJobs.Rejection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A row holding another record's second identifier (a vehicle's plate under another VIN) in the batch still being
 * written: the target's own checks cannot see that batch yet, so the run rejects the row instead of letting the
 * next batch fail on the unique index.
 */
@PolnetIntegrationTest
class ImportRunTests {

	@Autowired
	ImportJobs jobs;

	@Autowired
	TransactionTemplate transactions;

	private final CurrentOfficer uploader = TestOfficers.officer("fra.import.run", "NCB-FRA", Role.NCB_OFFICER);

	@Test
	void aRowHoldingThePlateOfARecordStillBeingWrittenIsRejectedAndTheFileLoads() throws Exception {
		PlatesTarget target = new PlatesTarget();
		long job = jobs.start(PlatesTarget.NAME, "NCB-FRA", uploader.username(), "plates.csv",
				UUID.randomUUID().toString(), "CSV", Instant.now()).orElseThrow();
		String csv = """
				key,plate
				A,P1
				B,P2
				C,P1
				A,P1
				D,P3
				""";
		// batches of two: [A, B] is being written while C (P1, held by A) and A again are read
		ImportRun<PlatesTarget.Row> run = new ImportRun<>(job, target, uploader, jobs, transactions, 2);
		ImportTarget.WriteCounts written = run.run(CsvRows.open(new StringReader(csv)));

		assertThat(target.plates).containsExactlyInAnyOrderEntriesOf(Map.of("P1", "A", "P2", "B", "P3", "D"));
		assertThat(written).isEqualTo(new ImportTarget.WriteCounts(3, 0, 1));
		List<Rejection> rejections = new ArrayList<>();
		jobs.eachRejection(job, rejections::add);
		assertThat(rejections).extracting(Rejection::line, Rejection::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "the same record as line 2"));
	}

	/** Records with a key and a plate, each plate unique: a stand-in for stolen vehicles, kept in memory. */
	static final class PlatesTarget implements ImportTarget<PlatesTarget.Row> {

		static final String NAME = "test-plates";

		record Row(String key, String plate) {
		}

		/** plate → key, as a unique index on plates would keep them. */
		final Map<String, String> plates = new HashMap<>();

		/** The first batch is written only once the third row is read: the race made certain. */
		private final CountDownLatch thirdRowRead = new CountDownLatch(3);

		@Override
		public String name() {
			return NAME;
		}

		@Override
		public List<ImportColumn> columns() {
			return List.of(new ImportColumn("key", true, "key"), new ImportColumn("plate", true, "plate"));
		}

		@Override
		public Parsed<Row> parse(Map<String, String> fields, CurrentOfficer uploader) {
			// like the vehicles' target, it checks the plates already written, not those of the batch being written
			String plate = fields.get("plate");
			String holder;
			synchronized (plates) {
				holder = plates.get(plate);
			}
			thirdRowRead.countDown();
			if (holder != null && !holder.equals(fields.get("key"))) {
				return Parsed.rejected("plate", "held by " + holder);
			}
			return Parsed.valid(new Row(fields.get("key"), plate));
		}

		@Override
		public Object naturalKey(Row row) {
			return row.key();
		}

		@Override
		public List<Object> batchKeys(Row row) {
			return List.of(row.key(), "plate:" + row.plate());
		}

		@Override
		public WriteCounts write(List<Row> batch) {
			try {
				thirdRowRead.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			long inserted = 0;
			long unchanged = 0;
			synchronized (plates) {
				for (Row row : batch) {
					String holder = plates.get(row.plate());
					if (holder != null && !holder.equals(row.key())) {
						throw new IllegalStateException("duplicate key value violates unique constraint on plates");
					}
					if (holder == null) {
						inserted++;
					}
					else {
						unchanged++;
					}
				}
				for (Row row : batch) {
					plates.put(row.plate(), row.key());
				}
			}
			return new WriteCounts(inserted, 0, unchanged);
		}
	}
}
