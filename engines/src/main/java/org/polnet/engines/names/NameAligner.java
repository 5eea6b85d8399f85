package org.polnet.engines.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns the tokens of two names, in any order, and scores the alignment. Steps, each on the tokens still
 * unmatched: (1) pairs of tokens, most similar first ({@link TokenSimilarity}); (2) words joined on one side and
 * split on the other; (3) initials; then repeated words and unmatched particles are set aside, and what is left
 * is either present on one side only (omitted) or on both (different names).
 */
final class NameAligner {

    private record Candidate(List<Token> left, List<Token> right, MatchKind kind, double similarity) {
    }

    private final List<Token> left;
    private final List<Token> right;
    private final boolean sameScript;
    private final boolean[] usedLeft;
    private final boolean[] usedRight;
    private final List<Candidate> pairs = new ArrayList<>();

    private NameAligner(List<Token> left, List<Token> right, boolean sameScript) {
        this.left = left;
        this.right = right;
        this.sameScript = sameScript;
        this.usedLeft = new boolean[left.size()];
        this.usedRight = new boolean[right.size()];
    }

    static NameComparison compare(AnalysedName a, AnalysedName b) {
        int script = a.singleNonLatinScript();
        boolean sameScript = script != UScript.INVALID_CODE && script == b.singleNonLatinScript();
        NameAligner aligner = sameScript
                ? new NameAligner(a.words(), b.words(), true)
                : new NameAligner(a.tokens(), b.tokens(), false);
        aligner.pairTokens();
        if (!sameScript) {
            aligner.joinWords();
            aligner.matchInitials();
        }
        return aligner.result(a, b);
    }

