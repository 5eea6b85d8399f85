package org.polnet.bench;

import java.io.IOException;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.polnet.access.AccessPolicy;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;

/**
 * "May this caller see this record?" as FIND asks it for every hit: a border system of one NCB against records
 * of every access scope. The policy must stay a few map look-ups (no database, no allocation per check).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AccessPolicyBenchmark {

	private InProcessPolnet polnet;

	private AccessPolicy policy;

	private final CurrentOfficer borderSystem = new CurrentOfficer("token:border-deu", "Border system", "NCB-DEU",
			"NCB Germany", Set.of(Role.SYSTEM_CLIENT), Clearance.FOR_OFFICIAL_USE_ONLY);

	private final RecordAccess[] records = { RecordAccess.allMembers("NCB-FRA", Clearance.FOR_OFFICIAL_USE_ONLY),
			RecordAccess.onlyListed("NCB-USA", Clearance.FOR_OFFICIAL_USE_ONLY, Set.of("DEU", "FRA")),
			RecordAccess.allExcept("GS", Clearance.FOR_OFFICIAL_USE_ONLY, Set.of("KEN")),
			RecordAccess.allMembers("NCB-JPN", Clearance.RESTRICTED) };

	private int next;

	@Setup(Level.Trial)
	public void startPolnet() throws IOException {
		polnet = InProcessPolnet.start();
		policy = polnet.bean(AccessPolicy.class);
	}

	@Benchmark
	public boolean maySee() {
		return policy.maySee(borderSystem, records[next++ & 3]);
	}

	@TearDown(Level.Trial)
	public void stopPolnet() throws IOException {
		polnet.close();
	}
}
