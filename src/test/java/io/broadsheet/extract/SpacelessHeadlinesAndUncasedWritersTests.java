package io.broadsheet.extract;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round script56: titles and writers in the scripts the spaced, cased rules misread,
 * written again as invented pages — a headline in a script written without spaces between
 * words weighed by its letters (a Thai headline is no one-word line, nor its section's
 * word a headline of four), a word's vowel signs kept inside it when the article's words
 * are compared with a headline's (Tamil, Hindi), and two writers joined by the language's
 * "and" in a script without capitals under the headline and over the date line (Tamil's
 * "மற்றும்", Sinhala's "සහ", and Irish's "agus" as data).
 */
class SpacelessHeadlinesAndUncasedWritersTests extends WholePageTests {

	// Words as a spaced script would count them: a Thai headline of 39 letters and no
	// space (the base: 21, over the 20 of a headline, so the section's word above won),
	// its section's word of five letters (the base: 4, a headline's three and more), Lao
	// and Burmese, which space phrases, not words (the base: 3 and 4), Chinese as before
	// (two characters a word); spaced scripts unchanged.
	@ParameterizedTest
	@CsvSource({ "สวนกล้วยไม้เชียงรายส่งดอกไม้ไปญี่ปุ่นมากกว่าทุกปี, 10, 14", "เกษตร, 1, 2",
			"ຕະຫຼາດປາແຫ່ງໃໝ່ ເປີດໃຫ້ບໍລິການ ຢູ່ເມືອງປາກເຊ, 9, 14", "မော်လမြိုင်တွင် ငါးဈေးသစ် ဖွင့်လှစ်, 6, 12",
			"北京新增十条公交专用道, 5, 7", "Orchid growers send more flowers to Japan, 7, 7", "Agriculture, 1, 1" })
	void countsAHeadlinesWordsByTheLettersOfItsScript(String headline, int fewest, int most) {
		assertThat(Texts.spacedWords(headline, 30)).isBetween(fewest, most);
	}

	// Near miss: a paragraph of a script written without spaces is still longer than
	// any headline.
	@Test
	void aSpacelessParagraphIsStillLongerThanAHeadline() {
		String paragraph = "ชาวสวนกล้วยไม้ในอำเภอแม่สายส่งดอกกล้วยไม้ไปขายที่ญี่ปุ่นได้มากกว่าปีที่แล้วเกือบสองเท่า"
				+ "เพราะอากาศหนาวมาเร็วและดอกบานสวยทั้งสวน";
		assertThat(Texts.spacedWords(paragraph, 20)).isGreaterThan(20);
	}

	// A Thai regional page: the section's word ("the North", which the text names too),
	// the headline, "โดย" and the writer, the
	// Buddhist-era date, the text (the base: the section's word as title, the headline
	// kept as the body's first paragraph).
	@Test
	void spacelessHeadlineUnderItsSectionsWordIsTheTitle() {
		ParsedArticle article = extract(
				"""
						ภาคเหนือ

						สวนกล้วยไม้เชียงรายส่งดอกไม้ไปญี่ปุ่นมากกว่าทุกปี

						โดย วิไล แสงทอง

						5 ธันวาคม 2569

						ชาวสวนกล้วยไม้ในอำเภอแม่สาย จังหวัดเชียงราย ภาคเหนือ ส่งดอกกล้วยไม้ไปขายที่ญี่ปุ่นได้มากกว่าปีที่แล้วเกือบสองเท่า เพราะอากาศหนาวมาเร็วและดอกบานสวย

						เจ้าของสวนบอกว่าลูกค้าญี่ปุ่นชอบดอกสีขาวและสีม่วงอ่อน และสั่งซื้อล่วงหน้าไปจนถึงเดือนมีนาคม

						"ปีนี้ดอกออกพร้อมกันทั้งสวน เราต้องจ้างคนเพิ่มอีกสิบคน" นางบัวผัน ศรีคำ เจ้าของสวนกล้วยไม้กล่าว

						ราคาส่งออกตอนนี้อยู่ที่ช่อละประมาณสี่สิบบาท สูงกว่าราคาขายในประเทศ

						ชาวสวนคาดว่าจะส่งดอกไม้ได้ต่อเนื่องไปจนถึงช่วงสงกรานต์

						แชร์
						""");
		assertThat(article.title().value()).isEqualTo("สวนกล้วยไม้เชียงรายส่งดอกไม้ไปญี่ปุ่นมากกว่าทุกปี");
		assertThat(article.body()).startsWith("ชาวสวนกล้วยไม้ในอำเภอแม่สาย");
		assertThat(article.authors().value()).containsExactly("วิไล แสงทอง");
	}

