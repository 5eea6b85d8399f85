package org.polnet.engines.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final NameMatcher matcher = new NameMatcher();

    private NameComparison names(String left, String right) {
        return matcher.compareNames(left, right);
    }

    private static boolean matches(NameComparison comparison) {
        return comparison.score() >= NameMatcher.MATCH_THRESHOLD;
    }

    private static List<MatchKind> kinds(NameComparison comparison) {
        return comparison.matches().stream().map(TokenMatch::kind).toList();
    }

    @Test
    void identicalNamesScoreOne() {
        NameComparison comparison = names("Barack Obama", "Barack Obama");
        assertThat(comparison.score()).isEqualTo(1.0);
        assertThat(kinds(comparison)).containsOnly(MatchKind.EXACT);
    }

    @Test
    void nameOrderDoesNotMatter() {
        NameComparison comparison = names("Putin, Vladimir", "Vladimir Putin");
        assertThat(comparison.score()).isEqualTo(1.0);
    }

    @Test
    void caseFullWidthAndDiacriticsAreFolded() {
        assertThat(names("RECEP TAYYIP ERDOĞAN", "Recep Tayyip Erdogan").score()).isEqualTo(1.0);
        assertThat(names("Ｍａｒｇａｒｉｔａ Simonyán", "margarita simonyan").score()).isEqualTo(1.0);
    }

    @Test
    void cyrillicIsTransliteratedInBothCommonRomanisations() {
        NameComparison russian = names("Сергей Викторович Лавров", "Sergey Viktorovich Lavrov");
        assertThat(russian.score()).isEqualTo(1.0);
        assertThat(kinds(russian)).containsOnly(MatchKind.TRANSLITERATED);
        assertThat(matches(names("Сергей Лавров", "Sergej Lavrov"))).isTrue();
        assertThat(matches(names("Володимир Зеленський", "Volodymyr Zelenskyy"))).isTrue();
    }

    @Test
    void arabicIsComparedOnConsonantsBecauseItWritesNoShortVowels() {
        NameComparison comparison = names("محمد بن سلمان", "Mohammed bin Salman");
        assertThat(matches(comparison)).isTrue();
        assertThat(kinds(comparison)).contains(MatchKind.TRANSLITERATED);
    }

    @Test
    void chineseSyllablesJoinIntoTheGivenName() {
        NameComparison comparison = names("习近平", "Xi Jinping");
        assertThat(matches(comparison)).isTrue();
        assertThat(kinds(comparison)).contains(MatchKind.TRANSLITERATED, MatchKind.JOINED);
    }

    @Test
    void otherScriptsAreTransliterated() {
        assertThat(matches(names("Բարակ Օբամա", "Barack Obama"))).isTrue();
        assertThat(matches(names("ბარაკ ობამა", "Barack Obama"))).isTrue();
        assertThat(matches(names("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"))).isTrue();
    }

    @Test
    void namesInTheSameSyllabicScriptMustBeWrittenAlike() {
        // both are "gao shi zao miao" in pinyin, yet 石 and 市 are different names
        assertThat(matches(names("高石早苗", "高市早苗"))).isFalse();
        assertThat(matches(names("김종은", "김정은"))).isFalse();
        assertThat(names("高市早苗", "高市早苗").score()).isEqualTo(1.0);
    }

    @Test
    void namesInTheSameAlphabetToleratesATypingError() {
        NameComparison comparison = names("Владимир Пулин", "Владимир Путин");
        assertThat(matches(comparison)).isTrue();
        assertThat(kinds(comparison)).contains(MatchKind.EDIT_DISTANCE);
    }

    @Test
    void aDifferentFirstNameIsADifferentPerson() {
        NameComparison comparison = names("Octavian Scholz", "Olaf Scholz");
        assertThat(matches(comparison)).isFalse();
        assertThat(comparison.onlyLeft()).containsExactly("octavian");
        assertThat(comparison.onlyRight()).containsExactly("olaf");
    }

    @Test
    void aDifferentLastTokenOfALongNameIsStillADifferentPerson() {
        assertThat(matches(names("BARZAN IBRAHIM HASSAN AL-MOSULI", "BARZAN IBRAHIM HASSAN AL-TIKRITI"))).isFalse();
    }

    @Test
    void anOmittedMiddleNameCostsLittle() {
        NameComparison comparison = names("Sergey Lavrov", "Sergey Viktorovich Lavrov");
        assertThat(matches(comparison)).isTrue();
        assertThat(comparison.onlyRight()).containsExactly("viktorovich");
    }

    @Test
    void honorificsAtTheStartAreIgnored() {
        NameComparison comparison = names("Dr. Rami Makhlouf", "Rami Makhlouf");
        assertThat(comparison.score()).isEqualTo(1.0);
        assertThat(comparison.ignored()).containsExactly("dr");
        assertThat(names("His Excellency Mr Ilie Bolojan", "Ilie Bolojan").score()).isEqualTo(1.0);
    }

    @Test
    void unmatchedParticlesAreIgnored() {
        NameComparison comparison = names("Abdel Fattah el-Sisi", "Abdel Fattah Sisi");
        assertThat(comparison.score()).isEqualTo(1.0);
        assertThat(comparison.ignored()).containsExactly("el");
        assertThat(names("Boris Johnson de Pfeffel", "Boris de Pfeffel Johnson").score()).isEqualTo(1.0);
    }

    @Test
    void theFathersNameMustStayTheFathersName() {
        NameComparison swapped = names("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI");
        assertThat(matches(swapped)).isFalse();
        assertThat(swapped.roleConflicts()).isEqualTo(2);
        assertThat(matches(names("bin Salman Mohammed", "Mohammed bin Salman"))).isTrue();
    }

    @Test
    void initialsMatchTheNamesTheyAbbreviate() {
        NameComparison comparison = names("Hans J Friedrich", "Hans Joachim Friedrich");
        assertThat(matches(comparison)).isTrue();
        assertThat(kinds(comparison)).contains(MatchKind.INITIAL);
        assertThat(matches(names("J.-C. Juncker", "Jean-Claude Juncker"))).isTrue();
        assertThat(matches(names("JC Juncker", "Jean-Claude Juncker"))).isTrue();
    }

    @Test
    void aWrongInitialOrInitialsAloneDoNotMatch() {
        assertThat(matches(names("Hans O Friedrich", "Hans Joachim Friedrich"))).isFalse();
        assertThat(names("N.N.", "Nursultan Nazarbayev").score()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void hyphenatedJoinedAndSplitNamesMatch() {
        assertThat(names("Jean Marie Le Pen", "Jean-Marie Le Pen").score()).isEqualTo(1.0);
        NameComparison joined = names("AlisherUsmanov", "Alisher Usmanov");
        assertThat(joined.score()).isEqualTo(1.0);
        assertThat(kinds(joined)).containsExactly(MatchKind.JOINED);
        assertThat(matches(names("Nikolai Plat Ono Vich Patrushev", "Nikolai Platonovich Patrushev"))).isTrue();
    }

    @Test
    void nicknamesMatchTheirGivenName() {
        NameComparison comparison = names("Ted Doe", "Theodore Doe");
        assertThat(matches(comparison)).isTrue();
        assertThat(kinds(comparison)).contains(MatchKind.NICKNAME);
    }

    @Test
    void namesThatSoundAlikeMatch() {
        NameComparison comparison = names("Olaf Schulze", "Olaf Scholz");
        assertThat(matches(comparison)).isTrue();
        assertThat(kinds(comparison)).contains(MatchKind.PHONETIC);
    }

    @Test
    void typingErrorsMatchButOtherNamesDoNot() {
        assertThat(matches(names("Alexandr Lukashnko", "Alexander Lukashenko"))).isTrue();
        assertThat(matches(names("Ig0r Sech1n", "Igor Sechin"))).isTrue();
        assertThat(matches(names("Alexander Lukashevich", "Alexander Lukashenko"))).isFalse();
        assertThat(matches(names("Cristiano Ronaldinho", "Cristiano Ronaldo"))).isFalse();
    }

    @Test
    void aPatronymicOnlyMatchesAPatronymic() {
        assertThat(matches(names("Oleksandr Zelenskyy", "Volodymyr Oleksandrovych Zelenskyy"))).isFalse();
    }

    @Test
    void repeatedWordsAreSetAsideUnlessTheOtherNameHasAWordThere() {
        assertThat(names("Sergey Sergey Shoigu", "Sergey Shoigu").score()).isEqualTo(1.0);
        assertThat(matches(names("ABDUL KABIR ABDUL JAN", "ABDUL KABIR MOHAMMAD JAN"))).isFalse();
    }

    @Test
    void theExplanationSaysWhatMatchedAndWhatDidNot() {
        NameComparison comparison = names("Olaf Schulze", "Octavian Scholz");
        assertThat(comparison.explanation()).containsExactly(
                "schulze = scholz (phonetic 0.80)",
                "different names: olaf / octavian");
    }
}
