package org.polnet.vehicles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.hits.CheckRecorder;
import org.polnet.hits.RecordMatched;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Service;

/**
 * FIND for vehicles: checks vehicles by VIN or by plate against SMV in memory ({@link VehicleIndex}), answers with
 * what the caller may see, audits every check in one batch and tells the owners of matched records (through the
 * hits module). Only stolen records match. A record the caller may not see is no hit for them: nothing hints at it,
 * and its owner is not told.
 */
@Service
public class VehicleChecks {

	public static final int BATCH_MAX = 1_000;

	public static final String DEFAULT_PURPOSE = "border check";

	private final VehicleIndex index;

	private final VehicleRules rules;

	private final AccessPolicy access;

	private final CheckRecorder recorder;

	VehicleChecks(VehicleIndex index, VehicleRules rules, AccessPolicy access, CheckRecorder recorder) {
		this.index = index;
		this.rules = rules;
		this.access = access;
		this.recorder = recorder;
	}

	/**
	 * Checks up to {@link #BATCH_MAX} vehicles against the in-memory index and returns once every check is durably
	 * audited and every match of another office's record is on its way to the owner ({@link CheckRecorder}).
	 *
	 * @param place   where the check happens (a border post), when the caller says
	 * @param purpose why; {@link #DEFAULT_PURPOSE} when blank
	 */
	public List<VehicleFindAnswer> check(CurrentOfficer checker, List<@Nullable VehicleFindItem> items,
			@Nullable String place, @Nullable String purpose, @Nullable String clientAddress) {
		if (items.isEmpty() || items.size() > BATCH_MAX) {
			throw new IllegalArgumentException("Check 1 to " + BATCH_MAX + " vehicles at a time.");
		}
		String why = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip();
		String where = place == null || place.isBlank() ? null : place.strip();
		String auditPurpose = where == null ? why : why + " (place: " + where + ")";
		Instant now = Instant.now();
		String checkId = UUID.randomUUID().toString();
		List<VehicleFindAnswer> answers = new ArrayList<>(items.size());
		List<AuditRecord> entries = new ArrayList<>(items.size());
		List<RecordMatched> matched = new ArrayList<>(0);
		for (int i = 0; i < items.size(); i++) {
			VehicleFindItem item = items.get(i);
			Optional<String> invalid = problem(item);
			if (invalid.isPresent() || item == null) {
				answers.add(VehicleFindAnswer.error(i, invalid.orElse("")));
				entries.add(entry(checker, "invalid item", auditPurpose, Outcome.FAILURE, clientAddress));
				continue;
			}
			String key;
			StolenVehicle[] candidates;
			if (!isBlank(item.vin())) {
				key = VehicleRules.normaliseVin(item.vin());
				candidates = index.byVin(key);
			}
			else {
				String country = country(item);
				String plate = VehicleRules.normalisePlate(item.plate());
				key = country + " " + plate;
				candidates = index.byPlate(country, plate);
			}
			List<VehicleMatch> matches = new ArrayList<>(1);
			for (StolenVehicle vehicle : candidates) {
				if (access.maySee(checker, vehicle.access())) {
					matches.add(VehicleMatch.of(vehicle));
					if (!checker.officeCode().equals(vehicle.access().ownerOffice())) {
						matched.add(new RecordMatched(StolenVehicle.DATABASE, vehicle.reference(),
								vehicle.access().ownerOffice(), vehicle.summary(), "/vehicles/" + vehicle.id(),
								checker.officeCode(), checker.username(), checker.isSystem(), where, why, now,
								"FIND-" + checkId + "-" + i + "-" + vehicle.id()));
					}
				}
			}
			answers.add(VehicleFindAnswer.of(i, matches));
			entries.add(entry(checker, key + (matches.isEmpty() ? " no-hit"
					: " hit " + String.join(",", matches.stream().map(VehicleMatch::reference).toList())), auditPurpose,
					Outcome.SUCCESS, clientAddress));
		}
		recorder.record(entries, matched);
		return answers;
	}

	/** Why the item cannot be checked, if it cannot: the VIN engine's first problem, an unknown country… */
	private Optional<String> problem(@Nullable VehicleFindItem item) {
		if (item == null || (isBlank(item.vin()) && isBlank(item.plate()))) {
			return Optional.of("Give either a VIN, or a plate and its registration country.");
		}
		if (!isBlank(item.vin())) {
			return VehicleRules.vinProblem(item.vin());
		}
		Optional<String> plate = VehicleRules.plateProblem(item.plate());
		if (plate.isPresent()) {
			return plate;
		}
		return rules.isMember(country(item)) ? Optional.empty()
				: Optional.of(VehicleRules.unknownCountry("registration"));
	}

	private static String country(VehicleFindItem item) {
		return item.registrationCountry() == null ? "" : item.registrationCountry().strip().toUpperCase(Locale.ROOT);
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static AuditRecord entry(CurrentOfficer checker, String target, String purpose, Outcome outcome,
			@Nullable String clientAddress) {
		return AuditRecord.of(checker, "vehicles.find", "SMV " + target, purpose, outcome, clientAddress);
	}
}
