package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void aNumberAlreadyInItsComparedFormIsKeptAsItIs() {
        String number = "12AB34567";
        assertThat(DocumentNumbers.normalise(number)).isSameAs(number);
    }

    @Test
    void spacesDashesFillersAndCaseAreIgnoredWhateverTheirScript() {
        assertThat(DocumentNumbers.normalise("12 ab-345<67")).isEqualTo("12AB34567");
        assertThat(DocumentNumbers.normalise("\t12\u00a0AB\u2013345\u221267\n")).isEqualTo("12AB34567");
        assertThat(DocumentNumbers.normalise("x-1")).isEqualTo("X1");
        assertThat(DocumentNumbers.normalise("")).isEmpty();
    }

    @Test
    void otherCharactersAreKeptUpperCased() {
        assertThat(DocumentNumbers.normalise("ab/12")).isEqualTo("AB/12");
        assertThat(DocumentNumbers.normalise("\u00e9t\u00e912")).isEqualTo("\u00c9T\u00c912");
    }
}
