package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quality on OpenSanctions' name_bench (the Person pairs of {@code shared/data/names/name_bench_cases.csv}, MIT),
 * compared with OpenSanctions' logic-v2 matcher on the same pairs. Prints precision, recall and F1 overall, by case
 * group, and on two halves of the pairs: the threshold is chosen on the first half and checked on the second.
 * Skipped where the shared data is absent. Run: {@code ./mvnw -o -B -pl engines test -Dtest=NameBenchTest}.
 */
class NameBenchTest {

    /** OpenSanctions' logic-v2 on the 541 Person pairs of its results file (README of the shared data). */
    private static final double LOGIC_V2_F1 = 0.742;

    private record Pair(String group, String category, String name1, String name2, boolean expected, double score) {
    }

    private static final class Counts {
        int tp;
        int fp;
        int fn;
        int tn;

        void add(boolean expected, boolean predicted) {
            if (expected && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (expected) {
                fn++;
            } else {
                tn++;
            }
        }

        double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            if (tp + fp + fn == 0) {
                return Double.NaN;  // only true negatives: nothing to find, nothing wrongly found
            }
            return tp == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row() {
            return String.format(Locale.ROOT, "%d | %d | %d | %d | %d | %s | %s | %s", tp + fp + fn + tn, tp, fp, fn,
                    tn, format(precision()), format(recall()), format(f1()));
        }

        private static String format(double value) {
            return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    private static Path shared(String file) {
        return Stream.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))
                .map(root -> root.resolve("data/names").resolve(file))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
    }

    @Test
    void beatsLogicV2OnThePersonPairs() throws IOException {
        Path cases = shared("name_bench_cases.csv");
        assumeTrue(cases != null, "name_bench_cases.csv not found in ../shared/data/names: bench skipped");
        NameMatcher matcher = new NameMatcher();
        List<Pair> pairs = new ArrayList<>();
        List<List<String>> records = Csv.read(Files.readString(cases, StandardCharsets.UTF_8));
        List<String> header = records.getFirst();
        for (List<String> record : records.subList(1, records.size())) {
            if (!record.get(header.indexOf("schema")).equals("Person")) {
                continue;
            }
            String name1 = record.get(header.indexOf("name1"));
            String name2 = record.get(header.indexOf("name2"));
            pairs.add(new Pair(record.get(header.indexOf("case_group")), record.get(header.indexOf("category")),
                    name1, name2,
                    Boolean.parseBoolean(record.get(header.indexOf("is_match"))),
                    matcher.compareNames(name1, name2).score()));
        }

        // two halves by a stable hash of the pair: choose the threshold on the first, check it on the second
        List<Pair> tuning = pairs.stream().filter(pair -> half(pair) == 0).toList();
        List<Pair> heldOut = pairs.stream().filter(pair -> half(pair) == 1).toList();
        double best = 0.5;
        for (int step = 50; step <= 90; step++) {
            if (counts(tuning, step / 100.0).f1() > counts(tuning, best).f1()) {  // first best on ties
                best = step / 100.0;
            }
        }
        double threshold = NameMatcher.MATCH_THRESHOLD;
        Counts all = counts(pairs, threshold);

        StringBuilder report = new StringBuilder("\nname_bench Person pairs, threshold ")
                .append(threshold).append('\n')
                .append("| pairs | n | TP | FP | FN | TN | precision | recall | F1 |\n");
        report.append("| all | ").append(all.row()).append(" |\n");
        report.append("| tuning half | ").append(counts(tuning, threshold).row()).append(" |\n");
        report.append("| held-out half | ").append(counts(heldOut, threshold).row()).append(" |\n");
        report.append(String.format(Locale.ROOT, "best threshold on the tuning half: %.2f (F1 %.3f there, %.3f on "
                + "the held-out half)%n", best, counts(tuning, best).f1(), counts(heldOut, best).f1()));

        Map<String, List<Pair>> groups = new TreeMap<>();
        pairs.forEach(pair -> groups.computeIfAbsent(pair.group(), g -> new ArrayList<>()).add(pair));
        Map<String, Counts> logicV2 = logicV2ByGroup();
        report.append("| case group | n | TP | FP | FN | TN | precision | recall | F1 | logic-v2 F1 |\n");
        groups.forEach((group, members) -> report.append("| ").append(group).append(" | ")
                .append(counts(members, threshold).row()).append(" | ")
                .append(logicV2.containsKey(group) ? String.format(Locale.ROOT, "%.3f", logicV2.get(group).f1())
                        : "–").append(" |\n"));
        // by the file's category column; categories of one or two pairs together
        Map<String, List<Pair>> categories = new TreeMap<>();
        Map<String, Long> sizes = new HashMap<>();
        pairs.forEach(pair -> sizes.merge(pair.category(), 1L, Long::sum));
        pairs.forEach(pair -> categories.computeIfAbsent(pair.category().isEmpty() ? "(none)"
                : sizes.get(pair.category()) < 3 ? "(categories of 1-2 pairs)" : pair.category(),
                c -> new ArrayList<>()).add(pair));
        report.append("| category | n | TP | FP | FN | TN | precision | recall | F1 |\n");
        categories.forEach((category, members) -> report.append("| ").append(category).append(" | ")
                .append(counts(members, threshold).row()).append(" |\n"));
        if (logicV2.containsKey("")) {
            Counts theirs = logicV2.get("");
            Counts ours = counts(onLogicV2Pairs(pairs), threshold);
            report.append("| the pairs logic-v2 scored, found in the cases | ").append(ours.row()).append(" |\n");
            report.append("| logic-v2 on its Person pairs | ").append(theirs.row()).append(" |\n");
        }
        System.out.println(report);

        assertThat(all.f1()).as("F1 on all Person pairs").isGreaterThan(LOGIC_V2_F1).isGreaterThanOrEqualTo(0.85);
        assertThat(counts(heldOut, threshold).f1()).as("F1 on the held-out half").isGreaterThan(LOGIC_V2_F1);
    }

