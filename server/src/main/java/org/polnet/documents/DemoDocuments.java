package org.polnet.documents;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.polnet.access.ReviewPeriod;
import org.polnet.engines.mrz.MrzDate;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzFormat;
import org.polnet.engines.mrz.MrzSex;
import org.polnet.engines.mrz.MrzWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: at first start (SLTD empty), {@value #PER_NCB} synthetic records for each demo NCB, the same on every
 * machine (fixed seed). Numbers start with {@code DM} and the country so nobody takes them for real documents. Loaded with batched
 * inserts, then the FIND index is rebuilt once.
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
class DemoDocuments implements ApplicationRunner {

	static final int PER_NCB = 600;

	static final List<String> COUNTRIES = List.of("FRA", "BRA", "KEN", "JPN", "JOR");

	private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);

	private static final LocalDate EPOCH = LocalDate.of(2025, 1, 1);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final DocumentIndex index;

	DemoDocuments(JdbcTemplate jdbc, TransactionTemplate transactions, DocumentIndex index) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = jdbc.queryForObject("SELECT count(*) FROM documents_sltd", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		List<Object[]> rows = rows();
		// the status a record was reported with is its status (the last column), written twice
		List<Object[]> reported = rows.stream().map(row -> {
			Object[] values = Arrays.copyOf(row, row.length + 1);
			values[row.length] = row[row.length - 1];
			return values;
		}).toList();
		transactions.executeWithoutResult(status -> jdbc.batchUpdate("""
				INSERT INTO documents_sltd (document_number, normalised_number, issuing_country, document_type,
				    reported_on, stolen_or_lost_on, issued_on, expires_on, national_reference, remarks,
				    owner_office, classification, access_scope, review_at, status, reported_by, reported_status,
				    reported_note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FOR_OFFICIAL_USE_ONLY', 'ALL_MEMBERS', ?, ?, 'demo', ?,
				    'demo data')""", reported));
		index.rebuild();
		log.info("Demo SLTD: {} fictional records for {}; a stolen French demo passport to try on the check page:\n{}",
				rows.size(), COUNTRIES, sampleMrz());
	}

	/** Deterministic: the same records, in the same order, on every first start. */
	static List<Object[]> rows() {
		Random random = new Random(3_2026);
		DocumentType[] types = DocumentType.values();
		DocumentStatus[] statuses = DocumentStatus.values();
		List<Object[]> rows = new ArrayList<>(COUNTRIES.size() * PER_NCB);
		for (String country : COUNTRIES) {
			for (int i = 0; i < PER_NCB; i++) {
				String number = number(country, i);
				// mostly passports and identity cards, as in the real database
				DocumentType type = i % 10 < 6 ? DocumentType.PASSPORT
						: i % 10 < 9 ? DocumentType.IDENTITY_CARD : types[2 + random.nextInt(types.length - 2)];
				DocumentStatus status = i == 0 ? DocumentStatus.STOLEN_ISSUED : statuses[random.nextInt(statuses.length)];
				LocalDate issued = EPOCH.minusDays(random.nextInt(3_000));
				LocalDate lost = issued.plusDays(30 + random.nextInt(600));
				LocalDate reported = lost.plusDays(random.nextInt(10));
				rows.add(new Object[] { number, number, country, type.name(), Date.valueOf(reported),
						Date.valueOf(lost), status == DocumentStatus.STOLEN_BLANK ? null : Date.valueOf(issued),
						status == DocumentStatus.STOLEN_BLANK ? null : Date.valueOf(issued.plusYears(10)),
						country + "-DEMO-" + (10_000 + i), "Synthetic demo record", "NCB-" + country,
						Date.valueOf(ReviewPeriod.DOCUMENT.latestReviewAt(reported)), status.name() });
			}
		}
		return rows;
	}

	/** "DM", the country and 4 digits ({@code DMFRA0042}): 9 characters, fits every MRZ. */
	static String number(String country, int i) {
		return "DM" + country + "%04d".formatted(i);
	}

	/** The MRZ of the first French demo record (a stolen passport): nothing secret, and handy for a first try. */
	static String sampleMrz() {
		return MrzWriter.writeText(MrzFormat.TD3, new MrzDocument("P", "FRA", number("FRA", 0),
				MrzDate.of(LocalDate.of(1980, 5, 17)), MrzSex.MALE, MrzDate.of(LocalDate.of(2030, 1, 1)), "FRA", "", "",
				"DEMO", "SAMPLE"));
	}
}
