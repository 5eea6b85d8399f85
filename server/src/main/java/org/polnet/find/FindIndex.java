package org.polnet.find;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A database's active records by their FIND keys, in memory, so that a check answers without a query. A derived
 * projection: {@link #load loaded} from the database's table at start (and after a bulk load that published no
 * event per record), then kept current by the database's own events ({@link #put}, {@link #replace}).
 * <p>
 * A record may have several keys (a vehicle by VIN and by plate) and a key several records (the same number
 * reported by two offices). {@link #put} is idempotent, replacing a record by its id, and removes a record that is
 * no longer active, so a redelivered or late event leaves the index right. Thread-safe: lookups run concurrently
 * with changes, each key's records change atomically. Each node keeps its own index.
 *
 * @param <R> the database's record
 */
public final class FindIndex<R> {

	private final Map<String, R[]> byKey = new ConcurrentHashMap<>();

	private final Function<R, Collection<String>> keys;

	private final ToLongFunction<R> id;

	private final Predicate<R> active;

	private final IntFunction<R[]> arrays;

	private final UnaryOperator<R> compact;

	private final R[] none;

	/**
	 * @param keys    a record's keys (none when it cannot be found by FIND)
	 * @param id      a record's id
	 * @param active  whether a record is to be found (not withdrawn, still stolen)
	 * @param arrays  makes an array of records ({@code TravelDocument[]::new})
	 * @param compact the record as kept, with repeated values shared (or the record as given)
	 */
	public FindIndex(Function<R, Collection<String>> keys, ToLongFunction<R> id, Predicate<R> active,
			IntFunction<R[]> arrays, UnaryOperator<R> compact) {
		this.keys = keys;
		this.id = id;
		this.active = active;
		this.arrays = arrays;
		this.compact = compact;
		this.none = arrays.apply(0);
	}

	/**
	 * Replaces the whole index with the records a source gives (every active record of the table).
	 *
	 * @return how many records it now holds
	 */
	public int load(Consumer<Consumer<R>> source) {
		Map<String, List<R>> loaded = new HashMap<>();
		int[] count = { 0 };
		source.accept(given -> {
			count[0]++;
			R record = compact.apply(given);
			for (String key : keys.apply(record)) {
				loaded.computeIfAbsent(key, k -> new ArrayList<>(1)).add(record);
			}
		});
		byKey.clear();
		loaded.forEach((key, records) -> byKey.put(key, records.toArray(arrays)));
		return count[0];
	}

	/** The active records of this key; never null. */
	public R[] lookup(String key) {
		return byKey.getOrDefault(key, none);
	}

	/** A new or changed record: in under its keys if active, out otherwise. */
	public void put(R given) {
		if (!active.test(given)) {
			remove(given);
			return;
		}
		R record = compact.apply(given);
		long recordId = id.applyAsLong(record);
		for (String key : keys.apply(record)) {
			byKey.compute(key, (k, present) -> {
				List<R> kept = new ArrayList<>(1);
				if (present != null) {
					for (R other : present) {
						if (id.applyAsLong(other) != recordId) {
							kept.add(other);
						}
					}
				}
				kept.add(record);
				return kept.toArray(arrays);
			});
		}
	}

	/** An amended or closed record: out under its former keys, then {@link #put} as it is now. */
	public void replace(R before, R after) {
		remove(before);
		put(after);
	}

	/** How many distinct records the index holds (counts them: for tests and logs, not for checks). */
	public long size() {
		return byKey.values().stream().flatMap(Arrays::stream).mapToLong(id).distinct().count();
	}

	private void remove(R record) {
		long recordId = id.applyAsLong(record);
		for (String key : keys.apply(record)) {
			byKey.computeIfPresent(key, (k, present) -> {
				R[] kept = Arrays.stream(present).filter(other -> id.applyAsLong(other) != recordId).toArray(arrays);
				return kept.length == 0 ? null : kept;
			});
		}
	}
}
