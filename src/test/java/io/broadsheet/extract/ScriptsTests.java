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

	@ParameterizedTest
	@CsvSource({ "张伟 王芳, true", "김민수, true", "𠀀名, true", "Jane Roe, false", "' 张伟', false", "'', false" })
	void readsTheScriptOfATextFromItsFirstLetter(String text, boolean cjk) {
		assertThat(Scripts.startsCjk(text)).isEqualTo(cjk);
	}

}
