package org.polnet.bicycles;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.polnet.access.ReviewPeriod;
import org.polnet.records.Change;
import org.polnet.records.RecordKind;
import org.polnet.records.RecordSupport;
import org.polnet.records.SearchableRecords;
import org.polnet.refusals.InvalidInputException.Problem;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/** Stolen bicycles: only their own fields' rules and events; the lifecycle is the skeleton's. */
@Service
@Profile("bicycles")
public class Bicycles extends SearchableRecords<Bicycle, BicycleDraft, Bicycles.Query> {

	static final RecordKind KIND = new RecordKind("BIKE", "bicycles", ReviewPeriod.DOCUMENT);

	/** A search by frame number; null for every bicycle. */
	public record Query(@Nullable String frameNumber) {
	}

	public record Reported(Bicycle bicycle) {
	}

	public record Changed(Bicycle before, Bicycle bicycle, Change change) {
	}

	Bicycles(BicycleRows rows, RecordSupport support) {
		super(KIND, rows, support);
	}

	@Override
	protected List<Problem> problems(BicycleDraft draft) {
		return Stream.of(draft.frameNumber().matches("[A-Z0-9]{1,30}") ? null
				: new Problem("frame_number", "A frame number has 1 to 30 capital letters and digits."),
				draft.make().length() <= 60 ? null : new Problem("make", "At most 60 characters."))
			.filter(Objects::nonNull)
			.toList();
	}

	@Override
	protected Object reported(Bicycle bicycle) {
		return new Reported(bicycle);
	}

	@Override
	protected Object changed(Bicycle before, Bicycle after, Change change) {
		return new Changed(before, after, change);
	}
}
