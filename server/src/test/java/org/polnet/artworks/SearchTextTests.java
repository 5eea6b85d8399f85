package org.polnet.artworks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polnet.searchtext.SearchText;

class SearchTextTests {

	@Test
	void accentsCaseAndPunctuationDoNotMatter() {
		assertThat(SearchText.words("Église de Saint-Rémy, «Ça» ÆSØP Straße Œuvre"))
			.isEqualTo("eglise de saint remy ca aesop strasse oeuvre");
	}

	@Test
	void everyWordIsARequiredPrefixAndNothingElseReachesTheQuery() {
		assertThat(ArtworkRows.tsQuery("Harbour  at DUSK!")).isEqualTo("harbour:* & at:* & dusk:*");
		assertThat(ArtworkRows.tsQuery("') | (!:*")).isEmpty();
		assertThat(ArtworkRows.tsQuery(null)).isEmpty();
	}
}
