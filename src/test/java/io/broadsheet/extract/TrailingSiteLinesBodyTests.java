package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's boxes, lists and footer set after the article as short lines with no stop
 * (blind21's astronomy club and heritage railway, its South African page's "More in …"
 * list, blind20's Irish "Also in News"): two such lines or more under the text's last
 * sentence leave the body. And the look-alikes that must stay: a list the text introduces
 * with a colon, one short line under the text, a paragraph cut off where the page was
 * saved.
 */
class TrailingSiteLinesBodyTests extends WholePageTests {

	private static String page(String tail) {
		return """
				Harwell Astronomical Society

				Home | Club news | Observing | Join

				Club news

				Comet viewing evening at Beacon Hill moves to a darker field

				The society's public viewing evening for the comet will go ahead on Saturday 9 January at the new field beyond Beacon Hill, weather permitting.

				The old site has been lit by the new retail park since the summer, and members found the comet hard to see there on their last visit.

				Members will set up telescopes from 6pm so that visitors can look at Saturn and the Pleiades while they wait for the comet to rise.

				%s
				"""
			.formatted(tail);
	}

	@Test
	void leavesAClubsNoticeRegistrationLineAndFooterOut() {
		ParsedArticle article = extract(page("""
				If the sky is cloudy, we will post a message on this page by 4pm on the day.

				Next meeting

				Tuesday 12 January, 7.30pm: Life on icy moons

				Harwell Astronomical Society is a registered charity, no. 1098765

				Privacy

				Contact"""));
		assertThat(article.body()).startsWith("The society's public viewing evening")
			.endsWith("by 4pm on the day.")
			.doesNotContain("Next meeting", "icy moons", "registered charity", "Privacy", "Contact");
	}

	@Test
	void leavesAMoreInListOfHeadlinesAndFooterOut() {
		ParsedArticle article = extract(page("""
				A spokesperson for the society said the new field had been lent by a farmer who is a member.

				More in Oxfordshire

				Bus route to the hospital saved after protest

				Library opening hours cut from February

				About us

				Contact"""));
		assertThat(article.body()).endsWith("a farmer who is a member.")
			.doesNotContain("More in Oxfordshire", "Bus route", "Library opening", "About us");
	}

	@Test
	void keepsAListTheTextIntroducesWithAColon() {
		ParsedArticle article = extract(page("""
				If you are coming, please bring:

				warm clothes, a hat and gloves

				a reclining chair or a camping mat

				a torch with a red filter"""));
		assertThat(article.body()).endsWith("a torch with a red filter").contains("warm clothes, a hat and gloves");
	}

	@Test
	void keepsOneShortLineUnderTheText() {
		ParsedArticle article = extract(page("""
				Entry is free, and hot drinks will be sold by the scouts.

				Tickets from the library or at the gate on the night"""));
		assertThat(article.body()).endsWith("Tickets from the library or at the gate on the night");
	}

	@Test
	void keepsAParagraphCutOffWherePageWasSaved() {
		ParsedArticle article = extract(
				page("""
						The society has booked the field for two more evenings in the spring.

						Members voted for the change at the last meeting

						The committee will review the site in March. Until then, all public evenings will be held at the new field unless"""));
		assertThat(article.body()).contains("Members voted for the change")
			.endsWith("will be held at the new field unless");
	}

	// review44b: lines of five words or more each, with no label, link or footer among
	// them, are the article's own ending, however short and unpunctuated.
	@Test
	void keepsAPoemsLastLinesUnderTheText() {
		ParsedArticle article = extract(page("""
				The poem ends with these lines, which the judges read aloud at the evening.

				And still the river keeps its counsel

				under the bridge where the lamps go out

				we carry the chairs up one more flight"""));
		assertThat(article.body()).contains("And still the river keeps its counsel")
			.endsWith("we carry the chairs up one more flight");
	}

	@Test
	void keepsAHowTosStepsWithoutStops() {
		ParsedArticle article = extract(page("""
				Visitors can check the forecast on their phones. Here is how to set up the alerts.

				Open the weather app and tap Alerts

				Choose Cloud cover under Add an alert

				Tap Save to get a message before sunset"""));
		assertThat(article.body()).contains("Open the weather app and tap Alerts")
			.endsWith("Tap Save to get a message before sunset");
	}

	@Test
	void keepsAHindiPoemsLastLines() {
		ParsedArticle article = extract(
				"""
						हरवेल समाचार

						होम | समाचार | खेल | संस्कृति

						संस्कृति

						कवयित्री को जिला पुरस्कार, बाढ़ पर लिखी कविता सराही गई

						जिले का कविता पुरस्कार इस वर्ष सेवानिवृत्त शिक्षिका सुनीता वर्मा को दिया गया है। उन्होंने यह कविता पिछले साल की बाढ़ के बाद लिखी थी।

						निर्णायकों ने कहा कि कविता उन हफ्तों की भावना को पकड़ती है जब नदी का पानी बाजार तक आ गया था।

						समारोह में कविता की अंतिम पंक्तियाँ पढ़ी गईं।

						नदी अब भी चुप है पुल के नीचे

						हम फिर से कुर्सियाँ ऊपर ले जाते हैं

						और पानी के लौटने का इंतज़ार करते हैं
						""");
		assertThat(article.body()).contains("नदी अब भी चुप है पुल के नीचे")
			.endsWith("और पानी के लौटने का इंतज़ार करते हैं");
	}

	// The look-alike: the same long lines under a footer's short one are still the
	// site's.
	@Test
	void leavesLongLinesOutWithAFootersShortLine() {
		ParsedArticle article = extract(page("""
				If the sky is cloudy, we will post a message on this page by 4pm on the day.

				Bus route to the hospital saved after protest

				Library opening hours cut from February

				Privacy"""));
		assertThat(article.body()).endsWith("by 4pm on the day.")
			.doesNotContain("Bus route", "Library opening", "Privacy");
	}

}
