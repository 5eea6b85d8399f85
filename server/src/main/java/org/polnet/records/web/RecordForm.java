package org.polnet.records.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.RecordDraft;

/**
 * A database's report and amendment form as typed (a record of its fields, every one nullable), re-shown with its
 * values when refused. Besides its own fields it carries who may see the record and its review date, which the
 * shared access fields fill ({@code fragments/access-fields.html}).
 *
 * @param <D> the draft it becomes
 */
public interface RecordForm<D extends RecordDraft> {

	/** The draft the service checks; blank fields become empty texts or the defaults. */
	D draft();

	@Nullable Clearance classification();

	@Nullable AccessScope scope();

	/** The countries as typed, separated by commas, semicolons or spaces. */
	@Nullable String countries();

	@Nullable LocalDate reviewAt();

	/** The classification typed, or the usual one. */
	default Clearance classificationOrDefault() {
		return classification() == null ? Clearance.FOR_OFFICIAL_USE_ONLY : classification();
	}

	default AccessScope scopeOrDefault() {
		return scope() == null ? AccessScope.ALL_MEMBERS : scope();
	}

	/** The countries typed, upper-cased, as a set. */
	default Set<String> countrySet() {
		return countrySet(countries());
	}

	/** The countries of a record, as the form shows them: {@code BRA, KEN}. */
	static String countriesText(Set<String> countries) {
		return String.join(", ", countries.stream().sorted().toList());
	}

	/** A text field as typed, stripped; empty when absent. */
	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static Set<String> countrySet(@Nullable String typed) {
		return codes(typed).stream().map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
	}

	/** Codes typed in one field, separated by commas, semicolons or spaces: {@code "FRA, KEN"}, {@code "en fr"}. */
	static Set<String> codes(@Nullable String typed) {
		return Arrays.stream(Separators.COUNTRIES.split(text(typed)))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toSet());
	}

	/** Compiled once. */
	final class Separators {

		static final Pattern COUNTRIES = Pattern.compile("[,;\\s]+");

		private Separators() {
		}
	}
}
