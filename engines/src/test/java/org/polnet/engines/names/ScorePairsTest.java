package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorePairsTest {

    private static String sample() throws IOException {
        try (InputStream in = ScorePairsTest.class.getResourceAsStream("name_bench_sample.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void scoresEveryPairOfASchemaAndCountsOutcomes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] counts = ScorePairs.score(sample(), "Person", NameMatcher.MATCH_THRESHOLD,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // Barry is not listed as a nickname of Barack: the one miss
        assertThat(counts).containsExactly(4, 0, 1, 3);
        assertThat(ScorePairs.summary(counts))
                .isEqualTo("TP 4 FP 0 FN 1 TN 3 precision 1.000 recall 0.800 F1 0.889");
        List<List<String>> output = Csv.read(bytes.toString(StandardCharsets.UTF_8));
        assertThat(output.getFirst())
                .containsExactly("name1", "name2", "score", "match", "is_match", "outcome", "explanation");
        assertThat(output).hasSize(9);
        assertThat(output.get(3)).startsWith("\"AL BEN ALI, Isa Ben Tarif\"".replace("\"", ""),
                "Shaikh Isa Bin Tarif Al Bin Ali", "1.0000", "true", "true", "TP");
        assertThat(output.get(2).get(6)).isEqualTo("scholz = scholz (exact 1.00); different names: octavian / olaf");
    }

    @Test
    void withoutLabelsItOnlyScores() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] counts = ScorePairs.score("name2,name1\nSmith John,John Smith\n", null, 0.7,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(counts).isNull();
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("name1,name2,score,match,explanation",
                        "John Smith,Smith John,1.0000,true,john = john (exact 1.00); smith = smith (exact 1.00)");
    }

    @Test
    void refusesAFileWithoutNameColumns() {
        assertThatThrownBy(() -> ScorePairs.score("a,b\n1,2\n", null, 0.7, System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name1 and name2");
    }
}
