package org.polnet.artworks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.access.Purposes;
import org.polnet.access.RecordAccess;
import org.polnet.access.RecordNotFoundException;
import org.polnet.access.ReviewPeriod;
import org.polnet.access.SqlFilter;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.hits.RecordMatched;
import org.polnet.identity.CurrentOfficer;
import org.polnet.members.Members;
import org.polnet.records.Change;
import org.polnet.records.RecordKind;
import org.polnet.records.RecordSupport;
import org.polnet.records.Records;
import org.polnet.refusals.InvalidInputException.Problem;
import org.polnet.refusals.RefusedException;
import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The WoA database: report, amend, withdraw and recover records (the lifecycle every database shares,
 * {@link Records}), attach photos, search and view. WoA's own: its fields, a ranked full-text search with a
 * stated purpose, photos, and hits on opening a record from a search.
 *
 * <p>
 * Hits: a search result is a list of titles, not yet a match; browsing lists raises nothing. A hit is raised when an
 * officer (or system) of another office <em>opens</em> a record from a search (the page link from search results,
 * or the API's single read), because that is the moment an office shows interest in a given work. The same office
 * opening the same record on the same day (UTC) raises one hit only, so owners are not flooded.
 */
@Service
public class Artworks extends Records<Artwork, ArtworkDraft> {

	/** The WoA database's name in hits. */
	public static final String DATABASE = Artwork.DATABASE;

	/**
	 * Works of art are kept as long as travel documents: a stolen work resurfaces on the market decades later, and
	 * the owner reviews the record (keeps it, shortens it) every 10 years; the owner may choose an earlier date.
	 */
	public static final ReviewPeriod REVIEW_PERIOD = ReviewPeriod.DOCUMENT;

	public static final RecordKind KIND = new RecordKind(DATABASE, "artworks", REVIEW_PERIOD);

	public static final int MAX_PAGE_SIZE = 100;

	private final ArtworkRows rows;

	private final AccessPolicy policy;

	private final RecordSupport support;

	private final Members members;

	private final long maxPhotoBytes;

	Artworks(ArtworkRows rows, RecordSupport support, Members members,
			@Value("${polnet.artworks.max-photo-bytes:10485760}") long maxPhotoBytes) {
		super(KIND, rows, support);
		this.rows = rows;
		this.support = support;
		this.policy = support.access();
		this.members = members;
		this.maxPhotoBytes = maxPhotoBytes;
	}

	/** The largest photo accepted, in bytes (setting {@code polnet.artworks.max-photo-bytes}, 10 MB by default). */
	public long maxPhotoBytes() {
		return maxPhotoBytes;
	}

	/** The work was found: the record stays, with status recovered and the circumstances (required). */
	public Artwork markRecovered(CurrentOfficer officer, long id, String circumstances,
			@Nullable String clientAddress) {
		return recover(officer, id, circumstances, true, clientAddress);
	}

	/** Countries named must be members: where the work was stolen, and the access list. */
	@Override
	protected List<Problem> problems(ArtworkDraft draft) {
		List<Problem> problems = new ArrayList<>();
		if (draft.stolenCountry() != null && members.byIso3(draft.stolenCountry()).isEmpty()) {
			problems.add(new Problem("country", "Unknown country code: " + draft.stolenCountry()));
		}
		for (String country : draft.accessCountries()) {
			if (members.byIso3(country).isEmpty()) {
				problems.add(new Problem("country", "Unknown country code: " + country));
			}
		}
		return problems;
	}

	@Override
	protected String describe(ArtworkDraft draft) {
		return "WOA \"" + draft.title() + "\"";
	}

	@Override
	protected Object reported(Artwork work) {
		return new ArtworkReported(work);
	}

	@Override
	protected Object changed(Artwork before, Artwork after, Change change) {
		return new ArtworkChanged(before, after, change);
	}

	/**
	 * Adds a photo (JPEG or PNG, checked by content) with its thumbnail to an open record; returns its number. Too
	 * large when over {@link #maxPhotoBytes()}, unsupported when not a readable JPEG or PNG.
	 */
	// a refusal commits: its DENIED audit entry stays, and every refusal here comes before the photo is written
	@Transactional(noRollbackFor = RefusedException.class)
	public int addPhoto(CurrentOfficer officer, long id, byte[] bytes, @Nullable String clientAddress) {
		requireChangeable(officer, id, KIND.action("photo.add"), clientAddress);
		if (bytes.length > maxPhotoBytes) {
			throw new TooLargeException("The photo is larger than %d MB.".formatted(maxPhotoBytes / (1024 * 1024)));
		}
		PhotoImages.Checked photo;
		try {
			photo = PhotoImages.check(bytes);
		}
		catch (PhotoImages.NotAPhoto e) {
			throw new UnsupportedContentException(e.getMessage());
		}
		int n = rows.addPhoto(id, photo, officer.username(), support.clock().instant());
		support.audit()
			.record(AuditRecord.of(officer, KIND.action("photo.add"), Artwork.reference(id), "photo " + n,
					Outcome.SUCCESS, clientAddress));
		return n;
	}

	/**
	 * The record, if the viewer may see it (else the same refusal as for none), audited with the stated purpose.
	 *
	 * @param fromSearch whether the viewer opened it from search results: for another office's record, a hit
	 */
	@Transactional
	public Artwork view(CurrentOfficer viewer, long id, String purpose, boolean fromSearch,
			@Nullable String clientAddress) {
		Artwork work = view(viewer, id, purpose, clientAddress);
		if (fromSearch && !viewer.officeCode().equals(work.access().ownerOffice())) {
			Instant now = support.clock().instant();
			support.events()
				.publishEvent(new RecordMatched(DATABASE, work.reference(), work.access().ownerOffice(), work.summary(),
						KIND.path(id), viewer.officeCode(), viewer.username(), viewer.isSystem(), null, purpose, now,
						"WOA-VIEW/%s/%d/%s".formatted(viewer.officeCode(), id, LocalDate.ofInstant(now, ZoneOffset.UTC))));
		}
		return work;
	}

	/** The records matching the query that the viewer may see, a page of them, audited (one entry per search). */
	@Transactional
	public ArtworkPage search(CurrentOfficer viewer, ArtworkQuery query, int page, int size, String purpose,
			@Nullable String clientAddress) {
		Purposes.require(purpose);
		support.audit()
			.record(AuditRecord.of(viewer, KIND.action("search"), query.describe(), purpose, Outcome.SUCCESS,
					clientAddress));
		SqlFilter visible = policy.sqlFilter(viewer, "w");
		return rows.search(query, visible, Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE));
	}

	/**
	 * A photo or its thumbnail, when the viewer may see the record (else not found). Not audited one by one: photos
	 * are shown on the record and result pages, whose view or search is audited with its purpose.
	 */
	@Transactional(readOnly = true)
	public ArtworkPhoto photo(CurrentOfficer viewer, long id, int n, boolean thumbnail) {
		String reference = Artwork.reference(id);
		RecordAccess access = rows.access(id).orElseThrow(() -> new RecordNotFoundException(reference));
		policy.requireVisible(viewer, access, reference);
		return rows.photo(id, n, thumbnail).orElseThrow(() -> new RecordNotFoundException(reference + "/photo/" + n));
	}
}
