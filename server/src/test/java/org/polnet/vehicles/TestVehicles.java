package org.polnet.vehicles;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.polnet.engines.vin.Vins;

/** Fictional vehicles for tests: fresh VINs and plates, unique enough for one test run. */
final class TestVehicles {

	private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

	private TestVehicles() {
	}

	/** A valid European VIN (a Renault WMI) no other test uses. */
	static String newVin() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder vds = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			vds.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length())));
		}
		return Vins.generate("VF1", vds.toString(), "TE" + random.nextInt(100_000, 1_000_000));
	}

	/** A French-shaped plate no other test uses: "TQ-123-456" (more digits than real ones). */
	static String newPlate() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "TQ-" + random.nextInt(100, 1_000) + "-" + random.nextInt(100_000, 1_000_000);
	}

	/** A car stolen in France, known by VIN and plate. */
	static VehicleDraft frenchCar(String vin, String plate, String reference) {
		return VehicleDraft.car(vin, plate, "FRA", "Renault", "Clio", LocalDate.of(2026, 3, 1), "FRA", reference);
	}
}
