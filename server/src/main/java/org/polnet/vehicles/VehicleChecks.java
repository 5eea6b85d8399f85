package org.polnet.vehicles;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.find.FindChecks;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Service;

/**
 * FIND for vehicles: checks vehicles by VIN or by plate against SMV through FIND's one pipeline
 * ({@link FindChecks}, with SMV's key, in-memory index and matches from {@link VehicleFind}) and answers each as a
 * {@link VehicleFindAnswer}. Only stolen records match.
 */
@Service
public class VehicleChecks {

	private final FindChecks find;

	private final VehicleFind smv;

	VehicleChecks(FindChecks find, VehicleFind smv) {
		this.find = find;
		this.smv = smv;
	}

	/**
	 * Checks up to {@link FindChecks#BATCH_MAX} vehicles and returns once every check is durably audited and every
	 * match of another office's record is on its way to the owner.
	 *
	 * @param place   where the check happens (a border post), when the caller says
	 * @param purpose why; {@link FindChecks#DEFAULT_PURPOSE} when blank
	 */
	public List<VehicleFindAnswer> check(CurrentOfficer checker, List<@Nullable VehicleFindItem> items,
			@Nullable String place, @Nullable String purpose, @Nullable String clientAddress) {
		return find.check(smv, checker, items, place, purpose, clientAddress).stream().map(VehicleFindAnswer::of).toList();
	}
}
