package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a target may declare as its merge target: only plain identifiers and simple partial-index predicates reach SQL. */
class CopyMergeIntoTest {

	@Test
	void aPartialUniqueIndexPredicateOnOneColumnIsAccepted() {
		CopyMerge.Into into = new CopyMerge.Into("documents_sltd", List.of("a", "b", "withdrawn_at"), List.of("a"),
				"withdrawn_at IS NULL");
		assertThat(into.keyWhere()).isEqualTo("withdrawn_at IS NULL");
		assertThat(new CopyMerge.Into("t", List.of("a"), List.of("a")).keyWhere()).isNull();
	}

	@Test
	void anyOtherPredicateOrIdentifierIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new CopyMerge.Into("t", List.of("a", "b"), List.of("a"), "withdrawn_at IS NULL; DROP TABLE t"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CopyMerge.Into("t", List.of("a", "b"), List.of("a"), "1 = 1"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CopyMerge.Into("t; x", List.of("a"), List.of("a")));
		assertThatIllegalArgumentException().isThrownBy(() -> new CopyMerge.Into("t", List.of("a"), List.of("b")));
		// an insert-only column is written, and never a key
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CopyMerge.Into("t", List.of("a", "b"), List.of("a"), null, List.of("c")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CopyMerge.Into("t", List.of("a", "b"), List.of("a"), null, List.of("a")));
	}
}
