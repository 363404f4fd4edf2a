package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round auth51: the writer's bare name under the headline, over the date line (a short
 * line of the writer's town or post allowed between), in any script, written again as
 * invented pages; and a Flemish surname opened by a capitalised particle ("Van den …")
 * whose particle the page's sentences write in lower case.
 */
class BareNameOverDateLineTests extends WholePageTests {

	// A Dutch broadcaster's page: a long menu, the headline, its deck, the writer's name
	// and the date line; the name stands past the reader's header walk (the base: none).
	@Test
	void bareNameUnderTheDeckOverTheDateLineIsTheWriter() {
		ParsedArticle article = extract(
				"""
						Dijkstad nieuwe brug open - Omroep Waterland

						Omroep Waterland

						Nieuws

						Sport

						Verkeer

						Weer

						Radio

						TV

						Agenda

						Nieuws

						Nieuwe fietsbrug over de Lange Vaart na twee jaar bouwen open

						Fietsers uit Dijkstad hoeven sinds vanochtend niet meer om te rijden via het industrieterrein.

						Femke Hoogland

						3 december 2026, 09:20

						De nieuwe fietsbrug over de Lange Vaart is vanochtend geopend door de wethouder. Aan de brug is twee jaar gebouwd.

						Fietsers uit Dijkstad reden tot nu toe een omweg van vier kilometer langs het industrieterrein.

						"We zijn blij dat de kinderen nu veilig naar school kunnen fietsen", zegt een bewoner van de wijk.

						Deel dit artikel
						""");
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("Femke Hoogland");
	}

	// A Moroccan paper's page: the name in a script without capitals, right over the
	// date line (the base: none).
	@Test
	void bareNameInAScriptWithoutCapitalsOverTheDateLineIsTheWriter() {
		ParsedArticle article = extract(arabicPage("أنباء الساحل", "مريم الحسني", "الخميس 3 دجنبر 2026 - 09:45"));
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("مريم الحسني");
	}

	// Look-alike: the site's news desk set under the headline ("أنباء الصويرة", the
	// news of the town), a word of which the masthead writes alone, is no writer.
	@Test
	void outletNameOverTheDateLineIsNoWriter() {
		ParsedArticle article = extract(arabicPage("أنباء", "أنباء الصويرة", "الخميس 3 دجنبر 2026 - 09:45"));
		assertThat(article.authors()).isNull();
	}

	// Look-alike: a line in a script without capitals over a date line written in Latin
	// letters only: a header not in the line's own script, no writer's (an outlet's name
	// as often).
	@Test
	void uncasedLineOverADateLineInAnotherScriptIsNoWriter() {
		ParsedArticle article = extract(arabicPage("أنباء الساحل", "مريم الحسني", "Dec 03, 2026, 09:45 AM"));
		assertThat(article.authors()).isNull();
	}

	// Look-alike: two writers joined by a word in a script without capitals ("דנה לוי
	// ואורי כהן") are not read as one name.
	@Test
	void twoWritersInAScriptWithoutCapitalsAreNotOneName() {
		ParsedArticle article = extract("""
				חדשות העמק

				חדשות  כלכלה  ספורט

				גן ציבורי חדש נפתח במרכז העיר עפולה

				דנה לוי ואורי כהן

				יום חמישי, 3 בדצמבר 2026, 09:45

				גן ציבורי חדש נפתח הבוקר במרכז העיר, לאחר שנתיים של עבודות.

				בגן יש מגרש משחקים, שבילי הליכה ומאות עצים חדשים.

				תושבים רבים הגיעו לטקס הפתיחה.
				""");
		List<String> authors = (article.authors() != null) ? article.authors().value() : null;
		assertThat(authors).isNotEqualTo(List.of("דנה לוי ואורי כהן"));
	}

	// Look-alike: in a script without capitals, a name over a town line over the date
	// line is a section's label over its place as often (review36b): no writer.
	@Test
	void uncasedLineOverATownAndTheDateLineIsNoWriter() {
		ParsedArticle article = extract(bengaliPage("রফিকুল হাসান"));
		assertThat(article.authors()).isNull();
	}

