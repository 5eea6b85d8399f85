package org.polnet.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.polnet.identity.Clearance;

/**
 * Who owns a police record, how classified it is and which countries' NCBs the owner lets see it. Every
 * database's table stores it in the standard columns {@code owner_office}, {@code classification},
 * {@code access_scope} and {@code access_countries} (see {@link #fromRow(ResultSet)} and {@link #columns()}).
 *
 * @param ownerOffice    the office code of the office that owns the record ({@code NCB-FRA}, {@code GS}…)
 * @param classification how classified the record is
 * @param scope          which NCBs may see it besides the owner and the General Secretariat
 * @param countries      ISO 3166 alpha-3 codes the scope lists; empty for {@link AccessScope#ALL_MEMBERS}
 */
public record RecordAccess(String ownerOffice, Clearance classification, AccessScope scope, Set<String> countries) {

	private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

	public RecordAccess {
		if (ownerOffice.isBlank()) {
			throw new IllegalArgumentException("A record needs an owner office");
		}
		countries = Set.copyOf(countries);
		for (String country : countries) {
			if (!ISO3.matcher(country).matches()) {
				throw new IllegalArgumentException("Not an ISO 3166 alpha-3 country code: " + country);
			}
		}
		if (scope == AccessScope.ALL_MEMBERS && !countries.isEmpty()) {
			throw new IllegalArgumentException("A record open to all members lists no countries");
		}
		// one way to say "everybody": ALL_MEMBERS, never "all except nobody"
		if (scope == AccessScope.ALL_EXCEPT_LISTED && countries.isEmpty()) {
			throw new IllegalArgumentException("A record open to all members except some lists at least one country");
		}
	}

	public static RecordAccess allMembers(String ownerOffice, Clearance classification) {
		return new RecordAccess(ownerOffice, classification, AccessScope.ALL_MEMBERS, Set.of());
	}

	public static RecordAccess onlyListed(String ownerOffice, Clearance classification, Set<String> countries) {
		return new RecordAccess(ownerOffice, classification, AccessScope.ONLY_LISTED, countries);
	}

	public static RecordAccess allExcept(String ownerOffice, Clearance classification, Set<String> countries) {
		return new RecordAccess(ownerOffice, classification, AccessScope.ALL_EXCEPT_LISTED, countries);
	}

	/** Whether the scope lets the NCB of this country see the record (clearance aside). */
	public boolean admits(String countryIso3) {
		return switch (scope) {
			case ALL_MEMBERS -> true;
			case ONLY_LISTED -> countries.contains(countryIso3);
			case ALL_EXCEPT_LISTED -> !countries.contains(countryIso3);
		};
	}

	/** Reads the standard columns of the current row (no table alias: select them by their own names). */
	public static RecordAccess fromRow(ResultSet rs) throws SQLException {
		Array array = rs.getArray("access_countries");
		String[] countries = array == null ? new String[0] : (String[]) array.getArray();
		return new RecordAccess(rs.getString("owner_office"), Clearance.valueOf(rs.getString("classification")),
				AccessScope.valueOf(rs.getString("access_scope")), Set.of(countries));
	}

	/**
	 * The standard columns' values by column name, as named parameters for an {@code INSERT} or {@code UPDATE}
	 * through {@code JdbcClient}: {@code :owner_office, :classification, :access_scope, :access_countries}.
	 */
	public Map<String, Object> columns() {
		String[] sorted = countries.toArray(String[]::new);
		Arrays.sort(sorted);
		return Map.of("owner_office", ownerOffice, "classification", classification.name(), "access_scope",
				scope.name(), "access_countries", sorted);
	}
}
