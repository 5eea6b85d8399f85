package org.polnet.vehicles.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.web.RecordForm;
import org.polnet.vehicles.StolenVehicle;
import org.polnet.vehicles.VehicleDraft;
import org.polnet.vehicles.VehicleType;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The report and amendment form (and the API's body), as typed: checked by the service, re-shown with its values on
 * an error.
 */
record VehicleForm(@Nullable String vin, @Nullable String chassisNumber, @Nullable String plate,
		@Nullable String registrationCountry, @Nullable String make, @Nullable String model,
		@Nullable Integer modelYear, @Nullable String colour, @Nullable VehicleType type,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate stolenOn, @Nullable String stolenPlace,
		@Nullable String stolenCountry, @Nullable String nationalReference, @Nullable String remarks,
		@Nullable Clearance classification, @Nullable AccessScope scope, @Nullable String countries,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewAt) implements RecordForm<VehicleDraft> {

	/** An empty form for a vehicle stolen in the officer's country. */
	static VehicleForm blank(@Nullable String country) {
		return new VehicleForm("", "", "", country, "", "", null, "", VehicleType.CAR, null, "", country, "", "",
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, "", null);
	}

	static VehicleForm of(StolenVehicle vehicle) {
		return new VehicleForm(vehicle.vin(), vehicle.chassisNumber(), vehicle.plate(), vehicle.registrationCountry(),
				vehicle.make(), vehicle.model(), vehicle.modelYear(), vehicle.colour(), vehicle.type(),
				vehicle.stolenOn(), vehicle.stolenPlace(), vehicle.stolenCountry(), vehicle.nationalReference(),
				vehicle.remarks(), vehicle.access().classification(), vehicle.access().scope(),
				RecordForm.countriesText(vehicle.access().countries()), vehicle.reviewAt());
	}

	/** The draft; a missing date of theft is today's, which the officer sees on the record and may amend. */
	@Override
	public VehicleDraft draft() {
		return new VehicleDraft(text(vin), text(chassisNumber), text(plate), code(registrationCountry), text(make),
				text(model), modelYear, text(colour), type == null ? VehicleType.CAR : type,
				stolenOn == null ? LocalDate.now(ZoneOffset.UTC) : stolenOn, text(stolenPlace), code(stolenCountry),
				text(nationalReference), text(remarks), classificationOrDefault(), scopeOrDefault(), countrySet(),
				reviewAt);
	}

	private static String code(@Nullable String value) {
		return text(value).toUpperCase(Locale.ROOT);
	}

	private static String text(@Nullable String value) {
		return RecordForm.text(value);
	}
}
