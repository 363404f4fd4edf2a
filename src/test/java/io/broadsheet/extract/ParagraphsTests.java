package io.broadsheet.extract;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTests {

	@Test
	void splitsParagraphsSeparatedByBlankLinesAndKeepsTheirLineNumbers() {
		List<Paragraph> paragraphs = split("Title here\n\nFirst paragraph.\n\n\nSecond paragraph.");
		assertThat(paragraphs).extracting(Paragraph::text)
			.containsExactly("Title here", "First paragraph.", "Second paragraph.");
		assertThat(paragraphs).extracting(Paragraph::line).containsExactly(1, 3, 6);
	}

	@Test
	void treatsEachLineAsParagraphWhenTextHasNoBlankLines() {
		List<Paragraph> paragraphs = split("First sentence of the story.\nSecond paragraph goes on.\nThird one.");
		assertThat(paragraphs).extracting(Paragraph::text)
			.containsExactly("First sentence of the story.", "Second paragraph goes on.", "Third one.");
	}

	@Test
	void joinsHardWrappedLinesOfOneParagraph() {
		String text = "The minister arrived in the capital on Tuesday for talks that\n"
				+ "officials described as difficult but necessary, according to\n" + "people familiar with them.\n\n"
				+ "Both sides said they would meet again soon, although neither\n"
				+ "gave a date for the next round of the negotiations.";
		List<Paragraph> paragraphs = split(text);
		assertThat(paragraphs).extracting(Paragraph::text)
			.containsExactly(
					"The minister arrived in the capital on Tuesday for talks that officials described as difficult but necessary, according to people familiar with them.",
					"Both sides said they would meet again soon, although neither gave a date for the next round of the negotiations.");
		assertThat(paragraphs).extracting(Paragraph::line).containsExactly(1, 5);
	}

	@Test
	void keepsListItemsApartInHardWrappedText() {
		String text = "The plan has three parts that the government laid out in\n"
				+ "detail on Monday, and each of them is contested by the\n" + "opposition:\n"
				+ "1. a new tax on imported fuel\n" + "2. cuts to the defence budget";
		assertThat(split(text)).extracting(Paragraph::text)
			.contains("1. a new tax on imported fuel", "2. cuts to the defence budget");
	}

	@Test
	void dropsDecorativeSeparatorLines() {
		assertThat(split("One.\n* * *\nTwo.\n-----\nThree.")).extracting(Paragraph::text)
			.containsExactly("One.", "Two.", "Three.");
	}

	@Test
	void startsAfterFrontMatter() {
		String[] lines = "---\ntitle: x\n---\nBody text.".split("\n", -1);
		assertThat(Paragraphs.split(lines, 3)).containsExactly(new Paragraph("Body text.", 4));
	}

	private static List<Paragraph> split(String text) {
		return Paragraphs.split(text.split("\n", -1), 0);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "the cat and the dog of the town", "the cat and 2024 the dog of the town",
			"in 3D and in the mix", "2024 in the town", "in the town 2024", "und die 12 Katzen über der Stadt" })
	void looksUpEachRunOfLettersAndDigitsWithOrWithoutDigitsAmongThem(String text) {
		// a block without digits shares its letter runs' look-ups with its density; one
		// with digits looks up each run that holds them on its own
		Paragraph.Words words = new Paragraph(text, 1).words(text.toCharArray(), Integer.MAX_VALUE);
		List<String> letterRuns = runs(text, "\\p{L}+");
		List<String> densityRuns = runs(text, "[\\p{L}\\p{Nd}]+");
		assertThat(words.count()).isEqualTo(letterRuns.size());
		assertThat(words.densityWords()).isEqualTo(densityRuns.size());
		for (int k = 0; k < letterRuns.size(); k++) {
			assertThat(words.bits(k)).isEqualTo(bitsOf(letterRuns.get(k)));
		}
		for (int k = 0; k < densityRuns.size(); k++) {
			assertThat(words.densityBits(k)).as(densityRuns.get(k)).isEqualTo(bitsOf(densityRuns.get(k)));
		}
	}

	private static List<String> runs(String text, String run) {
		return Pattern.compile(run).matcher(text).results().map(MatchResult::group).toList();
	}

	private static long bitsOf(String word) {
		return StopWords.bitsOf(word.toCharArray(), 0, word.length());
	}

}
