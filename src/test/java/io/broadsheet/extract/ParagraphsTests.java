package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

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

}
