package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round khmer36: Khmer pages, whose date line glues its words to the day, the month and
 * the year ("ថ្ងៃទី៣០ ខែវិច្ឆិកា ឆ្នាំ២០២៦"), whose headline is written without spaces
 * between words and whose sentences end with the Khmer full stop "។". Invented text
 * throughout.
 */
class KhmerPagesTests {

	private static final String HEADLINE = "ក្រុងសៀមរាបបើកផ្សាររាត្រីថ្មីនៅជិតទន្លេ";

	private static final String FIRST = "សាលាក្រុងសៀមរាបបានបើកផ្សាររាត្រីថ្មីមួយ ដែលមានតូបលក់ទំនិញជាង ១០០តូប។";

	private static final String SECOND = "ផ្សារនេះបើករៀងរាល់ល្ងាច ចាប់ពីម៉ោង ៥ល្ងាច ដល់ម៉ោង ១១យប់ ហើយមានកន្លែងចតរថយន្តធំទូលាយ។";

	private static final String THIRD = "អ្នកលក់ជាច្រើននាក់បាននិយាយថា ពួកគេរំពឹងថានឹងមានភ្ញៀវទេសចរច្រើនក្នុងរដូវវស្សានេះ។";

	private final ArticleExtractor extractor = new ArticleExtractor();

	// The date line under the byline: the day glued to "ថ្ងៃទី" (day number) or to
	// "ទី" after the weekday glued to "ថ្ងៃ", the month glued to "ខែ" (month), the year
	// to
	// "ឆ្នាំ" (year), the hour after "ម៉ោង"; the headline stays the title and the first
	// paragraph the body's first.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ថ្ងៃទី៣០ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ០៩:៣០|2026-11-30",
			"ថ្ងៃពុធ ទី០២ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ១០:៣០|2026-12-02", "ថ្ងៃច័ន្ទ ទី៥ ខែមករា ឆ្នាំ២០២៦|2026-01-05" })
	void readsTheDateLineAndKeepsTheHeadlineAndTheFirstParagraph(String dateLine, LocalDate date) {
		ParsedArticle article = extract("សង្គម", HEADLINE, "ដោយ៖ សុខ ចាន់ធី", dateLine, FIRST, SECOND, THIRD);
		assertThat(article.publishedDate()).as("date").isNotNull();
		assertThat(article.publishedDate().value()).as("date").isEqualTo(date);
		assertThat(article.title().value()).as("title").isEqualTo(HEADLINE);
		assertThat(article.body()).as("body").startsWith(FIRST).doesNotContain(dateLine);
	}

	// Look-alike: a Khmer sentence that writes a date inside it is no date line.
	@Test
	void readsNoDateLineFromASentenceWithADateInIt() {
		String sentence = "ក្រសួងបានប្រកាសថា ផ្សារនឹងបើកនៅថ្ងៃទី៣០ ខែវិច្ឆិកា ឆ្នាំ២០២៦ សម្រាប់ប្រជាពលរដ្ឋទាំងអស់។";
		assertThat(DateLineDetector.detect(sentence)).isNull();
	}

	// Look-alike: a related item's date under the text ("headline - ០១ ធ្នូ ២០២៦") is not
	// the page's, on a page with no date line of its own.
	@Test
	void takesNoRelatedItemsDateForThePages() {
		ParsedArticle article = extract(HEADLINE, "ដោយ៖ សុខ ចាន់ធី", FIRST, SECOND, THIRD, "ព័ត៌មានទាក់ទង",
				"តម្លៃប្រេងឥន្ធនៈធ្លាក់ចុះ - ០១ ធ្នូ ២០២៦");
		assertThat(article.publishedDate()).as("date").isNull();
		assertThat(article.body()).as("body").startsWith(FIRST).doesNotContain("០១ ធ្នូ");
	}

	// A line closed by a full stop of a script that Texts.endsWithSentencePunctuation
	// does
	// not know is a sentence, no headline; a question is a headline in any script, and a
	// Khmer line without the stop is not refused for its script.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "ផ្សាររាត្រីថ្មីបើកនៅសៀមរាប ដោយមានតូបជាង ១០០។|false",
					"नई दिल्ली में आज से स्कूल फिर खुल गए।|false", "هل تنجح الخطة الجديدة في خفض الأسعار؟|true",
					"नई दिल्ली में आज से स्कूल फिर खुले|true" })
	void refusesASentenceClosedByAnotherScriptsFullStopAsHeadline(String line, boolean headline) {
		assertThat(TitleDetector.isHeadline(line)).isEqualTo(headline);
	}

	// Khmer writes no spaces between words: its headline counts as many words as its
	// characters make, as Thai's does.
	@Test
	void countsTheWordsOfAnUnspacedKhmerHeadlineByItsCharacters() {
		assertThat(Texts.spacedWords(HEADLINE, 20)).isGreaterThan(5);
		assertThat(Scripts.isWrittenWithoutSpaces('ក')).isTrue();
	}

	private ParsedArticle extract(String... blocks) {
		return this.extractor.extract(String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8), null);
	}

}
