package org.polnet.engines.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.polnet.engines.mrz.Layout.CheckRule;
import org.polnet.engines.mrz.Layout.Kind;
import org.polnet.engines.mrz.Layout.Span;

/** The tolerant mode's repairs of OCR confusions, applied to the grid before validation. */
final class OcrFixes {

    private OcrFixes() {
    }

    private record Candidate(int index, char from, char to) {
    }

    /** Letters in digit-only elements become digits, digits in letter-only elements become letters. */
    static void fixByKind(char[][] grid, Layout layout, List<MrzCorrection> corrections) {
        for (Span span : layout.spans()) {
            Map<Character, Character> table = switch (span.kind()) {
                case DIGITS, CHECK_DIGIT -> MrzParameters.LETTER_READ_FOR_DIGIT;
                case LETTERS -> MrzParameters.DIGIT_READ_FOR_LETTER;
                case ALPHANUMERIC -> Map.of();
            };
            char[] line = grid[span.line() - 1];
            for (int i = span.start() - 1; i < span.start() - 1 + span.length(); i++) {
                Character fixed = table.get(line[i]);
                if (fixed != null) {
                    corrections.add(new MrzCorrection(span.line(), i + 1, span.field(), line[i], fixed));
                    line[i] = fixed;
                }
            }
        }
    }

    /**
     * In the document number and the TD3 personal number, tries every single confusable
     * substitution and applies it only when exactly one makes the check digit right.
     */
    static void fixByCheckDigit(char[][] grid, Layout layout, List<MrzCorrection> corrections, List<MrzProblem> warnings) {
        for (CheckRule rule : layout.checks()) {
            if (rule.covered().size() != 1 || layout.span(rule.covered().getFirst()).kind() != Kind.ALPHANUMERIC) {
                continue;
            }
            Span data = layout.span(rule.covered().getFirst());
            Span check = layout.span(rule.digit());
            char digit = check.read(grid).charAt(0);
            String value = data.read(grid);
            if (digit < '0' || digit > '9' || CheckDigits.computeChar(value) == digit) {
                continue;
            }
            List<Candidate> candidates = candidates(value, digit);
            if (candidates.size() == 1) {
                Candidate fix = candidates.getFirst();
                grid[data.line() - 1][data.start() - 1 + fix.index()] = fix.to();
                corrections.add(new MrzCorrection(data.line(), data.start() + fix.index(), data.field(), fix.from(), fix.to()));
            } else if (candidates.size() > 1) {
                warnings.add(new MrzProblem(check.line(), check.start(), rule.digit(), candidates.size()
                        + " different OCR corrections of the " + data.field().label()
                        + " would match its check digit; none applied"));
            }
        }
    }

    private static List<Candidate> candidates(String value, char digit) {
        List<Candidate> candidates = new ArrayList<>();
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char original = chars[i];
            for (char alternative : MrzParameters.ALPHANUMERIC_CONFUSIONS.getOrDefault(original, "").toCharArray()) {
                chars[i] = alternative;
                if (CheckDigits.computeChar(new String(chars)) == digit) {
                    candidates.add(new Candidate(i, original, alternative));
                }
            }
            chars[i] = original;
        }
        return candidates;
    }
}
