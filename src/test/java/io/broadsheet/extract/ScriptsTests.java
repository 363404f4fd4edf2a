package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptsTests {

	// Each group a caller asks about, for a letter of every script the detectors treat
	// apart: Korean names are CJK names but Korean is written with spaces, Thai is
	// written without spaces but has no CJK names.
	@ParameterizedTest
	@CsvSource({ "中, true, true, true", "ひ, true, true, true", "カ, true, true, true", "한, false, true, false",
			"ก, false, false, true", "a, false, false, false", "é, false, false, false", "Ж, false, false, false",
			"ع, false, false, false", "〇, true, true, true" })
	void groupsScriptsAsEachCallerMeansThem(String letter, boolean chineseOrJapanese, boolean cjk,
			boolean withoutSpaces) {
		int codePoint = letter.codePointAt(0);
		assertThat(Scripts.isChineseOrJapanese(codePoint)).isEqualTo(chineseOrJapanese);
		assertThat(Scripts.isCjk(codePoint)).isEqualTo(cjk);
		assertThat(Scripts.isWrittenWithoutSpaces(codePoint)).isEqualTo(withoutSpaces);
	}

	// The letters a word takes in each script written without spaces between words, as
	// counted against a dictionary's word breaks (round script56); none in a spaced one.
	@ParameterizedTest
	@CsvSource({ "中, 2", "ひ, 2", "カ, 2", "မ, 2", "ก, 3", "ກ, 3", "ក, 3", "한, 0", "a, 0", "ع, 0", "த, 0" })
	void countsTheLettersAWordTakesInAScriptWrittenWithoutSpaces(String letter, int perWord) {
		assertThat(Scripts.lettersPerWord(letter.codePointAt(0))).isEqualTo(perWord);
	}

	// meta57: an Ethiopic syllable's consonant, and whether it carries no vowel, from its
	// place in the consonant's row of eight: "ት" (t, no vowel) and "ቱ" (tu) share theirs,
	// "ና" (na) carries a vowel; no other script's letter is one.
	@ParameterizedTest
	@CsvSource({ "ት, 14, 14", "ቱ, -1, 14", "ድ, 30, 30", "ና, -1, 18", "ሀ, -1, 0", "ก, -1, -1", "a, -1, -1",
			"።, -1, -1" })
	void readsAnEthiopicSyllablesConsonant(String letter, int vowelless, int consonant) {
		assertThat(Scripts.vowellessConsonant(letter.codePointAt(0))).isEqualTo(vowelless);
		assertThat(Scripts.ethiopicConsonant(letter.codePointAt(0))).isEqualTo(consonant);
	}

	@ParameterizedTest
	@CsvSource({ "张伟 王芳, true", "김민수, true", "𠀀名, true", "Jane Roe, false", "' 张伟', false", "'', false" })
	void readsTheScriptOfATextFromItsFirstLetter(String text, boolean cjk) {
		assertThat(Scripts.startsCjk(text)).isEqualTo(cjk);
	}

}
