package org.polnet.hits;

/**
 * Where a hit stands overall. It stays {@link #OPEN} until both sides have answered; then it is
 * {@link #CONFIRMED} if both confirmed, and {@link #REJECTED} if either rejected. A rejection does not close the hit
 * early: the other side still records what it found, so that the history tells the whole story.
 */
public enum HitStatus {
	OPEN, CONFIRMED, REJECTED
}
