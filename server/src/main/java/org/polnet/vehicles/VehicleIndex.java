package org.polnet.vehicles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.polnet.database.AfterCommit;
import org.polnet.find.FindIndex;
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

	private final FindIndex<StolenVehicle> index = new FindIndex<>(VehicleIndex::keys, StolenVehicle::id,
			StolenVehicle::stolen, StolenVehicle[]::new, UnaryOperator.identity());

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
		log.info("FIND index holds {} stolen vehicles", index.load(rows::forEachStolen));
	}

	/** The stolen records of this VIN (normalised). */
	StolenVehicle[] byVin(String vin) {
		return index.lookup(vinKey(vin));
	}

	/** The stolen records of this plate (normalised) registered in this country. */
	StolenVehicle[] byPlate(String registrationCountry, String normalisedPlate) {
		return index.lookup(plateKey(registrationCountry, normalisedPlate));
	}

	// applied after the commit (AfterCommit says why not a @TransactionalEventListener)
	@EventListener
	void on(VehicleReported reported) {
		AfterCommit.run(() -> index.put(reported.vehicle()));
	}

	/** Amended (its former VIN and plate out, the new ones in) or closed (out). */
	@EventListener
	void on(VehicleChanged changed) {
		AfterCommit.run(() -> index.replace(changed.before(), changed.vehicle()));
	}

	/** A bulk import's batch: its new and changed records. */
	@EventListener
	void on(VehiclesImported imported) {
		AfterCommit.run(() -> imported.vehicles().forEach(index::put));
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
