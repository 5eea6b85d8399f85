package org.polnet.hits;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A hit as one reader sees it.
 *
 * @param side the reader's side, null for a General Secretariat reader (read-only)
 * @param mayAnswer whether the reader may confirm or reject it now
 */
public record HitView(Hit hit, HitStatus status, List<HitHistoryEntry> history, @Nullable Side side,
		boolean mayAnswer) {
}
