package org.polnet.persons;

import java.util.List;

/**
 * A person a name search found, with the names engine's score and why.
 *
 * @param score       0 to 1
 * @param match       whether the score reaches the engine's match threshold
 * @param explanation which names and tokens matched which and how, which attributes agreed or disagreed
 */
public record PersonCandidate(Person person, double score, boolean match, List<String> explanation) {

	public PersonCandidate {
		explanation = List.copyOf(explanation);
	}

	/** The score as a whole percentage, as pages show it. */
	public int percent() {
		return (int) Math.round(score * 100);
	}
}
