package org.polnet.engines.names;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date of birth, full or partial: a year, a year and month, or a full date (records often know only the year).
 *
 * @param year  the year (1 to 9999)
 * @param month 1-12, or 0 when unknown
 * @param day   1-31, or 0 when unknown (always 0 when the month is unknown)
 */
public record BirthDate(int year, int month, int day) {

    public BirthDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("month out of range or day without month: " + month + ", " + day);
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day, e);
            }
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static BirthDate of(YearMonth yearMonth) {
        return new BirthDate(yearMonth.getYear(), yearMonth.getMonthValue(), 0);
    }

    public static BirthDate year(int year) {
        return new BirthDate(year, 0, 0);
    }

    /**
     * Reads {@code 1970}, {@code 1970-05} or {@code 1970-05-17} (ISO 8601).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BirthDate parse(String text) {
        String[] parts = Objects.requireNonNull(text, "text").trim().split("-", -1);
        try {
            return switch (parts.length) {
                case 1 -> year(Integer.parseInt(parts[0]));
                case 2 -> new BirthDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0);
                case 3 -> new BirthDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not a date of birth: " + text);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a date of birth: " + text, e);
        }
    }

    /** Whether month and day are known. */
    public boolean full() {
        return day != 0;
    }

    @Override
    public String toString() {
        return month == 0 ? String.format("%04d", year)
                : day == 0 ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }
}
