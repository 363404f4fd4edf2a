package io.broadsheet.extract;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick "no" before a set of keys is probed (speed53): it lets every key of the set
 * pass, whole or cut out of a longer text, and turns away a key of a shape no key has; a
 * key of a key's shape passes, for the set itself to answer.
 */
class KeyShapesTests {

	private static final Set<String> KEYS = Set.of("share", "read more", "copyright", "поделиться", "分享", "e-mail",
			"x");

	@Test
	void everyKeyOfTheSetPassesWholeAndInPlace() {
		KeyShapes shapes = new KeyShapes(KEYS);
		for (String key : KEYS) {
			assertThat(shapes.mayHold(key)).as(key).isTrue();
			String text = "» " + key + " «";
			assertThat(shapes.mayHold(text, 2, 2 + key.length())).as(text).isTrue();
		}
	}

	@Test
	void aKeyOfAShapeNoKeyHasIsTurnedAway() {
		KeyShapes shapes = new KeyShapes(KEYS);
		// the same first and last letters, another length; another last letter
		assertThat(shapes.mayHold("sharpe")).isFalse();
		assertThat(shapes.mayHold("shared")).isFalse();
		assertThat(shapes.mayHold("news")).isFalse();
		assertThat(shapes.mayHold("Share: x", 0, 5)).isFalse();
		// no empty key in the set
		assertThat(shapes.mayHold("")).isFalse();
		assertThat(new KeyShapes(List.of("", "menu")).mayHold("")).isTrue();
	}

	@Test
	void aKeyOfAKeysShapeIsLeftToTheSet() {
		KeyShapes shapes = new KeyShapes(KEYS);
		// "spare" has the shape of "share" and is no key: the set says so
		assertThat(shapes.mayHold("spare")).isTrue();
		assertThat(KEYS.contains("spare")).isFalse();
	}

}
