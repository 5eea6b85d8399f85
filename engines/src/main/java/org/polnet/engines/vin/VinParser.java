package org.polnet.engines.vin;

import static org.polnet.engines.vin.Parameters.CHECK_DIGIT_POSITION;
import static org.polnet.engines.vin.Parameters.EXCLUDED_LETTERS;
import static org.polnet.engines.vin.Parameters.LENGTH;
import static org.polnet.engines.vin.Parameters.MODEL_YEAR_POSITION;
import static org.polnet.engines.vin.Parameters.NORTH_AMERICAN_ZONE;
import static org.polnet.engines.vin.Parameters.POSITION_7_RULE_POSITION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The steps of {@link Vins#parse(String)}, each a small static function. */
final class VinParser {

    private VinParser() {
    }

    static VinResult parse(String input) {
        String vin = normalise(input);
        var problems = new ArrayList<VinProblem>();
        problems.addAll(characterProblems(vin));
        problems.addAll(lengthProblems(vin));
        boolean northAmerican = !vin.isEmpty() && NORTH_AMERICAN_ZONE.indexOf(vin.charAt(0)) >= 0;
        boolean wellFormed = problems.isEmpty();

        CheckDigit checkDigit = wellFormed ? checkDigit(vin, northAmerican) : CheckDigit.NOT_CHECKED;
        if (checkDigit == CheckDigit.INVALID && northAmerican) {
            problems.add(checkDigitProblem(vin));
        }
        List<Integer> modelYears = List.of();
        OptionalInt lightVehicleYear = OptionalInt.empty();
        if (vin.length() == LENGTH) {
            char yearCode = at(vin, MODEL_YEAR_POSITION);
            if (wellFormed && northAmerican && !ModelYears.isCode(yearCode)) {
                problems.add(problem(MODEL_YEAR_POSITION, quote(yearCode)
                        + " is not a model year code (U, Z and 0 are never used for the model year)"));
            }
            modelYears = ModelYears.candidates(yearCode);
            if (northAmerican) {
                lightVehicleYear = ModelYears.byPosition7(yearCode, at(vin, POSITION_7_RULE_POSITION));
            }
        }

        problems.sort(Comparator.comparingInt(VinProblem::position));
        return new VinResult(vin, problems, checkDigit, country(vin), region(vin), modelYears, lightVehicleYear);
    }

    /**
     * Upper-cases and drops whitespace and dashes, so that typed or grouped VINs read as printed. A character
     * outside the Basic Multilingual Plane becomes U+FFFD, so that one character is one position.
     */
    static String normalise(String input) {
        var vin = new StringBuilder(LENGTH);
        input.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.DASH_PUNCTUATION)
                .map(Character::toUpperCase)
                .map(c -> Character.isBmpCodePoint(c) ? c : 0xFFFD)
                .forEach(vin::appendCodePoint);
        return vin.toString();
    }

    static List<VinProblem> characterProblems(String vin) {
        var problems = new ArrayList<VinProblem>();
        for (int i = 0; i < vin.length(); i++) {
            char c = vin.charAt(i);
            if (EXCLUDED_LETTERS.indexOf(c) >= 0) {
                problems.add(problem(i + 1, quote(c) + " is not allowed in a VIN (I, O and Q are excluded)"));
            } else if (!VinAlphabet.isAllowed(c)) {
                problems.add(problem(i + 1, quote(c)
                        + " is not allowed in a VIN (only digits and capital letters other than I, O and Q)"));
            }
        }
        return problems;
    }

    static List<VinProblem> lengthProblems(String vin) {
        if (vin.length() < LENGTH) {
            return List.of(problem(vin.length() + 1,
                    "missing: a VIN has " + LENGTH + " characters, this one has " + vin.length()));
        } else if (vin.length() > LENGTH) {
            return List.of(problem(LENGTH + 1,
                    "one too many: a VIN has " + LENGTH + " characters, this one has " + vin.length()));
        }
        return List.of();
    }

    /** For 17 allowed characters. */
    static CheckDigit checkDigit(String vin, boolean northAmerican) {
        char found = at(vin, CHECK_DIGIT_POSITION);
        if (found == VinAlphabet.checkDigit(vin)) {
            return CheckDigit.VALID;
        }
        return northAmerican || VinAlphabet.canBeCheckDigit(found) ? CheckDigit.INVALID : CheckDigit.NOT_USED;
    }

    private static VinProblem checkDigitProblem(String vin) {
        return problem(CHECK_DIGIT_POSITION, "the check digit is " + quote(at(vin, CHECK_DIGIT_POSITION))
                + " but the other characters give " + quote(VinAlphabet.checkDigit(vin))
                + " (North American VINs must carry a valid check digit): a character is wrong somewhere");
    }

    private static Optional<String> country(String vin) {
        return vin.length() < 2 ? Optional.empty() : WmiCountries.country(vin.charAt(0), vin.charAt(1));
    }

    private static Region region(String vin) {
        return vin.isEmpty() ? Region.UNKNOWN : WmiCountries.region(vin.charAt(0));
    }

    private static char at(String vin, int position) {
        return vin.charAt(position - 1);
    }

    private static VinProblem problem(int position, String message) {
        return new VinProblem(position, "position " + position + ": " + message);
    }

    /** The character in quotes, or its code point where it would not print. */
    private static String quote(char c) {
        return Character.isISOControl(c) || !Character.isDefined(c) || c == 0xFFFD
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }
}
