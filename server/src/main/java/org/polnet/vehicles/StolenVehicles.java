package org.polnet.vehicles;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.access.ReviewPeriod;
import org.polnet.identity.CurrentOfficer;
import org.polnet.records.Change;
import org.polnet.records.RecordKind;
import org.polnet.records.RecordSupport;
import org.polnet.records.Records;
import org.polnet.records.SearchableRecords;
import org.polnet.refusals.InvalidInputException.Problem;
import org.springframework.stereotype.Service;

/**
 * SMV for officers and other modules: report a stolen vehicle, amend its record, mark it recovered or withdraw it,
 * read and search the records one may see (the lifecycle every database shares, {@link Records}). SMV's own rules:
 * the fields ({@link VehicleRules}), and only officers of the NCB of the country where the vehicle was stolen report
 * and change its record.
 */
@Service
public class StolenVehicles extends SearchableRecords<StolenVehicle, VehicleDraft, VehicleQuery> {

	/**
	 * Ten years, as for travel documents: a vehicle is an object, not nominal data, and stolen vehicles resurface
	 * years later (re-registered abroad, in parts); the owner may shorten it.
	 */
	public static final ReviewPeriod REVIEW_PERIOD = ReviewPeriod.DOCUMENT;

	/** SMV: records of stolen motor vehicles. */
	public static final RecordKind KIND = new RecordKind(StolenVehicle.DATABASE, "vehicles", REVIEW_PERIOD).withFindCheck();

	private final VehicleRules rules;

	StolenVehicles(VehicleRows rows, VehicleRules rules, RecordSupport support) {
		super(KIND, rows, support);
		this.rules = rules;
	}

	/** The owner found the vehicle: FIND no longer matches it; it stays readable with its history. */
	public StolenVehicle markRecovered(CurrentOfficer officer, long id, String note, @Nullable String clientAddress) {
		return recover(officer, id, note, false, clientAddress);
	}

	@Override
	protected List<Problem> problems(VehicleDraft draft) {
		return rules.problems(draft);
	}

	@Override
	protected boolean allowsDraft(CurrentOfficer officer, VehicleDraft draft) {
		return VehicleRules.STOLEN_COUNTRY_NCB_ONLY.allows(officer, draft);
	}

	@Override
	protected boolean allowsRecord(CurrentOfficer officer, StolenVehicle vehicle) {
		return VehicleRules.RECORD_OF_STOLEN_COUNTRY_NCB.allows(officer, vehicle);
	}

	@Override
	protected Problem notAllowed(VehicleDraft draft) {
		return new Problem("stolen_country", VehicleRules.NOT_STOLEN_COUNTRY_NCB + " (" + draft.stolenCountry() + ")");
	}

	@Override
	protected String duplicate() {
		return "This vehicle (its VIN or its plate) is already recorded as stolen: amend the existing record.";
	}

	@Override
	protected String describe(VehicleDraft draft) {
		return "SMV " + (draft.vin().isBlank() ? draft.registrationCountry() + " " + draft.plate().strip()
				: VehicleRules.normaliseVin(draft.vin()));
	}

	@Override
	protected String describe(VehicleQuery query) {
		return "vin=" + orEmpty(query.vin()) + " plate=" + orEmpty(query.plate()) + " make=" + orEmpty(query.make())
				+ " country=" + orEmpty(query.country()) + " status=" + (query.status() == null ? "" : query.status());
	}

	@Override
	protected Object reported(StolenVehicle vehicle) {
		return new VehicleReported(vehicle);
	}

	@Override
	protected Object changed(StolenVehicle before, StolenVehicle after, Change change) {
		return new VehicleChanged(before, after, change);
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text.strip();
	}
}