	// A headline in Tamil shares its words with the text under it, vowel signs and all
	// (the base: none, each word cut at its marks into pieces too short to compare); a
	// menu's entry shares none.
	@Test
	void aHeadlineInAnIndicScriptSharesItsWordsWithTheText() {
		List<Paragraph> paragraphs = Paragraphs.split(TAMIL_LINES, 0);
		ArticleVocabulary vocabulary = ArticleVocabulary.read(paragraphs, 1);
		assertThat(vocabulary.share("மதுரை பள்ளியில் புதிய அறிவியல் ஆய்வகம் திறப்பு", 0)).isGreaterThanOrEqualTo(0.5);
		assertThat(vocabulary.share("விளையாட்டு செய்திகள் சினிமா வணிகம்", 0)).isZero();
	}

	private static final String[] TAMIL_LINES = { "மதுரை பள்ளியில் புதிய அறிவியல் ஆய்வகம் திறப்பு", "",
			"மதுரையில் உள்ள அரசுப் பள்ளியில் புதிய அறிவியல் ஆய்வகம் இன்று திறக்கப்பட்டது.", "",
			"ஆய்வகத்தில் இயற்பியல், வேதியியல் மற்றும் உயிரியல் பாடங்களுக்கான கருவிகள் உள்ளன." };

	// A Tamil page: the section's word, the headline, two writers joined by "மற்றும்"
	// (and), which the text writes too, over the date line (the base: the writers'
	// line as title, no writer).
	@Test
	void twoWritersJoinedByTheLanguagesAndInAScriptWithoutCapitalsAreTheWriters() {
		ParsedArticle article = extract(tamilPage("மீனா சுந்தரம் மற்றும் அருண் குமார்"));
		assertThat(article.title().value()).isEqualTo("மதுரை பள்ளியில் புதிய அறிவியல் ஆய்வகம் திறப்பு");
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("மீனா சுந்தரம்", "அருண் குமார்");
	}

	// Near miss: two things joined by "and" there, each of one word ("music and dance"),
	// name no one.
	@Test
	void twoWordsJoinedByAndAreNoWriters() {
		ParsedArticle article = extract(tamilPage("இசை மற்றும் நடனம்"));
		assertThat(article.authors()).isNull();
	}

	// Near miss: two labs joined by "and" whose words the page writes elsewhere ("physics
	// lab and chemistry lab" under a headline about a lab) name no one: without capitals,
	// a name's words stand nowhere else on the page.
	@Test
	void twoThingsTheTextNamesJoinedByAndAreNoWriters() {
		ParsedArticle article = extract(tamilPage("இயற்பியல் ஆய்வகம் மற்றும் வேதியியல் ஆய்வகம்"));
		assertThat(article.authors()).isNull();
	}

