package org.polnet.engines.mind;

/** A package or delta that is refused, with the reason as a {@link Problem} and a message an officer can read. */
public final class MindPackageException extends IllegalArgumentException {

    /** Why a package or delta was refused. */
    public enum Problem {
        /** The bytes do not start with the MIND magic: not a MIND file at all. */
        NOT_A_PACKAGE,
        /** A format version this reader does not know. */
        UNSUPPORTED_FORMAT_VERSION,
        /** A delta given where a full package was expected, or the reverse. */
        WRONG_KIND,
        /** Fewer bytes than the header announces (a cut download), or more. */
        TRUNCATED,
        /** The Ed25519 signature does not verify: the bytes were changed or signed with another key. */
        BAD_SIGNATURE,
        /** Signed but inconsistent (unsorted entries, impossible parameters). */
        MALFORMED,
        /** A delta that does not apply to the package it was given. */
        WRONG_BASE
    }

    private final Problem problem;

    MindPackageException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The reason, for programs; {@link #getMessage()} says it for people. */
    public Problem problem() {
        return problem;
    }
}
