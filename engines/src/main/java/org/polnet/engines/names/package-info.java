/**
 * Person name matching: {@link org.polnet.engines.names.NameMatcher} scores two
 * {@link org.polnet.engines.names.PersonDescription}s (names in any script, optional partial date of birth, sex,
 * nationalities) from 0 to 1 against {@link org.polnet.engines.names.NameMatcher#MATCH_THRESHOLD} and explains the
 * score ({@link org.polnet.engines.names.PersonMatch}, {@link org.polnet.engines.names.NameComparison});
 * {@link org.polnet.engines.names.NameKeys} gives the keys a search index stores for a name;
 * {@link org.polnet.engines.names.ScorePairs} scores a CSV file of name pairs from the command line.
 *
 * <p>Everything public is immutable or stateless and safe to share between threads. Word lists (honorifics,
 * particles, nicknames) are resources of this package; their sources and licences are in {@code docs/names.md}.
 */
package org.polnet.engines.names;
