package org.polnet.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.polnet.engines.mrz.Mrz;
import org.polnet.engines.mrz.MrzResult;
import org.polnet.engines.vin.VinResult;
import org.polnet.engines.vin.Vins;

/**
 * The engines' per-check cost on one thread: what FIND pays to read a scanned MRZ or a VIN before it looks the
 * number up. Inputs rotate between valid, typed and faulty ones, as at a border.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class EnginesBenchmark {

	private static final String[] VINS = { "1M8GDM9AXKP042788", "1HGCM82633A004352", "WVWZZZ1JZXW000001",
			"1m8 gdm9-axkp042788", "1M8GDM9AOKP042788" };

	/** ICAO Doc 9303 specimens (TD3 passport, TD1 card, TD2 card) and a TD3 with an OCR-confused date. */
	private static final String[] MRZS = {
			"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
			"I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
			"I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6",
			"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO74O8122F1204159ZE184226B<<<<<10" };

	private int next;

	@Benchmark
	public VinResult vinParse() {
		return Vins.parse(VINS[next++ % VINS.length]);
	}

	@Benchmark
	public MrzResult mrzParseStrict() {
		return Mrz.parse(MRZS[next++ % MRZS.length]);
	}

	@Benchmark
	public MrzResult mrzParseTolerant() {
		return Mrz.parseTolerant(MRZS[next++ % MRZS.length]);
	}
}