    private static int half(Pair pair) {
        return Math.floorMod((pair.name1() + "|" + pair.name2()).hashCode(), 2);
    }

    private static Counts counts(List<Pair> pairs, double threshold) {
        Counts counts = new Counts();
        pairs.forEach(pair -> counts.add(pair.expected(), pair.score() >= threshold));
        return counts;
    }

    /** Our pairs that logic-v2's results file also holds (same names and label; its file lacks a few). */
    private static List<Pair> onLogicV2Pairs(List<Pair> pairs) throws IOException {
        Path results = shared("name_bench_logicv2_results.csv");
        List<List<String>> records = Csv.read(Files.readString(results, StandardCharsets.UTF_8));
        List<String> header = records.getFirst();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (List<String> record : records.subList(1, records.size())) {
            keys.add(record.get(header.indexOf("name1")) + "|" + record.get(header.indexOf("name2")) + "|"
                    + Boolean.parseBoolean(record.get(header.indexOf("is_match"))));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        return pairs.stream()
                .filter(pair -> {
                    String key = pair.name1() + "|" + pair.name2() + "|" + pair.expected();
                    return keys.contains(key) && seen.add(key);
                })
                .toList();
    }

    /** logic-v2's outcomes per case group (key "" for all), from the results file beside the cases. */
    private static Map<String, Counts> logicV2ByGroup() throws IOException {
        Path results = shared("name_bench_logicv2_results.csv");
        Map<String, Counts> byGroup = new HashMap<>();
        if (results == null) {
            return byGroup;
        }
        List<List<String>> records = Csv.read(Files.readString(results, StandardCharsets.UTF_8));
        List<String> header = records.getFirst();
        for (List<String> record : records.subList(1, records.size())) {
            if (!record.get(header.indexOf("schema")).equals("Person")) {
                continue;
            }
            boolean expected = Boolean.parseBoolean(record.get(header.indexOf("is_match")));
            boolean predicted = Boolean.parseBoolean(record.get(header.indexOf("predicted_match")));
            byGroup.computeIfAbsent(record.get(header.indexOf("case_group")), g -> new Counts())
                    .add(expected, predicted);
            byGroup.computeIfAbsent("", g -> new Counts()).add(expected, predicted);
        }
        return byGroup;
    }
}
