package org.polnet.engines.names;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a record or a query says about a person: one or more names (aliases, spellings, scripts), and optionally
 * a date of birth, sex and nationalities. Immutable; build with {@link #of(String...)} and the {@code with}
 * methods.
 *
 * @param names         at least one name, in any script and order ("Putin, Vladimir", "Владимир Путин")
 * @param birthDate     full or partial date of birth
 * @param sex           {@link Sex#UNKNOWN} when not stated
 * @param nationalities country codes as given (ISO 3166-1 alpha-2 or alpha-3: compare like with like), upper case
 */
public record PersonDescription(List<String> names, Optional<BirthDate> birthDate, Sex sex,
                                Set<String> nationalities) {

    public PersonDescription {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a person description needs at least one name");
        }
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        TreeSet<String> codes = new TreeSet<>();
        nationalities.forEach(code -> codes.add(code.trim().toUpperCase(Locale.ROOT)));
        nationalities = Set.copyOf(codes);
    }

    public static PersonDescription of(String... names) {
        return new PersonDescription(List.of(names), Optional.empty(), Sex.UNKNOWN, Set.of());
    }

    public PersonDescription withBirthDate(BirthDate date) {
        return new PersonDescription(names, Optional.of(date), sex, nationalities);
    }

    public PersonDescription withSex(Sex newSex) {
        return new PersonDescription(names, birthDate, newSex, nationalities);
    }

    public PersonDescription withNationalities(String... codes) {
        return new PersonDescription(names, birthDate, sex, Set.of(codes));
    }
}
