package org.polnet.engines.names;

import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One word of a name, analysed once.
 *
 * @param text     the word as written, NFKC and case folded (script and diacritics kept)
 * @param latin    its primary ASCII Latin form
 * @param variants further ASCII forms (another romanisation); may be empty
 * @param script   ICU script code of the word ({@code UScript.INVALID_CODE} when mixed)
 * @param role     what the word is in the name
 * @param position index of the word among the name's tokens
 * @param phoneticCodes primary and alternate Double Metaphone codes of the Latin form
 */
record Token(String text, String latin, List<String> variants, int script, Role role, int position,
             List<String> phoneticCodes) {

    /** Codes of up to 8 sounds, not the usual 4: with 4, Ronaldo and Ronaldinho, Albano and Albanese sound alike. */
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(Parameters.PHONETIC_CODE_LENGTH);
    }

    enum Role {
        /** A given name, surname or other name word. */
        NAME,
        /** The word following a patronymic particle (bin, ibn, ben, ould): a father's or ancestor's name. */
        PATRONYM,
        /** An article or preposition (al, de, van, der, bin...): it matters only when it matches. */
        PARTICLE
    }

    Token(String text, String latin, List<String> variants, int script, Role role, int position) {
        this(text, latin, variants, script, role, position, List.of(METAPHONE.doubleMetaphone(latin),
                METAPHONE.doubleMetaphone(latin, true)));
    }

    Token withRole(Role newRole) {
        return new Token(text, latin, variants, script, newRole, position, phoneticCodes);
    }

    Token at(int newPosition) {
        return new Token(text, latin, variants, script, role, newPosition, phoneticCodes);
    }

    boolean initial() {
        return latin.length() == 1 && Character.isLetter(latin.charAt(0));
    }

    /** An East Slavic patronymic (Viktorovich, Oleksandrovych, Ivanovna): it only matches another one. */
    boolean slavicPatronymic() {
        for (String suffix : Parameters.SLAVIC_PATRONYMIC_SUFFIXES) {
            if (latin.length() > suffix.length() + 2 && latin.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    boolean transliterated() {
        return !text.equals(latin);
    }

    /** How the token is shown in explanations: as written, with its Latin form when that differs. */
    String display() {
        return transliterated() ? text + " (" + latin + ")" : latin;
    }
}
