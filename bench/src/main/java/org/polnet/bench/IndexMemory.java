package org.polnet.bench;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.openjdk.jol.info.GraphLayout;

/**
 * Loads an in-memory index in batches as its module's import events would, and prints what it then holds: the bytes
 * its map's object graph grew by (JOL), and what the heap grew by after full collections.
 */
public final class IndexMemory {

	private static final int BATCH = 10_000;

	/**
	 * @param name    how the line names the index
	 * @param graph   the index's map, measured by JOL before and after
	 * @param record  the i-th record
	 * @param publish gives the index one batch of records (no transaction: the index takes it at once)
	 */
	public static <R> void load(String name, Object graph, int records, IntFunction<R> record, Consumer<List<R>> publish) {
		long emptyBytes = GraphLayout.parseInstance(graph).totalSize();
		long heapBefore = InProcessPolnet.heapAfterGc();
		List<R> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < records; i++) {
			batch.add(record.apply(i));
			if (batch.size() == BATCH || i == records - 1) {
				publish.accept(List.copyOf(batch));
				batch.clear();
			}
		}
		long heapAfter = InProcessPolnet.heapAfterGc();
		long graphBytes = GraphLayout.parseInstance(graph).totalSize() - emptyBytes;
		System.out.printf("%n%s of %,d records: %,d bytes by JOL (%.0f B/record); heap after GC grew by "
				+ "%,d bytes (%.0f B/record)%n", name, records, graphBytes, (double) graphBytes / records,
				heapAfter - heapBefore, (double) (heapAfter - heapBefore) / records);
	}

	/** The map of keys to records inside a database's FIND index ({@code DocumentIndex}), for JOL to measure. */
	public static Object mapOf(Object databaseIndex) throws ReflectiveOperationException {
		Field field = databaseIndex.getClass().getDeclaredField("index");
		field.setAccessible(true);
		Object findIndex = field.get(databaseIndex);
		Field map = findIndex.getClass().getDeclaredField("byKey");
		map.setAccessible(true);
		return map.get(findIndex);
	}

	private IndexMemory() {
	}
}
