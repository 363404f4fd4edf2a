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

	@ParameterizedTest
	@CsvSource({ "张伟 王芳, true", "김민수, true", "𠀀名, true", "Jane Roe, false", "' 张伟', false", "'', false" })
	void readsTheScriptOfATextFromItsFirstLetter(String text, boolean cjk) {
		assertThat(Scripts.startsCjk(text)).isEqualTo(cjk);
	}

}