	// Near miss: a line whose "and" is a letter glued to the next word, where that letter
	// opens an ordinary word too ("وطنية", national: "the launch of a national prize for
	// children's literature" split at it into two "names"), under a line read as the
	// headline and over the date line, names no one; the text writes its words with
	// their article ("الجائزة"), so no word of it stands elsewhere alone.
	@Test
	void aLineSplitAtAGluedAndIsNoWriters() {
		List<Paragraph> paragraphs = Paragraphs
			.split(new String[] { "ثقافة وفنون", "", "إطلاق جائزة وطنية لأدب الأطفال", "", "الخميس 3 دجنبر 2026", "",
					"أعلنت وزارة الثقافة اليوم عن الجائزة الجديدة للكتاب الشباب الذين يكتبون للصغار.", "",
					"وتبلغ قيمة الجائزة الأولى عشرة آلاف درهم، وتعلن النتائج في الربيع المقبل." }, 0);
		assertThat(BylineDetector.nameOverDate(paragraphs, 0, 2)).isNull();
	}

	// review56e, near miss: a deck of two things joined by "and" under the headline and
	// over the date line ("more trains and lower fares"), whose words the text writes
	// only inflected ("ரயில்களை", "கட்டணத்தில்"), so none stands there whole, names no
	// one
	// (main before the mend: the two things as writers).
	@Test
	void aDeckOfTwoThingsTheTextInflectsIsNoWriters() {
		ParsedArticle article = extract(trainsPage("கூடுதல் ரயில்கள் மற்றும் குறைந்த கட்டணம்"));
		assertThat(article.title().value()).isEqualTo("சென்னையில் புதிய மெட்ரோ பாதை திறப்பு");
		assertThat(article.authors()).isNull();
	}

	// review56e: two writers over the same text are still read; their names open no word
	// of it.
	@Test
	void twoWritersOverATextThatInflectsItsWordsAreStillTheWriters() {
		ParsedArticle article = extract(trainsPage("மீனா சுந்தரம் மற்றும் அருண் குமார்"));
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("மீனா சுந்தரம்", "அருண் குமார்");
	}

	// review56e, near miss in Georgian: "new schools and digital lessons" over a text of
	// "სკოლებში" and "გაკვეთილებს" names no one; two writers there are read.
	@ParameterizedTest
	@CsvSource({ "ახალი სკოლები და ციფრული გაკვეთილები, ", "ნინო ბერიძე და გიორგი კაპანაძე, ნინო ბერიძე" })
	void aGeorgianDeckIsNoWritersAndItsWritersAre(String underHeadline, String firstWriter) {
		ParsedArticle article = extract(String.join("\n",
				Arrays.asList("განათლება", "", "მთიან სოფლებში სწავლა ახლებურად იწყება", "", underHeadline, "",
						"4 დეკემბერი 2026", "",
						"მთიან სოფლებში ამ წელს ათი სკოლა გაიხსნა. მოსწავლეები გაკვეთილებს ახლა კომპიუტერით ესწრებიან.",
						"", "სამინისტროს თქმით, მომავალ წელს კიდევ ოცი სოფლის სკოლებში დაიწყება იგივე პროგრამა.", "",
						"მშობლები ამ სიახლით კმაყოფილები არიან.", "", "გაზიარება", "")));
		assertTwoWritersOrNone(article, firstWriter);
	}

	// review56e, near miss in Thai, a script written without spaces: a deck's phrases
	// joined by "และ" ("jasmine rice, good price, and farmers smile") that the text's
	// runs
	// write inside them name no one; two writers' names there are read.
	@ParameterizedTest
	@CsvSource({ "ข้าวหอมมะลิ ราคาดี และ ชาวนา ยิ้มได้, ", "วิไล แสงทอง และ สมชาย ใจดี, วิไล แสงทอง" })
	void aThaiDeckIsNoWritersAndItsWritersAre(String underHeadline, String firstWriter) {
		ParsedArticle article = extract(String.join("\n",
				Arrays.asList("เศรษฐกิจ", "", "ราคาข้าวหอมมะลิสูงสุดในรอบสิบปี", "", underHeadline, "",
						"5 ธันวาคม 2569", "", "ราคาข้าวหอมมะลิในตลาดสูงขึ้นมากในปีนี้ เพราะผลผลิตลดลงจากภัยแล้ง", "",
						"ชาวนาในภาคอีสานขายข้าวได้ราคาดีกว่าทุกปี และหลายคนวางแผนขยายพื้นที่ปลูก", "",
						"ผู้ส่งออกคาดว่าราคาจะทรงตัวไปจนถึงกลางปีหน้า", "", "แชร์", "")));
		assertTwoWritersOrNone(article, firstWriter);
	}

