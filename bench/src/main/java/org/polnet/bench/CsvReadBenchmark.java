package org.polnet.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.polnet.csv.CsvReader;
import org.polnet.csv.CsvRecord;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Parsing alone, the part of a bulk import that the CSV reader decides: the file {@link ImportBenchmark} uploads
 * (1,000,000 rows of 5 cells, UTF-8 bytes decoded on the way as an import does), read record by record into cells
 * by Polnet's own {@link CsvReader} and by two well-kept libraries. The score is rows per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class CsvReadBenchmark {

	static final int ROWS = 1_000_000;

	private byte[] file;

	private final CsvMapper jackson = new CsvMapper();

	@Setup
	public void makeFile() {
		StringBuilder csv = new StringBuilder(ROWS * 48).append("country,number,type,status,reported\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("FRA,").append(1).append('X').append(i).append(",PASSPORT,STOLEN,2026-0")
				.append(1 + i % 9).append("-1").append(i % 10).append('\n');
		}
		file = csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private Reader reader() {
		return new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public void polnetCsvReader(Blackhole rows) throws IOException {
		try (CsvReader csv = CsvReader.of(reader())) {
			for (CsvRecord record; (record = csv.next()) != null;) {
				rows.consume(record.cells());
			}
		}
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public void commonsCsv(Blackhole rows) throws IOException {
		try (CSVParser csv = CSVFormat.RFC4180.parse(reader())) {
			for (CSVRecord record : csv) {
				rows.consume(record.values());
			}
		}
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public void jacksonCsv(Blackhole rows) throws IOException {
		try (MappingIterator<String[]> csv = jackson.readerFor(String[].class)
			.with(CsvReadFeature.WRAP_AS_ARRAY)
			.readValues(reader())) {
			while (csv.hasNextValue()) {
				rows.consume(csv.nextValue());
			}
		}
	}
}
