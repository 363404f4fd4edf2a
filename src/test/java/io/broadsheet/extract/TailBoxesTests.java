package io.broadsheet.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teaser's stamp after the last spaced dash of its line: the dash read from the line's
 * end, whichever of the three it is, and only between spaces.
 */
class TailBoxesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Electric heaters withdrawn over fire risk - 4 days ago | true
			Electric heaters withdrawn over fire risk – 4 days ago | true
			Electric heaters withdrawn over fire risk — 4 days ago | true
			Heaters - cheaper - withdrawn over fire risk - 4 days ago | true
			Heaters withdrawn - 4 days ago - Opinion | false
			Heaters withdrawn – 4 days ago — Opinion | false
			Heaters withdrawn over fire risk -4 days ago | false
			Heaters withdrawn over fire risk- 4 days ago | false
			- 4 days ago | false
			Heaters withdrawn over fire risk - | false
			Heaters withdrawn over a well-known fire risk | false
			""")
	void readsTheStampAfterTheLastSpacedDash(String line, boolean stamped) {
		assertThat(TailBoxes.endsWithStamp(line)).isEqualTo(stamped);
	}

}
