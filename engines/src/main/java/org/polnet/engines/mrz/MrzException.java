package org.polnet.engines.mrz;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link MrzResult#requireValid()} when an MRZ has problems; carries them all. */
public final class MrzException extends IllegalArgumentException {

    private final transient List<MrzProblem> problems;

    MrzException(List<MrzProblem> problems) {
        super("invalid MRZ: " + problems.stream().map(MrzProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems found, in line and position order; never empty. */
    public List<MrzProblem> problems() {
        return problems;
    }
}
