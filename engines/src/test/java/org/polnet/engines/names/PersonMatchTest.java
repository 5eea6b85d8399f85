package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonMatchTest {

    private final NameMatcher matcher = new NameMatcher();

    @Test
    void theBestPairOfNamesCounts() {
        PersonDescription record = PersonDescription.of("Usama bin Ladin", "أسامة بن لادن");
        PersonMatch match = matcher.compare(PersonDescription.of("Osama bin Laden"), record);
        assertThat(match.match()).isTrue();
        assertThat(match.names().right()).isEqualTo("Usama bin Ladin");
        assertThat(match.attributes()).isEmpty();
    }

    @Test
    void aSameFullDateOfBirthRaisesTheScore() {
        PersonDescription left = PersonDescription.of("Olaf Schulze").withBirthDate(BirthDate.parse("1958-06-14"));
        PersonDescription right = PersonDescription.of("Olaf Scholz").withBirthDate(BirthDate.of(
                LocalDate.of(1958, 6, 14)));
        PersonMatch match = matcher.compare(left, right);
        double nameScore = match.names().score();
        assertThat(match.score()).isEqualTo(Math.min(1, nameScore + 0.10));
        assertThat(match.attributes()).singleElement().satisfies(attribute -> {
            assertThat(attribute.attribute()).isEqualTo(AttributeComparison.Attribute.BIRTH_DATE);
            assertThat(attribute.agreement()).isEqualTo(AttributeComparison.Agreement.AGREE);
        });
    }

    @Test
    void aPartialDateOfBirthAgreesPartly() {
        PersonMatch match = matcher.compare(
                PersonDescription.of("Olaf Schulze").withBirthDate(BirthDate.year(1958)),
                PersonDescription.of("Olaf Scholz").withBirthDate(BirthDate.parse("1958-06-14")));
        assertThat(match.attributes().getFirst().agreement())
                .isEqualTo(AttributeComparison.Agreement.PARTLY_AGREE);
        assertThat(match.score()).isEqualTo(match.names().score() + 0.05);
    }

    @Test
    void differentDatesOfBirthTurnAMatchingNameIntoNoMatch() {
        PersonMatch match = matcher.compare(
                PersonDescription.of("Olaf Scholz").withBirthDate(BirthDate.parse("1958-06")),
                PersonDescription.of("Olaf Scholz").withBirthDate(BirthDate.parse("1958-07-14")));
        assertThat(match.names().score()).isEqualTo(1.0);
        assertThat(match.attributes().getFirst().agreement()).isEqualTo(AttributeComparison.Agreement.DISAGREE);
        assertThat(match.score()).isEqualTo(0.70);
        PersonMatch years = matcher.compare(
                PersonDescription.of("Olaf Schulze").withBirthDate(BirthDate.year(1958)),
                PersonDescription.of("Olaf Scholz").withBirthDate(BirthDate.year(1960)));
        assertThat(years.match()).isFalse();
    }

    @Test
    void sexAndNationalityCountWhenBothSidesStateThem() {
        PersonDescription left = PersonDescription.of("Angela Merkel").withSex(Sex.FEMALE).withNationalities("deu");
        PersonMatch same = matcher.compare(left,
                PersonDescription.of("Angela Merkel").withSex(Sex.FEMALE).withNationalities("DEU", "POL"));
        assertThat(same.attributes()).extracting(AttributeComparison::agreement)
                .containsExactly(AttributeComparison.Agreement.AGREE, AttributeComparison.Agreement.AGREE);
        assertThat(same.score()).isEqualTo(1.0);

        PersonMatch different = matcher.compare(left,
                PersonDescription.of("Angela Merkel").withSex(Sex.MALE).withNationalities("FRA"));
        assertThat(different.attributes()).extracting(AttributeComparison::agreement)
                .containsExactly(AttributeComparison.Agreement.DISAGREE, AttributeComparison.Agreement.DISAGREE);
        assertThat(different.score()).isEqualTo(1.0 - 0.25 - 0.05);
        assertThat(different.explanation()).contains("sex disagrees: FEMALE / MALE (-0.25)",
                "nationality disagrees: DEU / FRA (-0.05)");

        PersonMatch unstated = matcher.compare(left, PersonDescription.of("Angela Merkel"));
        assertThat(unstated.attributes()).isEmpty();
    }

    @Test
    void descriptionsAreImmutableValues() {
        List<String> names = new java.util.ArrayList<>(List.of("A B"));
        PersonDescription description = new PersonDescription(names, java.util.Optional.empty(), Sex.UNKNOWN,
                Set.of("fra "));
        names.add("C D");
        assertThat(description.names()).containsExactly("A B");
        assertThat(description.nationalities()).containsExactly("FRA");
        assertThatThrownBy(() -> PersonDescription.of()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthDatesAreFullOrPartialAndValid() {
        assertThat(BirthDate.parse("1970").toString()).isEqualTo("1970");
        assertThat(BirthDate.parse("1970-05").toString()).isEqualTo("1970-05");
        assertThat(BirthDate.parse("1970-05-17").full()).isTrue();
        assertThatThrownBy(() -> BirthDate.parse("1970-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BirthDate.parse("May 1970")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BirthDate(1970, 0, 12)).isInstanceOf(IllegalArgumentException.class);
    }
}
