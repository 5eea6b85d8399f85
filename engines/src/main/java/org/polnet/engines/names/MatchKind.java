package org.polnet.engines.names;

/** How two tokens of two names were found to be the same name. */
public enum MatchKind {
    /** The same after Unicode normalisation, case folding and removal of diacritics (Erdoğan, Erdogan). */
    EXACT,
    /** The same once written in Latin letters: ICU transliteration, another romanisation (Sergej, Sergey), or
     * the same consonants for a script that writes no short vowels (محمد, Mohammed). */
    TRANSLITERATED,
    /** A nickname and the given name it stands for (Ted, Theodore). */
    NICKNAME,
    /** They sound the same (Double Metaphone) though spelt further apart (Schulze, Scholz). */
    PHONETIC,
    /** A few letters differ: typing errors and spelling variants (Lukashnko, Lukashenko). */
    EDIT_DISTANCE,
    /** An initial and a name starting with it (J, Joachim; JC, Jean-Claude). */
    INITIAL,
    /** Words written joined on one side and apart on the other (AlisherUsmanov, Alisher Usmanov). */
    JOINED
}
