package org.polnet.engines.mrz;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Mrz} read from a text: the format, the elements, the problems that make the MRZ
 * invalid, warnings that do not, and the corrections the tolerant mode applied. Immutable and
 * thread-safe.
 */
public final class MrzResult {

    private final MrzFormat format;
    private final MrzDocument document;
    private final List<MrzProblem> problems;
    private final List<MrzProblem> warnings;
    private final List<MrzCorrection> corrections;

    MrzResult(MrzFormat format, MrzDocument document, List<MrzProblem> problems, List<MrzProblem> warnings,
              List<MrzCorrection> corrections) {
        this.format = format;
        this.document = document;
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
        this.corrections = List.copyOf(corrections);
    }

    /** The format, empty only when the number of lines is neither 2 nor 3. */
    public Optional<MrzFormat> format() {
        return Optional.ofNullable(format);
    }

    /**
     * The elements as read, empty when the text does not have the shape of an MRZ (line count
     * or line length wrong). Present but not to be trusted when there are {@link #problems()}.
     */
    public Optional<MrzDocument> document() {
        return Optional.ofNullable(document);
    }

    /** True when there are no problems: the shape, the characters, the dates and every check digit are right. */
    public boolean valid() {
        return problems.isEmpty() && document != null;
    }

    /**
     * What is wrong, in line and position order: wrong line count or length, lower-case or illegal
     * characters, a letter where a digit belongs (or the reverse), an impossible date or sex, a
     * wrong check digit. Empty exactly when {@link #valid()}.
     */
    public List<MrzProblem> problems() {
        return problems;
    }

    /**
     * Remarks that do not make the MRZ invalid: an issuing state or nationality that is not a
     * {@linkplain IcaoCodes known code}, or a tolerant-mode fix refused as ambiguous.
     */
    public List<MrzProblem> warnings() {
        return warnings;
    }

    /** The characters the tolerant mode changed before validating; always empty in strict mode. */
    public List<MrzCorrection> corrections() {
        return corrections;
    }

    /**
     * The document of a valid MRZ.
     *
     * @throws MrzException carrying {@link #problems()} when the MRZ is not valid
     */
    public MrzDocument requireValid() {
        if (!valid()) {
            throw new MrzException(problems);
        }
        return document;
    }

    @Override
    public String toString() {
        return "MrzResult[format=" + format + ", valid=" + valid() + ", document=" + document
                + ", problems=" + problems + ", warnings=" + warnings + ", corrections=" + corrections + "]";
    }
}
