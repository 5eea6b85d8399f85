package org.polnet.engines.mrz;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date element of an MRZ: the six characters as written ({@code YYMMDD}) and the calendar date
 * they mean.
 *
 * <p>The century is not written in an MRZ; the parser chooses it relative to "today" (see
 * {@link Mrz}): a date of birth is the latest such date not after today (so at most 99 years
 * ago), a date of expiry lies at most {@value MrzParameters#EXPIRY_YEARS_AHEAD} years after
 * today's year and less than {@value MrzParameters#EXPIRY_YEARS_AHEAD} years before it.
 *
 * @param raw  the six characters as written, e.g. "740812"; a date of birth may contain
 *             {@code <} for an unknown day or month
 * @param date the date, or {@code null} when {@code raw} is not a complete valid date (unknown
 *             parts, or an invalid date, which a parse reports as a problem)
 */
public record MrzDate(String raw, LocalDate date) {

    public MrzDate {
        Objects.requireNonNull(raw, "raw");
        if (raw.length() != 6) {
            throw new IllegalArgumentException("an MRZ date has 6 characters: " + raw);
        }
    }

    /** The MRZ form of a date: its {@code YYMMDD} characters and the date itself. */
    public static MrzDate of(LocalDate date) {
        String raw = String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
        return new MrzDate(raw, date);
    }

    /** The date, empty when the raw characters are not a complete valid date. */
    public Optional<LocalDate> value() {
        return Optional.ofNullable(date);
    }
}
