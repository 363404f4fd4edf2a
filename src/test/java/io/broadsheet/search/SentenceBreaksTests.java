package io.broadsheet.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceBreaksTests {

	@Test
	void breaksBeforeEachSentenceAndLineAndNowhereElse() {
		String text = "Prices rose 3.5 percent. Why? \"Nobody knows.\" Then (they said) more!\nA new line\n\n  and more… Last";
		assertThat(pieces(text)).containsExactly("Prices rose 3.5 percent. ", "Why? ", "\"Nobody knows.\" ",
				"Then (they said) more!\n", "A new line\n\n  ", "and more… ", "Last");
	}

	@Test
	void breaksAfterFullWidthStopsWithoutASpaceAndAfterANoBreakSpace() {
		assertThat(pieces("东京下雨了。他说：「明天呢？」我不知道！好。")).containsExactly("东京下雨了。", "他说：「明天呢？」", "我不知道！", "好。");
		assertThat(pieces("Prices rose.\u00a0Then fell.")).containsExactly("Prices rose.\u00a0", "Then fell.");
	}

	@Test
	void breaksAfterAParagraphSeparatorAsAfterALineBreak() {
		assertThat(pieces("A heading\u2029The text. More")).containsExactly("A heading\u2029", "The text. ", "More");
	}

	@Test
	void findsTheBoundariesAroundAnyOffsetInBothDirections() {
		String text = "One two. Three four. Five.";
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText(text);
		assertThat(breaks.following(0)).isEqualTo(9);
		assertThat(breaks.following(9)).isEqualTo(21);
		assertThat(breaks.preceding(12)).isEqualTo(9);
		assertThat(breaks.preceding(9)).isZero();
		assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
		assertThat(breaks.isBoundary(21)).isTrue();
		assertThat(breaks.isBoundary(22)).isFalse();
		assertThat(breaks.last()).isEqualTo(text.length());
		assertThat(breaks.previous()).isEqualTo(21);
	}

	// The scan passes over characters that cannot precede a boundary without testing
	// them: it must find exactly the offsets the boundary test accepts.
	@Test
	void scanningFindsTheSameBoundariesAsTestingEachOffset() {
		String alphabet = "ab Z9.!?…,;:\"')]»”’」』。！？\n\r\t\u00a0\u2003\u2029é؟।-(";
		Random random = new Random(7);
		for (int round = 0; round < 500; round++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			BreakIterator breaks = new SentenceBreaks();
			breaks.setText(text.toString());
			for (int offset = 0; offset <= text.length(); offset++) {
				assertThat(breaks.following(offset)).as("following %d in [%s]", offset, text)
					.isEqualTo(firstBoundary(breaks, offset + 1, text.length() + 1, 1));
				assertThat(breaks.preceding(offset)).as("preceding %d in [%s]", offset, text)
					.isEqualTo(firstBoundary(breaks, offset - 1, -1, -1));
			}
		}
	}

	private static int firstBoundary(BreakIterator breaks, int from, int to, int step) {
		for (int offset = from; offset != to; offset += step) {
			if (breaks.isBoundary(offset)) {
				return offset;
			}
		}
		return BreakIterator.DONE;
	}

	private static List<String> pieces(String text) {
		BreakIterator breaks = new SentenceBreaks();
		breaks.setText(text);
		List<String> pieces = new ArrayList<>();
		for (int start = breaks.first(),
				end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			pieces.add(text.substring(start, end));
		}
		return pieces;
	}

}
