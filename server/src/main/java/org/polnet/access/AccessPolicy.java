package org.polnet.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.members.Office;
import org.polnet.members.OfficeType;
import org.polnet.members.Offices;
import org.polnet.refusals.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one policy that decides whether an officer or a system client may see or change a police record. Lists,
 * search results, single reads, exports and FIND all ask it: in Java ({@link #maySee}) or in PostgreSQL
 * ({@link #sqlFilter}), which decide alike.
 * <p>
 * Who sees a record:
 * <ul>
 * <li>an office that is not (or no longer) in the members module's reference data: nothing;</li>
 * <li>the owner office: all its records, whatever their classification (it wrote and classified them);</li>
 * <li>the General Secretariat: every record its clearance covers, whatever the country scope;</li>
 * <li>an NCB: records its clearance covers and whose scope admits its country;</li>
 * <li>any other office (regional bureaus, liaison and representation offices, the innovation centre): records
 * its clearance covers that are open to all members. They are not an NCB, so a list of countries never names
 * them;</li>
 * <li>a system client (API token): as an officer of its token's office, with the clearance
 * {@link Clearance#FOR_OFFICIAL_USE_ONLY} at most, on its own office's records too: a token is a single secret
 * without a second factor, so a leaked one must not expose its office's classified records.</li>
 * </ul>
 * Who changes a record: officers (never system clients) of the owner office with an NCB role for an NCB's
 * records, or with a General Secretariat role for the records of the GS and of its other offices; a database
 * may narrow this with its own {@link WritePolicy}.
 * <p>
 * Office codes are compared exactly as the members module writes them ({@code NCB-FRA}): a record's owner office
 * is set from the creating officer's {@link CurrentOfficer#officeCode()}.
 * <p>
 * Pure and fast: offices are read once at start-up; a check is a map lookup and a few comparisons, without
 * database access or allocation, for FIND's thousands of checks per second.
 */
@Component
public class AccessPolicy {

	private static final Set<Role> NCB_EDITORS = EnumSet.of(Role.NCB_OFFICER, Role.NCB_SUPERVISOR, Role.NCB_ADMIN);

	private static final Set<Role> GS_EDITORS = EnumSet.of(Role.GS_OFFICER, Role.GS_REVIEWER, Role.GS_ADMIN);

	private static final Pattern SQL_ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** What the policy needs to know about an office. */
	private record Viewpoint(OfficeType type, @Nullable String ncbCountry) {
	}

	private final Map<String, Viewpoint> viewpoints;

	@Autowired
	AccessPolicy(Offices offices) {
		this(offices.offices());
	}

	AccessPolicy(Collection<Office> offices) {
		Map<String, Viewpoint> byCode = new HashMap<>();
		for (Office office : offices) {
			byCode.put(office.code(), new Viewpoint(office.type(),
					office.isNationalCentralBureau() ? office.countryIso3() : null));
		}
		this.viewpoints = Map.copyOf(byCode);
	}

	/** Whether the officer or system client may see the record: in a list, a search result, a read, an export. */
	public boolean maySee(CurrentOfficer viewer, RecordAccess record) {
		Viewpoint office = viewpoints.get(viewer.officeCode());
		if (office == null) {
			return false;
		}
		boolean owner = viewer.officeCode().equals(record.ownerOffice());
		if (owner && !viewer.isSystem()) {
			return true;
		}
		if (!clearance(viewer).covers(record.classification())) {
			return false;
		}
		if (owner) {
			return true;
		}
		return switch (office.type()) {
			case GENERAL_SECRETARIAT -> true;
			case NATIONAL_CENTRAL_BUREAU -> office.ncbCountry() != null && record.admits(office.ncbCountry());
			default -> record.scope() == AccessScope.ALL_MEMBERS;
		};
	}

	/**
	 * Whether the officer may change (or, for a new record owned by their office, create) the record: an
	 * officer of the owner office with an editing role there.
	 */
	public boolean mayChange(CurrentOfficer officer, RecordAccess record) {
		if (officer.isSystem() || !officer.officeCode().equals(record.ownerOffice())) {
			return false;
		}
		Viewpoint office = viewpoints.get(officer.officeCode());
		if (office == null) {
			return false;
		}
		Set<Role> editors = office.type() == OfficeType.NATIONAL_CENTRAL_BUREAU ? NCB_EDITORS : GS_EDITORS;
		for (Role role : officer.roles()) {
			if (editors.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a bulk load may write the record: for an officer as {@link #mayChange}; for a system client (a
	 * national feed's token, which the imports module lets in only with the {@code imports:write} scope) when the
	 * record belongs to the token's own office. The database's own rule must allow it too.
	 */
	public <T> boolean mayLoad(CurrentOfficer uploader, RecordAccess access, T record, WritePolicy<? super T> rule) {
		boolean allowed = uploader.isSystem()
				? uploader.officeCode().equals(access.ownerOffice()) && viewpoints.containsKey(uploader.officeCode())
				: mayChange(uploader, access);
		return allowed && rule.allows(uploader, record);
	}

	/** As {@link #mayChange(CurrentOfficer, RecordAccess)}, and the database's own rule allows it too. */
	public <T> boolean mayChange(CurrentOfficer officer, RecordAccess access, T record, WritePolicy<? super T> rule) {
		return mayChange(officer, access) && rule.allows(officer, record);
	}

	/**
	 * For a single read: returns quietly when the viewer may see the record, else throws the same
	 * {@link RecordNotFoundException} as for a record that does not exist. The caller then audits the
	 * consultation with the purpose the officer stated ({@code AuditTrail.record}, outcome {@code SUCCESS}), or
	 * the refused attempt (outcome {@code DENIED}: the officer never sees the trail, so this hints at nothing).
	 */
	public void requireVisible(CurrentOfficer viewer, RecordAccess record, String reference) {
		if (!maySee(viewer, record)) {
			throw new RecordNotFoundException(reference);
		}
	}

	/**
	 * The record found, when there is one and the viewer may see it; the same {@link RecordNotFoundException}
	 * when there is none and when it is hidden: {@code policy.requireVisible(officer, sltd.find(id),
	 * SltdRecord::access, id)}.
	 */
	public <T> T requireVisible(CurrentOfficer viewer, Optional<T> found, Function<? super T, RecordAccess> access,
			String reference) {
		T record = found.orElseThrow(() -> new RecordNotFoundException(reference));
		requireVisible(viewer, access.apply(record), reference);
		return record;
	}

	/**
	 * Before a change: {@link RecordNotFoundException} when the officer may not even see the record,
	 * {@link NotAllowedException} when they see it but may not change it.
	 */
	public <T> void requireChangeable(CurrentOfficer officer, RecordAccess access, T record,
			WritePolicy<? super T> rule, String reference) {
		requireVisible(officer, access, reference);
		if (!mayChange(officer, access, record, rule)) {
			throw new NotAllowedException("You may not change record " + reference + ".");
		}
	}

	/**
	 * The condition, on the standard columns of the table with this alias (empty for none), that keeps exactly
	 * the rows {@link #maySee} allows the viewer: for lists and searches, filtered in PostgreSQL rather than in
	 * memory.
	 */
	public SqlFilter sqlFilter(CurrentOfficer viewer, String tableAlias) {
		if (!tableAlias.isEmpty() && !SQL_ALIAS.matcher(tableAlias).matches()) {
			throw new IllegalArgumentException("Not a table alias: " + tableAlias);
		}
		String t = tableAlias.isEmpty() ? "" : tableAlias + ".";
		Viewpoint office = viewpoints.get(viewer.officeCode());
		if (office == null) {
			return new SqlFilter("(FALSE)", Map.of());
		}
		List<String> classifications = Arrays.stream(Clearance.values())
			.filter(clearance(viewer)::covers)
			.map(Clearance::name)
			.toList();
		Map<String, Object> params = new HashMap<>();
		params.put("access_office", viewer.officeCode());
		params.put("access_classifications", classifications);
		String own = viewer.isSystem()
				? "(" + t + "owner_office = :access_office AND " + t + "classification IN (:access_classifications))"
				: t + "owner_office = :access_office";
		String others = switch (office.type()) {
			case GENERAL_SECRETARIAT -> "TRUE";
			case NATIONAL_CENTRAL_BUREAU -> {
				params.put("access_country", office.ncbCountry());
				yield "(" + t + "access_scope = '" + AccessScope.ALL_MEMBERS + "'" //
						+ " OR (" + t + "access_scope = '" + AccessScope.ONLY_LISTED + "' AND :access_country = ANY("
						+ t + "access_countries))" //
						+ " OR (" + t + "access_scope = '" + AccessScope.ALL_EXCEPT_LISTED
						+ "' AND NOT (:access_country = ANY(" + t + "access_countries))))";
			}
			default -> t + "access_scope = '" + AccessScope.ALL_MEMBERS + "'";
		};
		return new SqlFilter("(" + own + " OR (" + t + "classification IN (:access_classifications) AND " + others
				+ "))", params);
	}

	/** A system client reads with its office's rules but never above INTERPOL FOR OFFICIAL USE ONLY. */
	private static Clearance clearance(CurrentOfficer viewer) {
		return viewer.isSystem() ? Clearance.FOR_OFFICIAL_USE_ONLY : viewer.clearance();
	}
}
