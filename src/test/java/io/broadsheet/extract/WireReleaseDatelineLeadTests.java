package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A business newswire's release opens its text with its dateline: the place in capitals,
 * the date with its year, the wire's name and a dash ("AMARILLO, Texas, Nov. 18, 2026
 * /Lakeview Newswire/ -- Sunridge Foods Inc., a Dallas-based maker of …, today opened …",
 * body48). That first sentence of a firm's names and figures holds few stop words and
 * read as furniture: the release lost its lead. The look-alike: a dateline teaser among
 * the release's more-news list, between a headline and furniture, stays out.
 */
class WireReleaseDatelineLeadTests extends WholePageTests {

	private static final String RELEASE = """
			Sunridge Foods Opens $22 Million Tortilla and Flatbread Bakery Near Amarillo Airport | Lakeview Newswire

			Skip to main content

			News

			Browse News Releases

			Business & Money

			Send a Release

			Journalists

			Contact Us

			Sign In

			Search

			NEWS PROVIDED BY

			Sunridge Foods Inc.

			Nov 18, 2026, 09:00 ET

			Share this article

			Facebook

			X

			LinkedIn

			Email

			Sunridge Foods Opens $22 Million Tortilla and Flatbread Bakery Near Amarillo Airport

			The 95,000-square-foot plant adds 180 jobs and four tortilla and flatbread lines

			AMARILLO, Texas, Nov. 18, 2026 /Lakeview Newswire/ -- Sunridge Foods Inc. (OTCQX: SRDF), the Dallas-based tortilla, flatbread and wrap maker, today opened its $22 million, 95,000-square-foot Amarillo bakery plant beside Rick Husband Amarillo International Airport.

			The plant has four production lines and can turn out about 1.2 million tortillas a day. It is expected to employ 180 people when all four lines are running next summer.

			"Our customers in the Panhandle and in Oklahoma have been waiting two days for deliveries from Dallas," said Miguel Farris, president of Sunridge Foods. "From Amarillo we can have fresh bread on their shelves the morning after it is baked."

			The company said the plant runs on wheat flour milled in the region and that it would buy about 40,000 tons of it in its first year.

			Sunridge now operates five bakeries in Texas, Oklahoma and New Mexico.

			Media Contact:

			Laura Pike

			Sunridge Foods Inc.

			press@sunridgefoods.example

			SOURCE Sunridge Foods Inc.

			More News From Sunridge Foods Inc.

			Aug 04, 2026, 08:00 ET

			Sunridge Foods Names New Chief Financial Officer

			DALLAS, Aug. 4, 2026 /Lakeview Newswire/ -- Sunridge Foods Inc., a maker of tortillas, flatbreads and wraps, today named Anna Voss chief financial officer.

			Also from this source

			Terms of Use

			Privacy Policy

			Copyright © 2026 Lakeview Newswire. All Rights Reserved.
			""";

	// The dateline's paragraph read as furniture: the body began at the plant's lines
	// and the title was the firm's name over the date line.
	@Test
	void keepsTheDatelineParagraphAsTheReleasesLead() {
		ParsedArticle article = extract(RELEASE);
		assertThat(article.body())
			.startsWith("AMARILLO, Texas, Nov. 18, 2026 /Lakeview Newswire/ -- Sunridge Foods Inc.")
			.contains("The plant has four production lines", "\"Our customers in the Panhandle")
			.doesNotContain("NEWS PROVIDED BY", "Share this article", "Media Contact:");
	}

	// With the lead kept, the headline right over the deck is the title, not the firm's
	// name over the date line (on this page the base found it too; on blind25's release
	// it took the firm's name, see EXTRACTOR.md's body48).
	@Test
	void takesTheHeadlineOverTheDeckForTheTitleNotTheFirmsName() {
		assertThat(extract(RELEASE).title().value())
			.isEqualTo("Sunridge Foods Opens $22 Million Tortilla and Flatbread Bakery Near Amarillo Airport");
	}

	// The earlier release's teaser under "More News From …" opens with a dateline too:
	// between a headline and furniture it stays out.
	@Test
	void leavesADatelineTeaserInTheMoreNewsListOut() {
		assertThat(extract(RELEASE).body()).doesNotContain("DALLAS, Aug. 4, 2026", "today named Anna Voss");
	}

}
