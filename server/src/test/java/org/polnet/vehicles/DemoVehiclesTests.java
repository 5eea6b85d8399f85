package org.polnet.vehicles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.engines.vin.Vins;

/** The demo vehicles: valid, distinct, and the same on every first start. */
class DemoVehiclesTests {

	@Test
	void everyDemoVinIsValidAndEveryVehicleDistinctByVinAndPlate() {
		List<Object[]> rows = DemoVehicles.rows();
		assertThat(rows).hasSize(DemoVehicles.PER_NCB * DemoVehicles.COUNTRIES.size());
		Set<Object> keys = new HashSet<>();
		Set<Object> plates = new HashSet<>();
		for (Object[] row : rows) {
			if (row[0] != null) {
				assertThat(Vins.parse((String) row[0]).valid()).as("VIN %s", row[0]).isTrue();
			}
			assertThat(VehicleRules.plateProblem((String) row[2])).as("plate %s", row[2]).isEmpty();
			assertThat(keys.add(row[5])).as("record key %s", row[5]).isTrue();
			assertThat(plates.add(row[4] + " " + row[3])).as("plate %s", row[3]).isTrue();
		}
		assertThat(rows).filteredOn(row -> row[0] == null).isNotEmpty();
	}

	@Test
	void theDemoVehicleIsTheFirstFrenchOneAndTheDataIsDeterministic() {
		Object[] first = DemoVehicles.rows().getFirst();
		assertThat(first[0]).isEqualTo(DemoVehicles.SAMPLE_VIN);
		assertThat(first[2]).isEqualTo(DemoVehicles.SAMPLE_PLATE);
		assertThat(first[6] + " " + first[7] + " " + first[9]).isEqualTo("Renault Clio grey");
		// the VIN docs/vehicles.md gives
		assertThat(DemoVehicles.SAMPLE_VIN).isEqualTo("VF1RJA007MT000042");
		assertThat(DemoVehicles.rows().get(700)).isEqualTo(DemoVehicles.rows().get(700));
	}
}