	// meta57, near miss in Amharic, whose script writes a syllable a character: "coffee
	// production and foreign trade" (words of three syllables, under the vocabulary's
	// shortest) over a text that writes "ምርቱ" and "ንግዱን" names no one (main before the
	// mend: the two things as writers); two writers there are read, and so are two whose
	// names are words of the text but for their last vowel ("አበበ" over "አበባ", "በቀለ"
	// over "በቀላሉ"), which no ending changes.
	@ParameterizedTest
	@CsvSource({ "የቡና ምርት እና የውጭ ንግድ, , ", "ሰላማዊት ተስፋዬ እና ዳዊት መኮንን, ሰላማዊት ተስፋዬ, ",
			"አበበ ተስፋዬ እና ሰላማዊት በቀለ, አበበ ተስፋዬ, በአዲስ አበባ የሚገኙ ላኪዎች በቀላሉ" })
	void anAmharicDeckIsNoWritersAndItsWritersAre(String underHeadline, String firstWriter, String exporters) {
		ParsedArticle article = extract(String.join("\n",
				Arrays.asList("ኢኮኖሚ", "", "የኢትዮጵያ ቡና በዚህ ዓመት ወደ ብዙ አገሮች ተላከ", "", underHeadline, "",
						"ኅዳር 24 ቀን 2019 ዓ.ም.", "", "በዚህ ዓመት የኢትዮጵያ ቡና ምርቱ ከፍተኛ ጭማሪ ማሳየቱን የግብርና ሚኒስቴር አስታወቀ።", "",
						((exporters != null) ? exporters : "ላኪዎች") + " እንደሚሉት ከውጭ ገዢዎች የሚመጣው ፍላጎት በየወሩ እያደገ ነው።", "",
						"መንግሥት ንግዱን ለማሳደግ አዲስ ደንብ ማውጣቱንም ገልጿል።", "", "አጋራ", "")));
		assertTwoWritersOrNone(article, firstWriter);
	}

	// review57c: Amharic names are words ("ዓለም", world; "ደስታ", joy), so one writer's
	// name glued inside the text ("የዓለም ባንክ", the World Bank; "በደስታ", with joy) is no
	// deck's thing; main's head read the line as a deck and named no one. A deck's two
	// things both stand in the text (the first row, no writers).
	@ParameterizedTest
	@CsvSource({ "የብድር ስምምነት እና የዓለም ባንክ, ", "ዓለም ታደሰ እና ሕይወት ገብሬ, ዓለም ታደሰ", "ሰላማዊት ደስታ እና ዳዊት አለሙ, ሰላማዊት ደስታ" })
	void anAmharicWriterWhoseNameIsAWordOfTheTextIsRead(String underHeadline, String firstWriter) {
		ParsedArticle article = extract(String.join("\n",
				Arrays.asList("ኢኮኖሚ", "", "የዓለም ባንክ ለኢትዮጵያ አዲስ ብድር ሰጠ", "", underHeadline, "", "ኅዳር 24 ቀን 2019 ዓ.ም.",
						"", "የዓለም ባንክ በዚህ ሳምንት ለኢትዮጵያ መንግሥት አዲስ ብድር መስጠቱን አስታወቀ።", "",
						"ብድሩ ለመንገድ ግንባታ እና ለውሃ አቅርቦት እንደሚውል ባንኩ ገልጿል።", "", "የገንዘብ ሚኒስቴር ባለሥልጣናት ስምምነቱን በደስታ ተቀብለውታል።",
						"", "አጋራ", "")));
		assertTwoWritersOrNone(article, firstWriter);
	}

