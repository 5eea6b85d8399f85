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
import org.polnet.engines.vin.VinResult;
import org.polnet.engines.vin.Vins;

/** Parsing and checking one VIN, as FIND does for every vehicle check. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class VinBenchmark {

	private final String[] vins = { "1M8GDM9AXKP042788", "1HGCM82633A004352", "WVWZZZ1JZXW000001",
			"1m8 gdm9-axkp042788", "1M8GDM9AOKP042788" };

	private int next;

	@Benchmark
	public VinResult parse() {
		return Vins.parse(vins[next++ % vins.length]);
	}
}
