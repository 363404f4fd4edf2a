package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables answer as the JDK does; a character's one entry (its kind and lower case
 * together, read once a character by a block's word pass) as the separate answers do.
 */
class CharTablesTests {

	@Test
	void holdsEachCharactersKindAndLowerCaseInOneEntry() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char character = (char) c;
			int entry = CharTables.kindAndLower(character);
			assertThat(CharTables.kindOf(entry)).as("U+%04X", c).isEqualTo(CharTables.letterOrDigit(character));
			if (c < CharTables.TABLED) {
				assertThat(entry & CharTables.UNTABLED).as("U+%04X", c).isZero();
				assertThat(CharTables.lowerOf(entry)).as("U+%04X", c).isEqualTo(Character.toLowerCase(character));
			}
			else {
				assertThat(entry & CharTables.UNTABLED).as("U+%04X", c).isNotZero();
			}
		}
	}

	@Test
	void readsLettersAndDigitsOfEveryScriptAsTheJdkDoes() {
		assertThat(CharTables.kindOf(CharTables.kindAndLower('É'))).isEqualTo(CharTables.LETTER_KIND);
		assertThat(CharTables.lowerOf(CharTables.kindAndLower('É'))).isEqualTo('é');
		assertThat(CharTables.kindOf(CharTables.kindAndLower('٣'))).isEqualTo(CharTables.DIGIT_KIND);
		assertThat(CharTables.kindOf(CharTables.kindAndLower('-'))).isZero();
		// past the tables: a CJK letter, a surrogate (no letter alone)
		assertThat(CharTables.kindOf(CharTables.kindAndLower('語'))).isEqualTo(CharTables.LETTER_KIND);
		assertThat(CharTables.kindOf(CharTables.kindAndLower('\uD801'))).isZero();
	}

}
