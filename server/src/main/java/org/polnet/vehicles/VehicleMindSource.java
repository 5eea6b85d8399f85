package org.polnet.vehicles;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.polnet.access.AccessPolicy;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.records.RecordMindSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SMV entries of a MIND package: each stolen vehicle the office may see, by its VIN and by its plate with the
 * registration country (an offline device may read either).
 */
@Component
class VehicleMindSource extends RecordMindSource {

	VehicleMindSource(JdbcClient jdbc, AccessPolicy access) {
		super(jdbc, access, "vehicles_smv", "r.vin, r.registration_country, r.normalised_plate", "r.closed_at IS NULL");
	}

	@Override
	protected int addEntries(ResultSet keys, MindPackageWriter writer) throws SQLException {
		String vin = keys.getString(1);
		String country = keys.getString(2);
		String plate = keys.getString(3);
		int added = 0;
		if (vin != null) {
			writer.addVin(vin);
			added++;
		}
		if (plate != null && country != null) {
			writer.addPlate(country, plate);
			added++;
		}
		return added;
	}
}
