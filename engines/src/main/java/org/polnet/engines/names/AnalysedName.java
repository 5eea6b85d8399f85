package org.polnet.engines.names;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A name cut into tokens and analysed: honorifics at its start removed, particles and patronyms marked, every
 * token given its ASCII Latin forms. Immutable.
 *
 * @param original   the name as given
 * @param tokens     the tokens compared in Latin (a Chinese name's syllables are separate tokens here)
 * @param words      the words as written, one per space-separated word, for comparing two names in the same
 *                   non-Latin script
 * @param honorifics titles removed from the start, as written
 */
record AnalysedName(String original, List<Token> tokens, List<Token> words, List<String> honorifics) {

    static AnalysedName of(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() > Parameters.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a name has at most " + Parameters.MAX_NAME_LENGTH
                    + " characters; this one has " + name.length());
        }
        List<String> rawWords = split(TokenText.fold(name));
        if (rawWords.size() > Parameters.MAX_TOKENS) {
            throw new IllegalArgumentException("a name has at most " + Parameters.MAX_TOKENS
                    + " words; this one has " + rawWords.size());
        }
        List<Token> words = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (String raw : rawWords) {
            int script = TokenText.script(raw);
            TokenText.WordForms forms = TokenText.forms(raw, script);
            String latin = forms.primary();
            if (latin.isEmpty()) {
                // a script ICU cannot transliterate (Khmer...): the word still matches itself
                latin = raw;
            }
            List<String> variants = forms.variants();
            words.add(new Token(raw, latin.replace(" ", ""), variants, script, Token.Role.NAME, words.size()));
            String[] parts = latin.split(" ");
            for (String part : parts) {
                if (TokenText.isAbjad(script) && part.startsWith("al") && part.length() > 4) {
                    // the Arabic article is written joined to the word it defines: al-Sisi, السيسي
                    tokens.add(new Token(raw, "al", List.of(), script, Token.Role.PARTICLE, 0));
                    part = part.substring(2);
                }
                tokens.add(new Token(raw, part, parts.length == 1 ? variants : List.of(), script,
                        Token.Role.NAME, 0));
            }
        }
        List<String> honorifics = new ArrayList<>();
        tokens = withoutHonorifics(tokens, honorifics);
        tokens = withRoles(tokens);
        return new AnalysedName(name, List.copyOf(tokens), List.copyOf(words), List.copyOf(honorifics));
    }

    /** Tokens that take part in the name score: everything but particles. */
    List<Token> nameTokens() {
        return tokens.stream().filter(token -> token.role() != Token.Role.PARTICLE).toList();
    }

    /** Whether every word is in the same single script, other than Latin. */
    int singleNonLatinScript() {
        int script = UScript.INVALID_CODE;
        for (Token word : words) {
            if (word.script() == UScript.LATIN || word.script() == UScript.INVALID_CODE
                    || word.script() == UScript.COMMON
                    || (script != UScript.INVALID_CODE && word.script() != script)) {
                return UScript.INVALID_CODE;
            }
            script = word.script();
        }
        return script;
    }

    /** Words are runs of letters, digits and marks; apostrophes join, everything else separates. */
    private static List<String> split(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (TokenText.isWordPart(codePoint)) {
                word.appendCodePoint(codePoint);
            } else if (!TokenText.isJoiner(codePoint) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Removes titles at the start of the name (Mr, Dr, President, Shaikh...), keeping at least one token. */
    private static List<Token> withoutHonorifics(List<Token> tokens, List<String> removed) {
        int start = 0;
        boolean found = true;
        while (found) {
            found = false;
            for (List<String> honorific : NameLists.HONORIFICS) {
                int end = start + honorific.size();
                if (end < tokens.size() && matches(tokens, start, honorific)) {
                    for (int i = start; i < end; i++) {
                        removed.add(tokens.get(i).text());
                    }
                    start = end;
                    found = true;
                    break;
                }
            }
        }
        return tokens.subList(start, tokens.size());
    }

    private static boolean matches(List<Token> tokens, int start, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(start + i).latin().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks particles, and the name after a patronymic particle as a patronym. A name made of particles only keeps
     * them as names.
     */
    private static List<Token> withRoles(List<Token> tokens) {
        boolean onlyParticles = tokens.stream().allMatch(token -> NameLists.PARTICLES.contains(token.latin()));
        List<Token> result = new ArrayList<>(tokens.size());
        boolean afterPatronymic = false;
        for (Token token : tokens) {
            Token.Role role = token.role();
            boolean particle = role == Token.Role.PARTICLE
                    || (!TokenText.isSyllabic(token.script()) && NameLists.PARTICLES.contains(token.latin()));
            if (!onlyParticles && particle) {
                role = Token.Role.PARTICLE;
                afterPatronymic |= NameLists.PATRONYMIC_PARTICLES.contains(token.latin());
            } else {
                role = afterPatronymic ? Token.Role.PATRONYM : Token.Role.NAME;
                afterPatronymic = false;
            }
            result.add(token.withRole(role).at(result.size()));
        }
        return result;
    }
}
