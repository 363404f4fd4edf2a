package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round meta53: a numeric date that could be read either way ("11/06/2026",
 * "12-01-2026"), ordered by the country the page shows where its other dates and its
 * language do not say: a US street address without a ZIP code reads it month first, a
 * British, Irish, Australian or New Zealand web domain in a contact line day first.
 * Invented pages of the shapes blind29's sheriff's office, blind30's school district and
 * blind30's shire council have.
 */
class CountryDateOrderTests extends WholePageTests {

	private static final String TRAIL_TEXT = """
			The Birch Creek trail will reopen to walkers and cyclists on Saturday after a summer of repairs to its two footbridges.

			Crews replaced the rotten decking on both bridges and rebuilt the stone steps below the falls, which had been closed since the spring floods.

			"We know people have missed the loop, and we thank them for their patience," the parks manager said.

			Dogs must be kept on a lead on the bridges, and the car park at the trailhead will open at 7 a.m.
			""";

	private static String trailPage(String dateLine, String footer) {
		return """
				Skip to main content

				Parks and Recreation

				Parks

				Trails

				Programs

				News

				Birch Creek trail reopens after bridge repairs

				""" + dateLine + """


				Parks Department

				""" + TRAIL_TEXT + "\n" + footer;
	}

	// The trail page with a line among the text's paragraphs, after the first.
	private static String trailPageAmongText(String dateLine, String line, String footer) {
		String page = trailPage(dateLine, footer);
		int second = page.indexOf("Crews replaced");
		return page.substring(0, second) + line + "\n\n" + page.substring(second);
	}