	// Look-alike: a desk's credit there ("own reporter") names no one.
	@Test
	void deskCreditOverATownAndTheDateLineIsNoWriter() {
		ParsedArticle article = extract(bengaliPage("নিজস্ব প্রতিবেদক"));
		assertThat(article.authors()).isNull();
	}

	// A Flemish page: "Van den" opens the surname, and the text's "van" says nothing of
	// it (the base: none).
	@Test
	void capitalisedParticleOfASurnameIsNoOrdinaryWord() {
		ParsedArticle article = extract(
				"""
						Lier krijgt een nieuwe bibliotheek aan de Nete | Het Nethenieuws

						Het Nethenieuws

						Nieuws  Regio  Sport  Cultuur

						Lier

						Lier krijgt een nieuwe bibliotheek aan de Nete

						Lotte Van den Eynde

						03-12-26, 11:05

						De stad Lier bouwt een nieuwe bibliotheek aan de oever van de Nete. De werken beginnen in het voorjaar.

						Het gebouw krijgt drie verdiepingen en een leeszaal met uitzicht op het water, zegt de schepen van Cultuur.

						De oude bibliotheek aan de markt wordt verkocht.
						""");
		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("Lotte Van den Eynde");
	}

	// Look-alike: a section's words under the headline, over running text and no date
	// line, stay no writer.
	@Test
	void bareWordsOverTheTextWithoutADateLineAreNoWriter() {
		ParsedArticle article = extract(
				"""
						Nieuwe fietsbrug open | Omroep Waterland

						Omroep Waterland

						Nieuws  Sport  Verkeer

						Nieuwe fietsbrug over de Lange Vaart na twee jaar bouwen open

						Verkeer Regio

						De nieuwe fietsbrug over de Lange Vaart is vanochtend geopend door de wethouder. Aan de brug is twee jaar gebouwd.

						Fietsers uit Dijkstad reden tot nu toe een omweg van vier kilometer langs het industrieterrein.
						""");
		assertThat(article.authors()).isNull();
	}

	private static String arabicPage(String site, String underHeadline, String dateLine) {
		return "افتتاح سوق جديد للسمك في ميناء الصويرة | " + site + "\n\n" + site + "\n\n" + """

				الرئيسية  سياسة  اقتصاد  مجتمع  رياضة

				اقتصاد

				افتتاح سوق جديد للسمك في ميناء الصويرة

				""" + underHeadline + "\n\n" + dateLine + """


				افتتح صباح اليوم سوق جديد للسمك بميناء الصويرة، بعد أشغال دامت أكثر من سنة.

				ويضم السوق الجديد أربعين محلا ومخزنا للتبريد، حسب ما أفاد به مسؤولو الميناء.

				وقال أحد البحارة إن السوق سيساعد على بيع السمك في ظروف أفضل.

				""" + "© 2026 " + site + "\n";
	}

	private static String bengaliPage(String underHeadline) {
		return """
				খুলনায় নতুন সেতু চালু | দৈনিক দক্ষিণবার্তা

				দৈনিক দক্ষিণবার্তা

				প্রচ্ছদ  বাংলাদেশ  খেলা  বিনোদন

				বাংলাদেশ

				খুলনায় নতুন সেতু চালু

				""" + underHeadline + """


				খুলনা

				প্রকাশ: ০৪ ডিসেম্বর ২০২৬, ০৯:১৫

				খুলনায় রূপসা নদীর ওপর নতুন একটি সেতু আজ সকালে চালু হয়েছে। এতে শহরের যানজট কমবে বলে আশা করা হচ্ছে।

				সেতুটি নির্মাণে দুই বছর সময় লেগেছে। প্রতিদিন হাজারো মানুষ এটি ব্যবহার করবেন।

				স্থানীয় এক ব্যবসায়ী বলেন, এখন নদী পার হতে আর নৌকার জন্য অপেক্ষা করতে হবে না।
				""";
	}

}
