package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Input the engine must survive: each gives a clear exception or a defined result. */
class BadInputTest {

    private final NameMatcher matcher = new NameMatcher();

    @Test
    void aTenThousandCharacterNameIsRefusedWithAClearMessage() {
        String name = "Abcdefghij ".repeat(1_000).substring(0, 10_000);
        assertThatThrownBy(() -> matcher.compareNames(name, "Olaf Scholz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a name has at most 1000 characters; this one has 10000");
        assertThatThrownBy(() -> NameKeys.of(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameOfTooManyWordsIsRefused() {
        assertThatThrownBy(() -> matcher.compareNames("a ".repeat(41), "Olaf Scholz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a name has at most 40 words; this one has 41");
    }

    @Test
    void aNameOfOnlyPunctuationOrSpacesMatchesNothing() {
        for (String empty : new String[] {"?!.,;-()'", "    ", "", "\t\n", "- - -"}) {
            NameComparison comparison = matcher.compareNames(empty, "Olaf Scholz");
            assertThat(comparison.score()).isZero();
            assertThat(comparison.matches()).isEmpty();
            assertThat(comparison.explanation()).contains("no token in common");
            assertThat(matcher.compareNames(empty, empty).score()).isZero();
            SearchKeys keys = NameKeys.of(empty);
            assertThat(keys.tokens()).isEmpty();
            assertThat(keys.latin()).isEmpty();
            assertThat(keys.phonetic()).isEmpty();
        }
    }

    @Test
    void aTokenMixingScriptsIsTransliteratedWhole() {
        SearchKeys keys = NameKeys.of("Путинvladimir");
        assertThat(keys.tokens()).containsExactly("путинvladimir");
        assertThat(keys.latin()).containsExactly("putinvladimir");
        NameComparison comparison = matcher.compareNames("Путинvladimir", "Vladimir Putin");
        assertThat(comparison.score()).isEqualTo(1.0);
        assertThat(comparison.matches()).singleElement()
                .satisfies(match -> assertThat(match.kind()).isEqualTo(MatchKind.JOINED));
    }

    @Test
    void aScriptWithoutTransliterationStillMatchesItself() {
        // ICU has no Khmer-Latin transform: the words are compared as written
        assertThat(matcher.compareNames("ប៉ុល ពត", "ប៉ុល ពត").score()).isEqualTo(1.0);
        assertThat(matcher.compareNames("ប៉ុល ពត", "Pol Pot").score()).isZero();
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> matcher.compareNames(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> matcher.compare(PersonDescription.of("x"), null))
                .isInstanceOf(NullPointerException.class);
    }
}
