package org.polnet.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.polnet.refusals.InvalidInputException;

/** Message bodies keep their formatting and lose nothing silently that could run in a reader's browser. */
class BodiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "<p>Hello</p><script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>",
			"<img src=x onerror=alert(1)>", "<p onclick=\"alert(1)\">x</p>", "<iframe src=\"https://example.org\"></iframe>",
			"<svg><script>alert(1)</script></svg>", "<form action=\"https://example.org\"><input></form>" })
	void activeContentIsRefused(String body) {
		assertThatThrownBy(() -> Bodies.sanitize(body)).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> {
					assertThat(refused.getMessage()).startsWith("The body holds active content");
					assertThat(refused.problems()).singleElement().extracting(InvalidInputException.Problem::field).isEqualTo("body");
				});
	}

	@Test
	void formattingListsTablesAndLinksAreKeptAndHarmlessMarkupDropped() {
		assertThat(Bodies.sanitize("<p class=\"x\"><span>Plain</span> &amp; <i>fine</i></p><ul><li>one</li></ul>"))
			.isEqualTo("<p>Plain &amp; <i>fine</i></p><ul><li>one</li></ul>");
		assertThat(Bodies.sanitize("<table><tr><td>1</td></tr></table><a href=\"https://example.org\">link</a>"))
			.contains("<td>1</td>").contains("href=\"https://example.org\"");
		assertThat(Bodies.sanitize("Plain text & <more>")).isEqualTo("Plain text &amp; ");
	}

	@Test
	void emptyOrNulBodiesAreRefused() {
		assertThatThrownBy(() -> Bodies.sanitize("  ")).hasMessage("The body is empty.");
		assertThatThrownBy(() -> Bodies.sanitize("a\0b")).hasMessage("The body holds a NUL character.");
		assertThatThrownBy(() -> Bodies.sanitize("x".repeat(Bodies.MAX_LENGTH + 1))).isInstanceOf(InvalidInputException.class);
	}
}
