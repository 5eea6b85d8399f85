package org.polnet.engines.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Search keys of names for an index (e.g. Lucene): see {@link SearchKeys}. Stateless and thread-safe. */
public final class NameKeys {

    private NameKeys() {
    }

    /**
     * The keys of one name. A name without letters or digits has no keys (all lists empty).
     *
     * @throws IllegalArgumentException if the name is longer than 1,000 characters or 40 words
     */
    public static SearchKeys of(String name) {
        AnalysedName analysed = AnalysedName.of(name);
        Set<String> tokens = new LinkedHashSet<>();
        analysed.words().forEach(word -> tokens.add(word.text()));
        Set<String> latin = new LinkedHashSet<>();
        Set<String> phonetic = new LinkedHashSet<>();
        Set<String> skeletons = new LinkedHashSet<>();
        for (Token token : analysed.nameTokens()) {
            latin.add(token.latin());
            latin.addAll(token.variants());
            for (String code : token.phoneticCodes()) {
                if (!code.isEmpty()) {
                    phonetic.add(code);
                }
            }
            String skeleton = TokenText.skeleton(token.latin());
            if (!skeleton.isEmpty()) {
                skeletons.add(skeleton);
            }
        }
        return new SearchKeys(List.copyOf(tokens), List.copyOf(latin), List.copyOf(phonetic),
                List.copyOf(skeletons));
    }
}
