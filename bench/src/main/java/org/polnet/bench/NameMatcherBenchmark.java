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
import org.polnet.engines.names.NameComparison;
import org.polnet.engines.names.NameKeys;
import org.polnet.engines.names.NameMatcher;
import org.polnet.engines.names.SearchKeys;

/**
 * The names engine on one thread: pairs of names compared per second (what a person search pays per candidate
 * its index returns), and search keys computed per second (what indexing a person costs). The pairs rotate over
 * Latin names with typing errors, reordered and shortened names, and names in Cyrillic, Arabic, Chinese and Greek
 * script against their Latin spellings (public figures, as in the public name_bench).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class NameMatcherBenchmark {

	private static final String[][] PAIRS = {
			{ "Olaf Schulze", "Olaf Scholz" },
			{ "Putin, Vladimir", "Vladimir Vladimirovich Putin" },
			{ "Сергей Викторович Лавров", "Sergey Lavrov" },
			{ "محمد بن سلمان", "Mohammed bin Salman" },
			{ "习近平", "Xi Jinping" },
			{ "Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis" },
			{ "Hans J Friedrich", "Hans Joachim Friedrich" },
			{ "ABDUL GHANI BARADAR ABDUL HASIB TURK", "ABDUL GHANI BARADAR ABDUL AHMAD TURK" },
			{ "Recep Tayyip Erdoğan", "Mr. Recep Tayyip Erdogan" },
			{ "AlisherUsmanov", "Alisher Usmanov" } };

	private static final String[] NAMES = { "Mohammed bin Salman", "Сергей Викторович Лавров", "习近平",
			"Hans Joachim Friedrich", "Recep Tayyip Erdoğan" };

	private final NameMatcher matcher = new NameMatcher();

	private int next;

	@Benchmark
	public NameComparison compareNames() {
		String[] pair = PAIRS[next++ % PAIRS.length];
		return matcher.compareNames(pair[0], pair[1]);
	}

	@Benchmark
	public SearchKeys searchKeys() {
		return NameKeys.of(NAMES[next++ % NAMES.length]);
	}
}
