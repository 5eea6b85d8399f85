package org.polnet.bench;

import java.security.KeyPair;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindPackageKey;
import org.polnet.engines.mind.MindPackageWriter;

/**
 * An offline MIND check on a device: one keyed hash and a binary search in a package of one million documents.
 * Half the numbers checked are in the package.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class MindBenchmark {

	private static final int ENTRIES = 1_000_000;

	private MindPackage mind;

	private int next;

	@Setup(Level.Trial)
	public void writePackage() {
		KeyPair keys = org.polnet.engines.mind.MindSigningKeys.generate();
		MindPackageWriter writer = MindPackageWriter.create(1, MindPackageKey.generate("bench-1"));
		for (int i = 0; i < ENTRIES; i++) {
			writer.addDocument("FRA", number(i));
		}
		mind = MindPackage.read(writer.write(keys.getPrivate()), keys.getPublic());
	}

	@Benchmark
	public boolean mightContainDocument() {
		int i = next++;
		// even: a listed number; odd: one beyond the listed range
		return mind.mightContainDocument("FRA", number((i & 1) == 0 ? (i >>> 1) % ENTRIES : ENTRIES + (i >>> 1)));
	}

	private static String number(int i) {
		return "BK" + Integer.toString(1_000_000 + i);
	}
}
