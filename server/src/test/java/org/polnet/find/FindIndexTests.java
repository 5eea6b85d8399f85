package org.polnet.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class FindIndexTests {

	/** A record found by its number and, when it has one, by its plate. */
	record Item(long id, String number, String plate, boolean active) {
	}

	private final FindIndex<Item> index = new FindIndex<>(
			item -> item.plate().isEmpty() ? List.of("N:" + item.number()) : List.of("N:" + item.number(), "P:" + item.plate()),
			Item::id, Item::active, Item[]::new, UnaryOperator.identity());

	@Test
	void findsARecordUnderEachOfItsKeysAndSeveralRecordsUnderOneKey() {
		index.put(new Item(1, "A1", "XY-1", true));
		index.put(new Item(2, "A1", "", true));

		assertThat(index.lookup("N:A1")).extracting(Item::id).containsExactlyInAnyOrder(1L, 2L);
		assertThat(index.lookup("P:XY-1")).extracting(Item::id).containsExactly(1L);
		assertThat(index.lookup("N:B2")).isEmpty();
		assertThat(index.size()).isEqualTo(2);
	}

	@Test
	void aRedeliveredRecordReplacesItselfByIdAndAnInactiveOneLeaves() {
		index.put(new Item(1, "A1", "", true));
		index.put(new Item(1, "A1", "", true));
		assertThat(index.lookup("N:A1")).hasSize(1);

		index.put(new Item(1, "A1", "", false));
		assertThat(index.lookup("N:A1")).isEmpty();
		assertThat(index.size()).isZero();
	}

	@Test
	void anAmendedRecordLeavesItsFormerKeys() {
		Item before = new Item(1, "A1", "XY-1", true);
		index.put(before);
		index.replace(before, new Item(1, "A2", "", true));

		assertThat(index.lookup("N:A1")).isEmpty();
		assertThat(index.lookup("P:XY-1")).isEmpty();
		assertThat(index.lookup("N:A2")).extracting(Item::id).containsExactly(1L);
	}

	@Test
	void loadReplacesEverythingWithTheSourcesRecords() {
		index.put(new Item(9, "OLD", "", true));
		Consumer<Consumer<Item>> table = each -> {
			each.accept(new Item(1, "A1", "", true));
			each.accept(new Item(2, "B2", "P-2", true));
		};

		assertThat(index.load(table)).isEqualTo(2);
		assertThat(index.lookup("N:OLD")).isEmpty();
		assertThat(index.lookup("P:P-2")).extracting(Item::id).containsExactly(2L);
	}
}