	// Data: Sinhala's "සහ" (and) between two writers in its script without capitals
	// (the base: no separator, the whole line one name of five words, no writer).
	@Test
	void twoWritersJoinedBySinhalasAndAreTheWriters() {
		ParsedArticle article = extract("""
				ප්‍රාදේශීය

				ගාල්ල වරායේ නව මසුන් වෙළඳපොළ විවෘත කෙරේ

				කමල් ජයසිංහ සහ සුනිලා පීරිස්

				4 දෙසැම්බර් 2026

				ගාල්ල වරායේ ඉදිකළ නව මසුන් වෙළඳපොළ අද උදෑසන විවෘත කරන ලදී. මෙහි කඩ සියයක් පමණ ඇත.

				ධීවරයින්ට තම මසුන් කෙලින්ම පාරිභෝගිකයින්ට විකිණීමට මෙයින් හැකියාව ලැබේ.

				වෙළඳපොළ සෑම දිනකම උදෑසන පහේ සිට සවස හය දක්වා විවෘතව පවතී.

				බෙදාගන්න
				""");
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("කමල් ජයසිංහ", "සුනිලා පීරිස්");
	}

	// Data: Irish's "agus" (and) between two writers' bare names over the date line (the
	// base: no separator, no writer).
	@Test
	void twoWritersJoinedByIrishsAndAreTheWriters() {
		assertThat(BylineDetector.namesLine("Áine Walsh agus Seán Murphy")).containsExactly("Áine Walsh",
				"Seán Murphy");
	}

	// Two writers, the first given, or none when it is null.
	private static void assertTwoWritersOrNone(ParsedArticle article, String firstWriter) {
		if (firstWriter == null) {
			assertThat(article.authors()).isNull();
		}
		else {
			assertThat(article.authors()).isNotNull();
			assertThat(article.authors().value()).startsWith(firstWriter).hasSize(2);
		}
	}

	private static String trainsPage(String underHeadline) {
		return String.join("\n", Arrays.asList("போக்குவரத்து", "", "சென்னையில் புதிய மெட்ரோ பாதை திறப்பு", "",
				underHeadline, "", "4 டிசம்பர் 2026", "",
				"சென்னையில் புதிய மெட்ரோ பாதை இன்று திறக்கப்பட்டது. இந்த பாதையில் ரயில்களை ஒவ்வொரு ஐந்து நிமிடத்துக்கும் இயக்க திட்டமிடப்பட்டுள்ளது.",
				"", "பயணிகள் கட்டணத்தில் பத்து சதவீதம் தள்ளுபடி பெறலாம் என்று அதிகாரிகள் தெரிவித்தனர்.", "",
				"அடுத்த ஆண்டு மேலும் இரண்டு பாதைகள் திறக்கப்படும் என்று அவர்கள் கூறினர்.", "", "பகிர்", ""));
	}

	private static String tamilPage(String underHeadline) {
		return String.join("\n", Arrays.asList("கல்வி", "", "மதுரை பள்ளியில் புதிய அறிவியல் ஆய்வகம் திறப்பு", "",
				underHeadline, "", "4 டிசம்பர் 2026", "",
				"மதுரையில் உள்ள அரசுப் பள்ளியில் புதிய அறிவியல் ஆய்வகம் இன்று திறக்கப்பட்டது. இதில் நூறு மாணவர்கள் ஒரே நேரத்தில் பயிற்சி செய்யலாம்.",
				"", "ஆய்வகத்தில் இயற்பியல், வேதியியல் மற்றும் உயிரியல் பாடங்களுக்கான கருவிகள் உள்ளன.", "",
				"\"எங்கள் மாணவர்கள் இனி நகரத்துக்குச் செல்ல வேண்டியதில்லை,\" என்று தலைமை ஆசிரியர் கூறினார்.", "",
				"அடுத்த ஆண்டு கணினி ஆய்வகமும் அமைக்கப்படும் என்று மாவட்ட கல்வி அலுவலர் தெரிவித்தார்.", "", "பகிர்",
				""));
	}

}
