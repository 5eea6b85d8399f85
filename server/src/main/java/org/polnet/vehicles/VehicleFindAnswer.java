package org.polnet.vehicles;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.find.CheckedItem;

/**
 * The answer to one checked vehicle.
 *
 * @param result  {@code hit}, {@code no-hit}, or {@code error} when the item could not be checked
 * @param matches the visible matching records (only for a hit)
 * @param error   what is wrong with the item (only for an error)
 */
public record VehicleFindAnswer(int index, String result, List<VehicleMatch> matches, @Nullable String error) {

	public static final String HIT = "hit";

	public static final String NO_HIT = "no-hit";

	public static final String ERROR = "error";

	static VehicleFindAnswer of(CheckedItem<VehicleMatch> checked) {
		if (checked.failed()) {
			return new VehicleFindAnswer(checked.index(), ERROR, List.of(), checked.error());
		}
		return new VehicleFindAnswer(checked.index(), checked.matches().isEmpty() ? NO_HIT : HIT, checked.matches(),
				null);
	}

	public boolean hit() {
		return HIT.equals(result);
	}

	public boolean failed() {
		return ERROR.equals(result);
	}
}
