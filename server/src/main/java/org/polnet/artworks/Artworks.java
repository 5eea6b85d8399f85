package org.polnet.artworks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.access.Consultations;
import org.polnet.access.Purposes;
import org.polnet.access.InvalidReviewDateException;
import org.polnet.access.RecordAccess;
import org.polnet.access.RecordNotFoundException;
import org.polnet.access.ReviewPeriod;
import org.polnet.access.SqlFilter;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.hits.RecordMatched;
import org.polnet.identity.CurrentOfficer;
import org.polnet.members.Members;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The WoA database: create, change, withdraw and recover records, attach photos, search and view. Who sees and who
 * changes a record is the access policy's decision ({@link AccessPolicy}); only officers of the owner office change
 * it. Every view, search and change is audited with the purpose stated, in the same transaction.
 *
 * <p>
 * Hits: a search result is a list of titles, not yet a match; browsing lists raises nothing. A hit is raised when an
 * officer (or system) of another office <em>opens</em> a record from a search (the page link from search results,
 * or the API's single read), because that is the moment an office shows interest in a given work. The same office
 * opening the same record on the same day (UTC) raises one hit only, so owners are not flooded.
 */
@Service
public class Artworks {

	/** The WoA database's name in hits. */
	public static final String DATABASE = "WOA";

	/**
	 * Works of art are kept as long as travel documents: a stolen work resurfaces on the market decades later, and
	 * the owner reviews the record (keeps it, shortens it) every 10 years; the owner may choose an earlier date.
	 */
	public static final ReviewPeriod REVIEW_PERIOD = ReviewPeriod.DOCUMENT;

	public static final int MAX_PAGE_SIZE = 100;

	private final Works works;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Members members;

	private final long maxPhotoBytes;

	private final Consultations consultations;

	Artworks(Works works, AccessPolicy policy, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			Members members, Consultations consultations,
			@Value("${polnet.artworks.max-photo-bytes:10485760}") long maxPhotoBytes) {
		this.works = works;
		this.members = members;
		this.policy = policy;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.maxPhotoBytes = maxPhotoBytes;
		this.consultations = consultations;
	}

	/** The largest photo accepted, in bytes (setting {@code polnet.artworks.max-photo-bytes}, 10 MB by default). */
	public long maxPhotoBytes() {
		return maxPhotoBytes;
	}

	/** Creates a record owned by the officer's office, status stolen. 403 for who may not create records. */
	@Transactional
	public long create(CurrentOfficer officer, ArtworkDraft draft, @Nullable String clientAddress) {
		RecordAccess access = access(officer.officeCode(), draft);
		if (!policy.mayChange(officer, access)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You may not create records of stolen works of art.");
		}
		Instant now = clock.instant();
		LocalDate reviewAt = reviewAt(now, draft.reviewAt());
		long id = works.insert(draft, access, now, reviewAt);
		works.history(id, ArtworkStatus.STOLEN, null, officer.username(), officer.officeCode(), now);
		audit(officer, "artworks.create", id, "record a stolen work of art", clientAddress);
		return id;
	}

	/** Changes the record's fields and access; the review date counts from the record's creation. */
	@Transactional
	public void update(CurrentOfficer officer, long id, ArtworkDraft draft, @Nullable String clientAddress) {
		RecordAccess current = changeable(officer, id);
		Artwork work = works.find(id).orElseThrow();
		Instant now = clock.instant();
		LocalDate reviewAt = reviewAt(work.createdAt(), draft.reviewAt());
		works.update(id, draft, access(current.ownerOffice(), draft), now, reviewAt);
		audit(officer, "artworks.update", id, "update the record", clientAddress);
	}

	/** Withdraws the record (it stays, for the history), with the reason the owner gives. */
	@Transactional
	public void withdraw(CurrentOfficer officer, long id, String reason, @Nullable String clientAddress) {
		changeStatus(officer, id, ArtworkStatus.WITHDRAWN, reason, clientAddress);
	}

	/** The work was found: the record stays, with status recovered and the circumstances. */
	@Transactional
	public void recover(CurrentOfficer officer, long id, String reason, @Nullable String clientAddress) {
		changeStatus(officer, id, ArtworkStatus.RECOVERED, reason, clientAddress);
	}

	private void changeStatus(CurrentOfficer officer, long id, ArtworkStatus status, String reason,
			@Nullable String clientAddress) {
		if (reason.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A reason is required.");
		}
		changeable(officer, id);
		works.changeStatus(id, status, reason.strip(), officer.username(), officer.officeCode(), clock.instant());
		audit(officer, "artworks." + status.name().toLowerCase(java.util.Locale.ROOT), id, reason.strip(),
				clientAddress);
	}

	/**
	 * Adds a photo (JPEG or PNG, checked by content) with its thumbnail; returns its number. 413 when larger than
	 * {@link #maxPhotoBytes()}, 415 when not a readable JPEG or PNG.
	 */
	@Transactional
	public int addPhoto(CurrentOfficer officer, long id, byte[] bytes, @Nullable String clientAddress) {
		changeable(officer, id);
		if (bytes.length > maxPhotoBytes) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
					"The photo is larger than %d MB.".formatted(maxPhotoBytes / (1024 * 1024)));
		}
		PhotoImages.Checked photo;
		try {
			photo = PhotoImages.check(bytes);
		}
		catch (PhotoImages.NotAPhoto e) {
			throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
		}
		int n = works.addPhoto(id, photo, officer.username(), clock.instant());
		audit(officer, "artworks.photo.add", id, "photo " + n, clientAddress);
		return n;
	}

	/**
	 * The record, if the viewer may see it (else the same 404 as for none), audited with the stated purpose.
	 *
	 * @param fromSearch whether the viewer opened it from search results: for another office's record, a hit
	 */
	@Transactional
	public Artwork view(CurrentOfficer viewer, long id, String purpose, boolean fromSearch,
			@Nullable String clientAddress) {
		String reference = Artwork.reference(id);
		Artwork work = consultations.view(viewer, works.find(id), Artwork::access, reference, "artworks.view", purpose,
				clientAddress);
		if (fromSearch && !viewer.officeCode().equals(work.access().ownerOffice())) {
			Instant now = clock.instant();
			events.publishEvent(new RecordMatched(DATABASE, reference, work.access().ownerOffice(), work.summary(),
					"/artworks/" + id, viewer.officeCode(), viewer.username(), viewer.isSystem(), null, purpose, now,
					"WOA-VIEW/%s/%d/%s".formatted(viewer.officeCode(), id, LocalDate.ofInstant(now, ZoneOffset.UTC))));
		}
		return work;
	}

	/** The records matching the query that the viewer may see, a page of them, audited (one entry per search). */
	@Transactional
	public ArtworkPage search(CurrentOfficer viewer, ArtworkQuery query, int page, int size, String purpose,
			@Nullable String clientAddress) {
		Purposes.require(purpose);
		audit.record(record(viewer, "artworks.search", query.describe(), purpose, Outcome.SUCCESS, clientAddress));
		SqlFilter visible = policy.sqlFilter(viewer, "w");
		return works.search(query, visible, Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
	}

	/**
	 * A photo or its thumbnail, when the viewer may see the record (else 404). Not audited one by one: photos are
	 * shown on the record and result pages, whose view or search is audited with its purpose.
	 */
	@Transactional(readOnly = true)
	public ArtworkPhoto photo(CurrentOfficer viewer, long id, int n, boolean thumbnail) {
		String reference = Artwork.reference(id);
		RecordAccess access = works.access(id).orElseThrow(() -> new RecordNotFoundException(reference));
		policy.requireVisible(viewer, access, reference);
		return works.photo(id, n, thumbnail).orElseThrow(() -> new RecordNotFoundException(reference + "/photo/" + n));
	}

	/** Whether the officer may change this record (to show or hide the edit buttons). */
	public boolean mayChange(CurrentOfficer officer, Artwork work) {
		return policy.mayChange(officer, work.access());
	}

	/** The review date, or 400 when the owner asks for a later date than the period allows or a past one. */
	private static LocalDate reviewAt(Instant from, @Nullable LocalDate requested) {
		try {
			return REVIEW_PERIOD.reviewAt(from, requested);
		}
		catch (InvalidReviewDateException e) {
			throw new InvalidArtworkException(InvalidArtworkException.Problem.REVIEW_DATE, e.getMessage());
		}
	}

	private RecordAccess changeable(CurrentOfficer officer, long id) {
		String reference = Artwork.reference(id);
		Optional<RecordAccess> access = works.access(id);
		RecordAccess found = access.orElseThrow(() -> new RecordNotFoundException(reference));
		policy.requireChangeable(officer, found, found, (who, record) -> true, reference);
		return found;
	}

	/** The record's access as written, or 400 when it names unknown countries or contradicts its scope. */
	private RecordAccess access(String owner, ArtworkDraft draft) {
		for (String country : draft.accessCountries()) {
			requireMember(country);
		}
		if (draft.stolenCountry() != null) {
			requireMember(draft.stolenCountry());
		}
		try {
			return new RecordAccess(owner, draft.classification(), draft.accessScope(), draft.accessCountries());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidArtworkException(InvalidArtworkException.Problem.ACCESS_LIST, e.getMessage());
		}
	}

	private void requireMember(String country) {
		if (members.byIso3(country).isEmpty()) {
			throw new InvalidArtworkException(InvalidArtworkException.Problem.UNKNOWN_COUNTRY,
					"Unknown country code: " + country);
		}
	}

	private void audit(CurrentOfficer officer, String action, long id, String purpose, @Nullable String clientAddress) {
		audit.record(record(officer, action, Artwork.reference(id), purpose, Outcome.SUCCESS, clientAddress));
	}

	private static AuditRecord record(CurrentOfficer officer, String action, String target, String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		return AuditRecord.of(officer, action, target,
				purpose, outcome, clientAddress);
	}
}