	// A county's page: the address's street, town and state's code on one line, no ZIP
	// code. Read month first (the base: none).
	@Test
	void slashedDateOnAPageWithAStreetAddressWithoutZipIsReadMonthFirst() {
		ParsedArticle article = extract(trailPage("11/06/2026", """
				Pike County Parks and Recreation

				2750 Lakeview Drive, Dunmore, PA

				Accessibility
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 6));
	}

	// The town and the state's code alone on the line under the street's, and a dashed
	// date: read month first (the base: 12 January, day first as dashes are read).
	@Test
	void dashedDateOnAPageWithATownUnderItsStreetIsReadMonthFirst() {
		ParsedArticle article = extract(trailPage("12-01-2026", """
				Benton County Parks

				450 N. Elm Street

				Springdale, AR

				Accessibility
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	// An Australian council's contact line under its release: an email under a state
	// government's domain. Read day first (the base: none).
	@Test
	void slashedDateOnAPageWithADayFirstCountrysEmailIsReadDayFirst() {
		ParsedArticle article = extract(trailPage("3/11/2026", """
				Media enquiries: news@lakesidecouncil.nsw.gov.au

				Subscribe to council news
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	// Look-alike: a town and a state's code with no street line above it (a weather
	// box's "Currently in") shows no address; no date, and a dashed one stays day first.
	@Test
	void townAndStateWithoutAStreetOrderNothing() {
		String footer = """
				Currently in

				Springdale, AR

				Accessibility
				""";
		assertThat(extract(trailPage("11/06/2026", footer)).publishedDate()).isNull();
		assertThat(extract(trailPage("12-01-2026", footer)).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 1, 12));
	}

	// Look-alike: a day-first country's email inside a sentence of the text (a reader's
	// invitation) is no site's contact line: no date.
	@Test
	void domainInsideASentenceOrdersNothing() {
		ParsedArticle article = extract(trailPage("3/11/2026", """
				Readers who walked the trail before the floods can send their photographs to photos@valleyherald.co.uk.

				Accessibility
				"""));
		assertThat(article.publishedDate()).isNull();
	}

	// Look-alike: a page that shows both a US street address and a British domain shows
	// no one country: no date.
	@Test
	void bothCountriesOrderNothing() {
		ParsedArticle article = extract(trailPage("11/06/2026", """
				2750 Lakeview Drive, Dunmore, PA

				Partner site: www.lakelandwalks.co.uk
				"""));
		assertThat(article.publishedDate()).isNull();
	}

	// review53a's look-alike: Western Australia closes its addresses with "WA" too, and
	// writes the day first; without a ZIP code the address shows no country (head
	// bc8338f2: 12 April, month first).
	@Test
	void westernAustralianAddressWithoutZipOrdersNothing() {
		assertThat(extract(trailPage("4/12/2026", """
				Swan River Trails

				12 Hay Street, Perth, WA

				Accessibility
				""")).publishedDate()).isNull();
		assertThat(extract(trailPage("4/12/2026", """
				12 Hay Street

				Perth, WA

				Accessibility
				""")).publishedDate()).isNull();
	}

	// review53a's near-miss: a ZIP code makes "WA" Washington's, month first.
	@Test
	void washingtonAddressWithZipIsReadMonthFirst() {
		ParsedArticle article = extract(trailPage("4/12/2026", """
				600 4th Avenue, Seattle, WA 98104

				Accessibility
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 4, 12));
	}

	// review53a's look-alike: a link the text cites on a line of its own, to a page under
	// a British government domain, is no site's own address (head bc8338f2: 11 June,
	// day first).
	@Test
	void citedLinkUnderADayFirstDomainOrdersNothing() {
		ParsedArticle article = extract(trailPage("11/06/2026", """
				Source: https://www.ons.gov.uk/economy/inflationandpriceindices

				Accessibility
				"""));
		assertThat(article.publishedDate()).isNull();
	}

	// review53a's near-miss: the site's own web address, its host alone, still reads
	// the day first.
	@Test
	void siteAddressUnderADayFirstDomainIsReadDayFirst() {
		ParsedArticle article = extract(trailPage("3/11/2026", """
				Lakeland District Council

				https://www.lakeland.gov.uk/

				Subscribe to council news
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 3));
	}

	// review53a's look-alike: a dotted date, as Europe writes it, on a page whose only
	// cue is a US venue's address on a line of its own (a British story about a
	// conference in Texas) stays day first (head bc8338f2: 11 April, month first); the
	// same page's dashed date is read month first, as the school district's is.
	@Test
	void dottedDateOnAPageWithAUsVenueStaysDayFirst() {
		String footer = """
				Venue: 1200 Main Street, Austin, TX

				Accessibility
				""";
		assertThat(extract(trailPage("04.11.2026", footer)).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(extract(trailPage("04-11-2026", footer)).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 4, 11));
	}

	// meta54: a US venue's address on a line among the text's paragraphs (a British
	// page's story of a tour to Texas) is the story's, not the site's: no date (base
	// fdd481fe: 11 April, month first); with the site's own British email in its footer
	// the page reads the day first (base: none, the venue's country cancelling it).
	@Test
	void venueAddressAmongTheTextOrdersNothing() {
		assertThat(
				extract(trailPageAmongText("4/11/2026", "Venue: 1200 Congress Avenue, Austin, TX", "Accessibility\n"))
					.publishedDate())
			.isNull();
		assertThat(extract(trailPageAmongText("4/11/2026", "1200 Congress Avenue\n\nAustin, TX", "Accessibility\n"))
			.publishedDate()).isNull();
		assertThat(extract(trailPageAmongText("4/11/2026", "Venue: 1200 Congress Avenue, Austin, TX",
				"Contact: news@penhallowpost.co.uk\n"))
			.publishedDate()
			.value()).isEqualTo(LocalDate.of(2026, 11, 4));
	}

	// meta54: a quoted source's email under a British domain on a line among the text's
	// paragraphs of an American page is no site's contact line: no date (base fdd481fe:
	// 4 November, day first); the page's own US address in its footer reads the month
	// first (base: none).
	@Test
	void quotedDayFirstEmailAmongTheTextOrdersNothing() {
		assertThat(
				extract(trailPageAmongText("4/11/2026", "Contact: press@ox.ac.uk", "Accessibility\n")).publishedDate())
			.isNull();
		assertThat(extract(trailPageAmongText("4/11/2026", "Contact: press@ox.ac.uk", """
				Pike County Parks and Recreation

				2750 Lakeview Drive, Dunmore, PA
				""")).publishedDate().value()).isEqualTo(LocalDate.of(2026, 4, 11));
	}

	// review54b: the site's own contact line right under the text's last paragraph, over
	// one paragraph of the site's About or sign-up text, is no line among the text: it
	// shows the site's country (main 44c52fe9: none; base fdd481fe: as here).
	@Test
	void sitesContactLineOverItsAboutOrSignUpTextOrdersTheDate() {
		assertThat(extract(trailPage("4/11/2026",
				"""
						Contact: news@penhallowpost.co.uk

						The Penhallow Post is an independent weekly newspaper serving Cornwall since 1890 and is regulated by IPSO.
						"""))
			.publishedDate()
			.value()).isEqualTo(LocalDate.of(2026, 11, 4));
		assertThat(extract(trailPage("4/11/2026", """
				Pike County Parks and Recreation, 2750 Lakeview Drive, Dunmore, PA

				Sign up for our newsletter to get the parks department's news delivered to your inbox every month.
				""")).publishedDate().value()).isEqualTo(LocalDate.of(2026, 4, 11));
		assertThat(extract(trailPage("4/11/2026",
				"""
						Pike County Parks and Recreation

						2750 Lakeview Drive

						Dunmore, PA

						Pike County Parks and Recreation looks after fourteen parks, sixty miles of trails and two public beaches.
						"""))
			.publishedDate()
			.value()).isEqualTo(LocalDate.of(2026, 4, 11));
	}

	// meta54: a line's count over a name with a doctor's letters ("3 Min Read" over
	// "Steven Kim, MD") and a European postcode before its town and region ("Hauptstraße
	// 12, 80331 München, Bayern, DE") name no street by its word: no address, no date
	// (base fdd481fe: 11 April, month first).
	@Test
	void linesWithoutAStreetsWordShowNoAddress() {
		assertThat(extract(trailPage("4/11/2026", """
				3 Min Read

				Steven Kim, MD

				Accessibility
				""")).publishedDate()).isNull();
		assertThat(extract(trailPage("4/11/2026", """
				Rhein Post, Hauptstraße 12, 80331 München, Bayern, DE

				Accessibility
				""")).publishedDate()).isNull();
	}

	// meta54's near-miss: a numbered street ("600 4th Avenue") is a street; in the footer
	// without a ZIP code it still reads the month first.
	@Test
	void numberedStreetWithoutZipIsReadMonthFirst() {
		ParsedArticle article = extract(trailPage("4/11/2026", """
				Miami Valley Parks

				600 4th Avenue, Dayton, OH

				Accessibility
				"""));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 4, 11));
	}

}
