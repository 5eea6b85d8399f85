package org.polnet.vehicles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.polnet.database.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stolen vehicles by VIN and by registration country and normalised plate, in memory, so that FIND answers
 * without a query per check. Derived from PostgreSQL: built from it at start, then kept current by this module's
 * own events after commit (synchronously, as the documents' FIND index is: the index shows a report as soon as the
 * officer's request returns; a change lost in a crash is healed by the rebuild at the next start). Each node keeps
 * its own index.
 * <p>
 * Memory, measured (bench/run VehicleLookupBenchmark, 1 million stolen vehicles with VIN and plate): 721 B per
 * record by JOL, ~0.7 GB per million (docs/vehicles.md).
 */
@Component
class VehicleIndex {

	private static final Logger log = LoggerFactory.getLogger(VehicleIndex.class);

	private static final StolenVehicle[] NONE = new StolenVehicle[0];

	private final Map<String, StolenVehicle[]> byKey = new ConcurrentHashMap<>();

	private final VehicleRows rows;

	VehicleIndex(VehicleRows rows) {
		this.rows = rows;
		load();
	}

	/** Reads every stolen record again, after a bulk load that published no event per record. */
	void rebuild() {
		load();
	}

	// private: called from the constructor, and the bean may be a proxy whose public methods run on the target
	private void load() {
		Map<String, List<StolenVehicle>> loaded = new HashMap<>();
		int[] count = { 0 };
		rows.forEachStolen(vehicle -> {
			count[0]++;
			for (String key : keys(vehicle)) {
				loaded.computeIfAbsent(key, k -> new ArrayList<>(1)).add(vehicle);
			}
		});
		byKey.clear();
		loaded.forEach((key, vehicles) -> byKey.put(key, vehicles.toArray(StolenVehicle[]::new)));
		log.info("FIND index holds {} stolen vehicles", count[0]);
	}

	/** The stolen records of this VIN (normalised). */
	StolenVehicle[] byVin(String vin) {
		return byKey.getOrDefault(vinKey(vin), NONE);
	}

	/** The stolen records of this plate (normalised) registered in this country. */
	StolenVehicle[] byPlate(String registrationCountry, String normalisedPlate) {
		return byKey.getOrDefault(plateKey(registrationCountry, normalisedPlate), NONE);
	}

	// applied after the commit (AfterCommit says why not a @TransactionalEventListener)
	@EventListener
	void on(VehicleReported reported) {
		AfterCommit.run(() -> put(reported.vehicle()));
	}

	@EventListener
	void on(VehicleChanged changed) {
		AfterCommit.run(() -> {
			remove(changed.before());
			put(changed.vehicle());
		});
	}

	/** A bulk import's batch: its new and changed records. */
	@EventListener
	void on(VehiclesImported imported) {
		AfterCommit.run(() -> imported.vehicles().forEach(this::put));
	}

	/** Idempotent: a redelivered event replaces the record by its id; a closed record is removed. */
	private void put(StolenVehicle vehicle) {
		if (!vehicle.stolen()) {
			remove(vehicle);
			return;
		}
		for (String key : keys(vehicle)) {
			byKey.compute(key, (k, present) -> {
				List<StolenVehicle> kept = new ArrayList<>(1);
				if (present != null) {
					for (StolenVehicle other : present) {
						if (other.id() != vehicle.id()) {
							kept.add(other);
						}
					}
				}
				kept.add(vehicle);
				return kept.toArray(StolenVehicle[]::new);
			});
		}
	}

	private void remove(StolenVehicle vehicle) {
		for (String key : keys(vehicle)) {
			byKey.computeIfPresent(key, (k, present) -> {
				StolenVehicle[] kept = Arrays.stream(present)
					.filter(other -> other.id() != vehicle.id())
					.toArray(StolenVehicle[]::new);
				return kept.length == 0 ? null : kept;
			});
		}
	}

	private static List<String> keys(StolenVehicle vehicle) {
		List<String> keys = new ArrayList<>(2);
		if (vehicle.vin() != null) {
			keys.add(vinKey(vehicle.vin()));
		}
		if (vehicle.normalisedPlate() != null && vehicle.registrationCountry() != null) {
			keys.add(plateKey(vehicle.registrationCountry(), vehicle.normalisedPlate()));
		}
		return keys;
	}

	private static String vinKey(String vin) {
		return "V:" + vin;
	}

	private static String plateKey(@Nullable String country, String plate) {
		return "P:" + country + ':' + plate;
	}
}
