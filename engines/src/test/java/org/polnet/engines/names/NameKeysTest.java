package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void keysLeaveOutTitlesAndParticlesAndGiveEveryRomanisation() {
        SearchKeys keys = NameKeys.of("Dr. Сергей Лавров");
        assertThat(keys.tokens()).containsExactly("dr", "сергей", "лавров");
        assertThat(keys.latin()).containsExactly("sergej", "sergey", "serhey", "lavrov");
        SearchKeys arabic = NameKeys.of("Abdel Fattah al-Sisi");
        assertThat(arabic.latin()).containsExactly("abdel", "fattah", "sisi");
    }

    @Test
    void spellingsOfOneNameShareAPhoneticKeyOrASkeleton() {
        assertThat(NameKeys.of("Mohammed").skeletons()).containsExactly("mt");
        assertThat(NameKeys.of("Muhammad").skeletons()).containsExactly("mt");
        assertThat(NameKeys.of("محمد").skeletons()).containsExactly("mt");
        assertThat(NameKeys.of("Scholz").phonetic()).containsAnyElementsOf(NameKeys.of("Schulze").phonetic());
    }

    @Test
    void chineseGivesOneLatinKeyPerSyllable() {
        SearchKeys keys = NameKeys.of("习近平");
        assertThat(keys.tokens()).containsExactly("习近平");
        assertThat(keys.latin()).containsExactly("xi", "jin", "ping");
    }
}
