package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two lines of a site's chrome under the text: a copyright notice of a wire story, long
 * enough and with sentences enough to read as the story's last paragraph, and a tags
 * label alone on its line over a tag a line. A sentence of the story opening with the
 * word for copyright and a year, a topics heading over the story's own paragraphs, and a
 * deck and a crosshead around a picture's credit ("© Name", no year) are kept.
 */
class CopyrightNoticeAndTagsHeadingBodyTests extends WholePageTests {

	private static String wireStory(String lastLine) {
		return """
				Drone rules tightened over wildfires | KVTX 4 News
				KVTX 4 News
				Watch Live
				Weather Alert: Wind advisory until 6 p.m.
				News
				Weather
				Sports
				Drone rules tightened over wildfires
				By MARIA LEDESMA and TOM HARKER, Associated Press
				Updated 3:14 PM, Dec 4, 2026
				WASHINGTON — Federal regulators on Thursday proposed steeper fines for people who fly drones near wildfires, after a summer in which firefighting aircraft were grounded dozens of times.
				The proposal would raise the top penalty to $75,000 and let the agency seize drones flown inside temporary flight restrictions.
				Firefighting agencies reported 38 drone incursions during the 2026 season, up from 22 the year before. In several cases, helicopters were pulled off a fire.
				%s
				Trending Now
				Crews ready plows for first big snow
				2 hours ago
				School board to vote on new calendar
				5 hours ago
				"""
			.formatted(lastLine);
	}

	@Test
	void leavesAWireStorysCopyrightNoticeOut() {
		ParsedArticle article = extract(wireStory(
				"""
						The public can comment on the proposal for 60 days, and a final rule could take effect before next summer.
						Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""));
		assertThat(article.body()).endsWith("a final rule could take effect before next summer.")
			.doesNotContain("All rights reserved");
	}

	@Test
	void leavesANoticeOpeningWithTheSignOut() {
		ParsedArticle article = extract(wireStory(
				"""
						The public can comment on the proposal for 60 days, and a final rule could take effect before next summer.
						© 2026 KVTX Broadcasting Inc. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."""));
		assertThat(article.body()).endsWith("a final rule could take effect before next summer.")
			.doesNotContain("All rights reserved");
	}

	@Test
	void keepsTheStorysSentenceOpeningWithTheWordAndAYear() {
		ParsedArticle article = extract(wireStory(
				"""
						Copyright 1998 rules written for printed photographs still apply to drone footage posted online, the agency said in its notice.
						The public can comment on the proposal for 60 days, and a final rule could take effect before next summer."""));
		assertThat(article.body()).contains("Copyright 1998 rules written for printed photographs")
			.contains("a final rule could take effect before next summer.");
	}

	// review50c: a story about copyright law opens a sentence with the word, a year and
	// a capital; a notice's holder is a few words up to its stop
	@Test
	void keepsTheStorysSentenceOpeningWithTheWordAYearAndACapital() {
		ParsedArticle article = extract(wireStory(
				"""
						Copyright 2030 Strategy, the office's plan published in May, sets out how the agency will weigh claims from artists and photographers.
						The public can comment on the proposal for 60 days, and a final rule could take effect before next summer.
						Copyright 2026 The Vale Courier Media Group. All rights reserved."""));
		assertThat(article.body()).contains("Copyright 2030 Strategy, the office's plan published in May")
			.endsWith("a final rule could take effect before next summer.")
			.doesNotContain("All rights reserved");
	}

	@Test
	void keepsTheLeadAndCrossheadAroundAPicturesCreditLine() {
		ParsedArticle article = extract(
				"""
						Naturfotos

						Newsletter

						Podcast

						Vor Ort

						Partner

						News

						Suchen

						Über uns

						News

						Details

						Storchennest in Wendelstein wieder besetzt

						Nach drei Jahren Pause wieder Nachwuchs – Ehrenamtliche zählen die Jungvögel jede Woche

						Große Freude im Ort: Nach drei Jahren Pause brütet wieder ein Storchenpaar auf dem Kirchturm.

						© Helga Brenner

						Das Storchenpaar auf dem Kirchturm.

						Erster Nachwuchs seit 2023

						„Wir haben lange gehofft, dass die Störche zurückkehren“, sagt Gebietsbetreuerin Martina Vogl. „Das Paar wurde Anfang April zum ersten Mal auf dem Nest gesehen und hat inzwischen drei Junge, die kräftig wachsen.“

						Schwierige Nahrungssuche im trockenen Frühjahr

						Die Ehrenamtlichen zählen die Jungvögel jede Woche von der gegenüberliegenden Straßenseite aus und melden die Zahlen an die Vogelwarte. Im Sommer sollen die Jungen beringt werden, wenn das Wetter mitspielt.

						Suche nach Futterwiesen

						Der Verband bittet Spaziergänger, den Kirchplatz in den kommenden Wochen ruhig zu halten und keine Drohnen über dem Nest steigen zu lassen, damit die Altvögel nicht gestört werden.

						Alle Nachrichten zum Naturschutz

						Impressum

						Datenschutz
						""");
		assertThat(article.body()).contains("Große Freude im Ort: Nach drei Jahren Pause")
			.contains("Erster Nachwuchs seit 2023")
			.contains("keine Drohnen über dem Nest steigen zu lassen");
	}

	private static String radioStory(String middle, String end) {
		return """
				Two state park campgrounds to close for repairs | WKRV
				WKRV
				Donate
				News
				Music
				Events
				Two state park campgrounds to close for repairs
				By Dana Whitlock, Peter Osei
				Published December 3, 2026 at 4:10 PM EST
				Two of the busiest campgrounds in the state's parks will close for most of next year while the state replaces water lines and rebuilds bathhouses that date to the 1970s.

				The Department of Conservation said the campgrounds at Elk River State Park and Pine Hollow State Park would close on January 4 and reopen in spring 2028.

				%s

				Park officials said campers with reservations next year would be moved to other parks or refunded. "We would rather do this once and do it right," said park manager Joan Elder.

				%s

				Dana Whitlock

				Dana Whitlock covers environment and outdoor recreation for WKRV.

				WKRV

				Privacy Policy
				"""
			.formatted(middle, end);
	}

	@Test
	void endsTheBodyAtATagsLabelAloneOnItsLine() {
		ParsedArticle article = extract(radioStory("Cabins and day-use areas at both parks will stay open.", """
				Tags

				Environment

				State Parks"""));
		assertThat(article.body())
			.endsWith("\"We would rather do this once and do it right,\" said park manager Joan Elder.")
			.doesNotContain("State Parks\n")
			.doesNotContain("Environment");
	}

	@Test
	void keepsATopicsHeadingOverTheStorysOwnParagraphs() {
		ParsedArticle article = extract(radioStory("""
				Topics

				The state will also review the fees it charges at its 40 other campgrounds, officials said.""",
				"Reservations for 2028 open in March."));
		assertThat(article.body()).contains("Topics\n\nThe state will also review the fees")
			.endsWith("Reservations for 2028 open in March.");
	}

}
