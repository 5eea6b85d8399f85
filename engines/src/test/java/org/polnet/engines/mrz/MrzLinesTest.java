package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MrzLinesTest {

    @Test
    void splitsAtEveryKindOfLineBreakAsTheRegularExpressionDid() {
        for (String text : new String[] { "A\r\nB\nC\rD", "A\n\nB", "A\r\rB", "A\n\r\nB\n", "ONE LINE", "",
                "A\r\n\r\n", "\nA", "A\n  \n", "P<D<<X\rL2<<\r\n" }) {
            List<String> expected = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
            while (!expected.isEmpty() && expected.getLast().isBlank()) {
                expected.removeLast();
            }
            assertThat(Mrz.lines(text)).as(text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
        }
    }
}
