package org.polnet.vehicles;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.find.FindDatabase;
import org.polnet.find.FoundRecord;
import org.polnet.find.InvalidItem;
import org.springframework.stereotype.Component;

/**
 * What SMV plugs into FIND: a vehicle's key (a VIN checked by the VIN engine, or a plate and its registration
 * country), its stolen records in the in-memory {@link VehicleIndex}, and a match shown as a {@link VehicleMatch}.
 */
@Component
class VehicleFind implements FindDatabase<VehicleFindItem, VehicleFind.Key, StolenVehicle, VehicleMatch> {

	/** A vehicle's key in the index: its normalised VIN, or else its registration country and normalised plate. */
	record Key(@Nullable String vin, String country, String plate) {
	}

	private final VehicleIndex index;

	private final VehicleRules rules;

	VehicleFind(VehicleIndex index, VehicleRules rules) {
		this.index = index;
		this.rules = rules;
	}

	@Override
	public String name() {
		return StolenVehicle.DATABASE;
	}

	@Override
	public String auditAction() {
		return "vehicles.find";
	}

	@Override
	public Key keyOf(@Nullable VehicleFindItem item) {
		if (item == null || (isBlank(item.vin()) && isBlank(item.plate()))) {
			throw new InvalidItem("Give either a VIN, or a plate and its registration country.");
		}
		if (!isBlank(item.vin())) {
			VehicleRules.vinProblem(item.vin()).ifPresent(VehicleFind::invalid);
			return new Key(VehicleRules.normaliseVin(item.vin()), "", "");
		}
		VehicleRules.plateProblem(item.plate()).ifPresent(VehicleFind::invalid);
		String country = item.registrationCountry() == null ? ""
				: item.registrationCountry().strip().toUpperCase(Locale.ROOT);
		if (!rules.isMember(country)) {
			invalid(VehicleRules.unknownCountry("registration"));
		}
		return new Key(null, country, VehicleRules.normalisePlate(item.plate()));
	}

	private static void invalid(String problem) {
		throw new InvalidItem(problem);
	}

	@Override
	public String audited(Key key) {
		return key.vin() != null ? key.vin() : key.country() + " " + key.plate();
	}

	@Override
	public StolenVehicle[] lookup(Key key) {
		return key.vin() != null ? index.byVin(key.vin()) : index.byPlate(key.country(), key.plate());
	}

	@Override
	public FoundRecord found(StolenVehicle vehicle) {
		return new FoundRecord(vehicle.reference(), vehicle.access(), vehicle.summary(), StolenVehicles.KIND.path(vehicle.id()));
	}

	@Override
	public VehicleMatch shown(StolenVehicle vehicle) {
		return VehicleMatch.of(vehicle);
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
