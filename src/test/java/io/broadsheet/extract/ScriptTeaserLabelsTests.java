package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head37: a teaser's label with the script's own colon (Armenian "Կարդացեք նաև՝",
 * read also), a related-news heading (Malayalam "അനുബന്ധ വാർത്തകൾ") and share buttons
 * (Armenian "Կիսվել", Gujarati "શેર કરો") as language data. Invented text throughout.
 */
class ScriptTeaserLabelsTests {

	private static final String HEADLINE = "Վանաձորում բացվել է նոր գրադարան";

	private static final String FIRST = "Վանաձորի կենտրոնում երեկ բացվել է նոր հանրային գրադարան, որտեղ կա ավելի քան քսան հազար գիրք։";

	private static final String SECOND = "Գրադարանը կաշխատի ամեն օր՝ առավոտյան ժամը տասից մինչև երեկոյան ութը, և մուտքն անվճար կլինի։";

	private static final String THIRD = "«Սա մի վայր է, որտեղ բոլորը կարող են կարդալ և սովորել», — ասել է քաղաքապետը։";

	private final ArticleExtractor extractor = new ArticleExtractor();

	// Before, the teaser line and the share button stayed in the body (blind14's
	// Armenian page's shape).
	@Test
	void leavesOutAnArmenianTeaserAndShareButton() {
		String teaser = "Կարդացեք նաև՝ Լոռու մարզում կվերանորոգվի 8 դպրոց";
		ParsedArticle article = extract(HEADLINE, "Հեղինակ՝ Անի Պետրոսյան", FIRST, SECOND, teaser, THIRD, "Կիսվել");
		assertThat(article.body()).as("body")
			.startsWith(FIRST)
			.contains(THIRD)
			.doesNotContain("Կարդացեք")
			.doesNotContain("Կիսվել");
	}

	// Look-alikes: "՝" is also Armenian's pause inside a sentence ("ամեն օր՝ առավոտյան"),
	// and a paragraph that closes on it to introduce a quote is text.
	@Test
	void keepsArmenianSentencesWithTheArmenianColon() {
		String colon = "Քաղաքապետը նաև հավելել է՝";
		String withNaev = "Կարդացեք նաև գրադարանի կայքում, թե ինչ միջոցառումներ են նախատեսված դեկտեմբերին։";
		ParsedArticle article = extract(HEADLINE, "Հեղինակ՝ Անի Պետրոսյան", FIRST, SECOND, colon, THIRD, withNaev);
		assertThat(article.body()).as("body").contains(SECOND).contains(colon).contains(THIRD).contains(withNaev);
	}

	// The related-news heading ends the Malayalam text with the teaser under it.
	@Test
	void endsAMalayalamTextAtItsRelatedNewsHeading() {
		String first = "കൊച്ചി നഗരത്തിൽ പുതിയ പൊതു ലൈബ്രറി ഇന്നലെ തുറന്നു, അവിടെ ഇരുപതിനായിരത്തിലധികം പുസ്തകങ്ങളുണ്ട്.";
		String second = "ലൈബ്രറി എല്ലാ ദിവസവും രാവിലെ പത്ത് മുതൽ വൈകിട്ട് എട്ട് വരെ പ്രവർത്തിക്കും, പ്രവേശനം സൗജന്യമാണ്.";
		String third = "ഇത് എല്ലാവർക്കും വായിക്കാനും പഠിക്കാനുമുള്ള ഇടമാണെന്ന് മേയർ പറഞ്ഞു.";
		ParsedArticle article = extract("കൊച്ചിയിൽ പുതിയ ലൈബ്രറി തുറന്നു", first, second, third, "അനുബന്ധ വാർത്തകൾ",
				"തൃശൂരിൽ പുതിയ പാർക്ക്");
		assertThat(article.body()).as("body").startsWith(first).contains(third).doesNotContain("അനുബന്ധ");
	}

	private ParsedArticle extract(String... blocks) {
		return this.extractor.extract(String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8), null);
	}

}
