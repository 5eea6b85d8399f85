package org.polnet.engines.names;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: scores every pair of names of a CSV file.
 *
 * <pre>
 * ScorePairs pairs.csv [--schema Person] [--threshold 0.70]
 * </pre>
 *
 * <p>The file has a header naming at least {@code name1} and {@code name2}; with {@code is_match} (true/false)
 * each pair is also judged (TP, FP, FN, TN) and precision, recall and F1 are printed at the end; with
 * {@code schema}, {@code --schema} keeps only the rows of that schema (e.g. Person). Writes a CSV to standard
 * output: {@code name1,name2,score,match[,is_match,outcome],explanation}.
 */
public final class ScorePairs {

    private ScorePairs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: ScorePairs pairs.csv [--schema Person] [--threshold 0.70]");
            System.exit(2);
        }
        String schema = null;
        double threshold = NameMatcher.MATCH_THRESHOLD;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--schema" -> schema = args[i + 1];
                case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int[] counts = score(text, schema, threshold, System.out);
        if (counts != null) {
            System.err.println(summary(counts));
        }
    }

    /**
     * Scores the pairs of a CSV text, writing one line per pair.
     *
     * @return TP, FP, FN, TN when the file has {@code is_match}, else null
     */
    static int[] score(String csv, String schema, double threshold, PrintStream out) {
        List<List<String>> records = Csv.read(csv);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("empty file");
        }
        List<String> header = records.getFirst();
        int name1 = header.indexOf("name1");
        int name2 = header.indexOf("name2");
        int expected = header.indexOf("is_match");
        int schemaColumn = header.indexOf("schema");
        if (name1 < 0 || name2 < 0) {
            throw new IllegalArgumentException("the header must name the columns name1 and name2");
        }
        NameMatcher matcher = new NameMatcher();
        int[] counts = new int[4];
        out.println("name1,name2,score,match" + (expected >= 0 ? ",is_match,outcome" : "") + ",explanation");
        for (List<String> record : records.subList(1, records.size())) {
            if (schema != null && schemaColumn >= 0 && !schema.equals(record.get(schemaColumn))) {
                continue;
            }
            PersonMatch result = matcher.compare(PersonDescription.of(record.get(name1)),
                    PersonDescription.of(record.get(name2)));
            boolean match = result.score() >= threshold;
            StringBuilder line = new StringBuilder().append(Csv.quote(record.get(name1))).append(',')
                    .append(Csv.quote(record.get(name2))).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", result.score())).append(',').append(match);
            if (expected >= 0) {
                boolean truth = Boolean.parseBoolean(record.get(expected).trim());
                int outcome = truth ? (match ? 0 : 2) : (match ? 1 : 3);
                counts[outcome]++;
                line.append(',').append(truth).append(',').append(List.of("TP", "FP", "FN", "TN").get(outcome));
            }
            line.append(',').append(Csv.quote(String.join("; ", result.explanation())));
            out.println(line);
        }
        return expected >= 0 ? counts : null;
    }

    /** "TP 200 FP 30 FN 40 TN 270 precision 0.870 recall 0.833 F1 0.851". */
    static String summary(int[] counts) {
        double precision = counts[0] + counts[1] == 0 ? 0 : (double) counts[0] / (counts[0] + counts[1]);
        double recall = counts[0] + counts[2] == 0 ? 0 : (double) counts[0] / (counts[0] + counts[2]);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format(Locale.ROOT, "TP %d FP %d FN %d TN %d precision %.3f recall %.3f F1 %.3f",
                counts[0], counts[1], counts[2], counts[3], precision, recall, f1);
    }
}
