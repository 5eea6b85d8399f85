package org.polnet.vehicles;

import org.polnet.access.AccessPolicy;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.identity.CurrentOfficer;
import org.polnet.mind.MindSource;
import org.springframework.stereotype.Component;

/**
 * The SMV entries of a MIND package: each stolen vehicle the office may see, by its VIN and by its plate with the
 * registration country (an offline device may read either).
 */
@Component
class VehicleMindSource implements MindSource {

	private final VehicleRows rows;

	private final AccessPolicy access;

	VehicleMindSource(VehicleRows rows, AccessPolicy access) {
		this.rows = rows;
		this.access = access;
	}

	// a possible hit reveals that a record exists: only what the office may see goes in
	@Override
	public int addVisibleEntries(CurrentOfficer viewer, MindPackageWriter writer) {
		int[] count = { 0 };
		rows.forEachStolenKey(access.sqlFilter(viewer, "v"), (vin, country, plate) -> {
			if (vin != null) {
				writer.addVin(vin);
				count[0]++;
			}
			if (plate != null && country != null) {
				writer.addPlate(country, plate);
				count[0]++;
			}
		});
		return count[0];
	}
}
