package org.polnet.engines.names;

import java.util.List;

/**
 * What a search index stores for one name, so that a query finds it written another way. Each list is
 * deduplicated and in name order. Query with the keys of the query name, field by field, then score the
 * candidates found with {@link NameMatcher}.
 *
 * @param tokens     the words as written, NFKC and case folded (script and diacritics kept): exact search
 * @param latin      every ASCII Latin form of every token (both romanisations, diacritics removed), particles
 *                   and titles left out: search across scripts and accents
 * @param phonetic   Double Metaphone codes (primary and alternate) of the Latin tokens: search by sound
 * @param skeletons  consonant skeletons of the Latin tokens: search across vowel spellings (Mohammed, Muhammad,
 *                   محمد all give mhmt)
 */
public record SearchKeys(List<String> tokens, List<String> latin, List<String> phonetic, List<String> skeletons) {

    public SearchKeys {
        tokens = List.copyOf(tokens);
        latin = List.copyOf(latin);
        phonetic = List.copyOf(phonetic);
        skeletons = List.copyOf(skeletons);
    }
}
