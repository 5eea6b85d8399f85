package org.polnet.searchtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

	@Test
	void wordsAndJoinedFoldLettersAlike() {
		assertThat(SearchText.words("Øresund Æbleskiver, Łódź")).isEqualTo("oresund aebleskiver lodz");
		assertThat(SearchText.joined("Øresund Æbleskiver, Łódź")).isEqualTo("oresundaebleskiverlodz");
	}

	@Test
	void anArabicInscriptionIsFoundWhateverVowelMarksOrFinalLetterIsTyped() {
		assertThat(SearchText.words("مَكْتَبَة القاهرة")).isEqualTo(SearchText.words("مكتبه القاهره"));
		assertThat(SearchText.words("مصطفـــى")).isEqualTo(SearchText.words("مصطفي"));
	}

	@Test
	void aCapitalWithADotAboveFoldsToItsPlainLetter() {
		assertThat(SearchText.words("İSTANBUL İzmir")).isEqualTo("istanbul izmir");
	}

	@Test
	void fullWidthAndLigatureFormsAreTheirPlainLetters() {
		assertThat(SearchText.words("ＰＡＲＩＳ ﬁne")).isEqualTo("paris fine");
	}
}
