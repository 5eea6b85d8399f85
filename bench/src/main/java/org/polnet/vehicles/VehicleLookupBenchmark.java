package org.polnet.vehicles;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
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
import org.polnet.access.AccessScope;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;

/**
 * FIND's in-process path for one vehicle by VIN, as {@link VehicleChecks} runs it per item without HTTP and without
 * the audit: the VIN parsed and normalised by the engine, {@link VehicleIndex#byVin}, {@link AccessPolicy#maySee}.
 * The index holds {@code records} stolen vehicles (VIN and plate each), loaded through its own
 * {@link VehiclesImported} listener; 9 in 10 checks are of VINs not listed. Score: checks per second.
 * <p>
 * At set-up the log prints the index's memory per record, measured as for the documents' index: JOL's
 * {@code GraphLayout} of the index's map, and the heap after a full GC before and after loading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = { "-Xms6g", "-Xmx6g", "-Djol.magicFieldOffset=true" })
public class VehicleLookupBenchmark {

	private static final String[][] OWNERS = { { "FRA", "NCB-FRA" }, { "BRA", "NCB-BRA" }, { "KEN", "NCB-KEN" },
			{ "JPN", "NCB-JPN" }, { "JOR", "NCB-JOR" } };

	private static final String[] MAKES = { "Renault", "Peugeot", "Toyota", "Volkswagen", "Fiat", "Ford" };

	private static final int ITEMS = 1 << 16;

	/** VIN characters without I, O and Q (ISO 3779). */
	private static final String VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

	@Param("1000000")
	public int records;

	private final CurrentOfficer borderSystem = new CurrentOfficer("token:border-deu", "Border system", "NCB-DEU",
			"NCB Germany", Set.of(Role.SYSTEM_CLIENT), Clearance.FOR_OFFICIAL_USE_ONLY);

	private InProcessPolnet polnet;

	private VehicleIndex index;

	private AccessPolicy access;

	private final String[] items = new String[ITEMS];

	@Setup(Level.Trial)
	public void loadIndex() throws Exception {
		polnet = InProcessPolnet.start();
		index = polnet.bean(VehicleIndex.class);
		access = polnet.bean(AccessPolicy.class);
		IndexMemory.load("Vehicles index", IndexMemory.mapOf(index), records, VehicleLookupBenchmark::vehicle, batch -> index.on(new VehiclesImported(batch)));
		for (int i = 0; i < ITEMS; i++) {
			int n = (int) ((i * 2_654_435_761L) % records);
			String vin = vin(n);
			// 1 in 10 listed (typed with a space and in lower case), the others never reported
			items[i] = i % 10 == 0 ? vin.substring(0, 3).toLowerCase(Locale.ROOT) + " " + vin.substring(3)
					: "W" + vin.substring(1);
		}
	}

	/** A record as {@link StolenVehicle#fromRow} builds it: repeated texts interned, the others new per row. */
	private static StolenVehicle vehicle(int i) {
		String[] owner = OWNERS[i % OWNERS.length];
		String plate = String.format(Locale.ROOT, "%c%c-%03d-%c%c", 'A' + i % 26, 'A' + i / 26 % 26, i % 1000,
				'A' + i / 676 % 26, 'A' + i / 17_576 % 26);
		LocalDate stolen = LocalDate.of(2025, 1 + i % 12, 1 + i % 28);
		return new StolenVehicle(i + 1L, vin(i), "", plate, plate.replace("-", ""), owner[0],
				MAKES[i % MAKES.length].intern(), ("Model " + (char) ('A' + i % 5)).intern(), 2015 + i % 10, "grey", VehicleType.CAR,
				stolen, "", owner[0], "REF-SMV-" + i, "", new RecordAccess(new String(owner[1]),
						Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of()),
				Instant.parse("2026-11-28T10:00:00Z").plusMillis(i / 10_000), stolen.plusYears(10),
				VehicleStatus.STOLEN, null, null);
	}

	/** A European VIN (no check digit required): a WMI, then 14 characters from i. */
	private static String vin(int i) {
		StringBuilder vin = new StringBuilder("VF1");
		long n = i * 2_862_933_555_777_941_757L + 3_037_000_493L;
		for (int c = 0; c < 14; c++) {
			vin.append(VIN_CHARACTERS.charAt((int) Long.remainderUnsigned(n, VIN_CHARACTERS.length())));
			n = Long.divideUnsigned(n, VIN_CHARACTERS.length()) ^ (i + c);
		}
		return vin.toString();
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

	/** What VehicleChecks does for one typed VIN, up to its answer: the number of matches the caller may see. */
	private int check(String typed) {
		int matches = 0;
		for (StolenVehicle vehicle : index.byVin(VehicleRules.normaliseVin(typed))) {
			if (access.maySee(borderSystem, vehicle.access())) {
				matches += VehicleMatch.of(vehicle).reference().length() > 0 ? 1 : 0;
			}
		}
		return matches;
	}

	@TearDown(Level.Trial)
	public void stop() throws IOException {
		polnet.close();
	}
}