    private void pairTokens() {
        List<Candidate> candidates = new ArrayList<>();
        for (Token l : left) {
            if (!scored(l)) {
                continue;
            }
            for (Token r : right) {
                if (!scored(r)) {
                    continue;
                }
                TokenSimilarity.Scored scored = sameScript ? TokenSimilarity.sameScript(l, r)
                        : l.initial() || r.initial() ? null : TokenSimilarity.latin(l, r);
                if (scored != null) {
                    candidates.add(new Candidate(List.of(l), List.of(r), scored.kind(), scored.similarity()));
                }
            }
        }
        if (!sameScript) {
            // joined words compete with single tokens: VladimirPutin is Vladimir Putin, not a misspelt Vladimir
            for (Token l : left) {
                if (l.role() != Token.Role.PARTICLE) {
                    addIfFound(candidates, bestRun(l, right, usedRight, false));
                }
            }
            for (Token r : right) {
                if (r.role() != Token.Role.PARTICLE) {
                    addIfFound(candidates, bestRun(r, left, usedLeft, true));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> Math.abs(c.left().getFirst().position() - c.right().getFirst().position())));
        candidates.forEach(this::takeIfFree);
    }

    private static void addIfFound(List<Candidate> candidates, Candidate candidate) {
        if (candidate != null) {
            candidates.add(candidate);
        }
    }

    /** AlisherUsmanov and Alisher Usmanov, Patr ushev and Patrushev, Abd al and Abdul, Jin ping and Jinping. */
    private void joinWords() {
        boolean found = true;
        while (found) {
            Candidate best = null;
            for (Token l : left) {
                if (!usedLeft[l.position()] && l.role() != Token.Role.PARTICLE) {
                    best = better(best, bestRun(l, right, usedRight, false));
                }
            }
            for (Token r : right) {
                if (!usedRight[r.position()] && r.role() != Token.Role.PARTICLE) {
                    best = better(best, bestRun(r, left, usedLeft, true));
                }
            }
            found = best != null;
            if (found) {
                takeIfFree(best);
            }
        }
    }

    private Candidate bestRun(Token single, List<Token> others, boolean[] used, boolean singleOnRight) {
        Candidate best = null;
        for (int start = 0; start < others.size(); start++) {
            StringBuilder joined = new StringBuilder();
            List<Token> run = new ArrayList<>();
            for (int end = start; end < others.size() && run.size() < Parameters.MAX_JOINED; end++) {
                if (used[end]) {
                    break;
                }
                run.add(others.get(end));
                joined.append(others.get(end).latin());
                if (run.size() < 2 || run.stream().allMatch(t -> t.role() == Token.Role.PARTICLE)) {
                    continue;
                }
                if (TokenText.editSimilarityBound(joined.toString(), single.latin()) < Parameters.JOIN_FLOOR) {
                    if (joined.length() > single.latin().length()) {
                        break;  // longer runs only get further
                    }
                    continue;
                }
                double similarity = TokenText.editSimilarity(joined.toString(), single.latin());
                if (run.size() == 2) {
                    // order does not matter for two joined words either: PutinVladimir
                    similarity = Math.max(similarity, TokenText.editSimilarity(
                            run.get(1).latin() + run.get(0).latin(), single.latin()));
                }
                if (similarity >= Parameters.JOIN_FLOOR && (best == null || similarity > best.similarity())) {
                    best = singleOnRight
                            ? new Candidate(List.copyOf(run), List.of(single), MatchKind.JOINED, similarity)
                            : new Candidate(List.of(single), List.copyOf(run), MatchKind.JOINED, similarity);
                }
            }
        }
        return best;
    }

    /** J and Joachim; JC and Jean Claude; an initial never matches a particle. */
    private void matchInitials() {
        for (Token l : left) {
            if (!usedLeft[l.position()] && scored(l)) {
                matchInitial(l, right, usedRight, false);
            }
        }
        for (Token r : right) {
            if (!usedRight[r.position()] && scored(r)) {
                matchInitial(r, left, usedLeft, true);
            }
        }
    }

    private void matchInitial(Token token, List<Token> others, boolean[] used, boolean tokenOnRight) {
        String letters = initials(token);
        if (letters == null) {
            return;
        }
        Candidate best = null;
        for (int start = 0; start + letters.length() <= others.size(); start++) {
            List<Token> run = new ArrayList<>();
            for (int k = 0; k < letters.length(); k++) {
                Token other = others.get(start + k);
                if (used[start + k] || !scored(other) || other.latin().charAt(0) != letters.charAt(k)) {
                    run = null;
                    break;
                }
                run.add(other);
            }
            if (run == null) {
                continue;
            }
            boolean same = run.size() == 1 && run.getFirst().latin().equals(token.latin());
            Candidate candidate = tokenOnRight
                    ? new Candidate(run, List.of(token), same ? MatchKind.EXACT : MatchKind.INITIAL,
                            same ? 1.0 : Parameters.INITIAL_SIMILARITY)
                    : new Candidate(List.of(token), run, same ? MatchKind.EXACT : MatchKind.INITIAL,
                            same ? 1.0 : Parameters.INITIAL_SIMILARITY);
            int distance = Math.abs(start - token.position());
            if (best == null || candidate.similarity() > best.similarity()
                    || (candidate.similarity() == best.similarity() && distance < Math.abs(
                            (tokenOnRight ? best.left() : best.right()).getFirst().position() - token.position()))) {
                best = candidate;
            }
        }
        if (best != null) {
            takeIfFree(best);
        }
    }

    /** The letters a token abbreviates: one letter, or two or three consonants written together (JC). */
    private static String initials(Token token) {
        String latin = token.latin();
        if (token.initial()) {
            return latin;
        }
        if (latin.length() <= 3 && latin.chars().allMatch(c -> c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0)) {
            return latin;
        }
        return null;
    }

    private static Candidate better(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.similarity() > a.similarity() ? b : a;
    }

    private boolean scored(Token token) {
        return token.role() != Token.Role.PARTICLE;
    }

    private void takeIfFree(Candidate candidate) {
        for (Token token : candidate.left()) {
            if (usedLeft[token.position()]) {
                return;
            }
        }
        for (Token token : candidate.right()) {
            if (usedRight[token.position()]) {
                return;
            }
        }
        candidate.left().forEach(token -> usedLeft[token.position()] = true);
        candidate.right().forEach(token -> usedRight[token.position()] = true);
        pairs.add(candidate);
    }

    private NameComparison result(AnalysedName a, AnalysedName b) {
        List<String> ignored = new ArrayList<>(a.honorifics());
        ignored.addAll(b.honorifics());
        Unmatched unmatchedLeft = unmatched(left, usedLeft, ignored);
        Unmatched unmatchedRight = unmatched(right, usedRight, ignored);
        // a repeated word (Sergey Sergey Shoigu) is set aside, unless the other name has a word of its own there
        List<String> onlyLeft = new ArrayList<>(unmatchedLeft.counted());
        List<String> onlyRight = new ArrayList<>(unmatchedRight.counted());
        double weightLeft = unmatchedLeft.weight();
        double weightRight = unmatchedRight.weight();
        if (!unmatchedRight.counted().isEmpty()) {
            onlyLeft.addAll(unmatchedLeft.repeated());
            weightLeft += unmatchedLeft.repeated().size();
        } else {
            ignored.addAll(unmatchedLeft.repeated());
        }
        if (!unmatchedLeft.counted().isEmpty()) {
            onlyRight.addAll(unmatchedRight.repeated());
            weightRight += unmatchedRight.repeated().size();
        } else {
            ignored.addAll(unmatchedRight.repeated());
        }

        boolean patronymsLeft = left.stream().anyMatch(t -> t.role() == Token.Role.PATRONYM);
        boolean patronymsRight = right.stream().anyMatch(t -> t.role() == Token.Role.PATRONYM);
        int roleConflicts = 0;
        double similarities = 0;
        boolean beyondInitials = false;
        List<TokenMatch> matches = new ArrayList<>();
        pairs.sort(Comparator.comparingInt(c -> c.left().getFirst().position()));
        for (Candidate pair : pairs) {
            similarities += pair.similarity();
            beyondInitials |= pair.kind() != MatchKind.INITIAL;
            if (patronymsLeft && patronymsRight && pair.left().size() == 1 && pair.right().size() == 1
                    && (pair.left().getFirst().role() == Token.Role.PATRONYM)
                    != (pair.right().getFirst().role() == Token.Role.PATRONYM)) {
                roleConflicts++;
            }
            matches.add(new TokenMatch(pair.left().stream().map(Token::display).toList(),
                    pair.right().stream().map(Token::display).toList(), pair.kind(), pair.similarity()));
        }
        double conflicting = Math.min(weightLeft, weightRight);
        // tokens on one side only are omitted names; when both sides have some, the surplus is
        double omitted = weightRight == 0 ? unmatchedLeft.omissionWeight()
                : weightLeft == 0 ? unmatchedRight.omissionWeight()
                : Math.abs(weightLeft - weightRight);
        double denominator = pairs.size() + Parameters.CONFLICT_WEIGHT * (conflicting + roleConflicts)
                + Parameters.OMISSION_WEIGHT * omitted;
        double score = denominator == 0 ? 0 : similarities / denominator;
        if (!beyondInitials) {
            // initials alone (N. N.) say too little to call two people the same
            score = Math.min(score, Parameters.INITIALS_ONLY_CAP);
        }
        return new NameComparison(a.original(), b.original(), score, matches, onlyLeft, onlyRight, ignored,
                roleConflicts);
    }

    /** Unmatched tokens; weight counts each as a possible different name, omissionWeight as a possibly omitted one. */
    private record Unmatched(List<String> counted, List<String> repeated, double weight, double omissionWeight) {
    }

    /** The unmatched tokens of one side: those that count, and words repeated from a matched one. */
    private static Unmatched unmatched(List<Token> tokens, boolean[] used, List<String> ignored) {
        List<String> counted = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        double weight = 0;
        double omissionWeight = 0;
        for (Token token : tokens) {
            if (used[token.position()]) {
                continue;
            }
            if (token.role() == Token.Role.PARTICLE) {
                ignored.add(token.display());
            } else if (tokens.stream().anyMatch(other -> used[other.position()]
                    && other.latin().equals(token.latin()))) {
                repeated.add(token.display());
            } else {
                counted.add(token.display());
                weight += token.initial() ? Parameters.INITIAL_WEIGHT : 1.0;
                omissionWeight += token.initial() ? Parameters.INITIAL_WEIGHT
                        : token.role() == Token.Role.PATRONYM ? Parameters.PATRONYM_WEIGHT : 1.0;
            }
        }
        return new Unmatched(counted, repeated, weight, omissionWeight);
    }
}
