package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paragraph of fewer than 200 characters that ends with another script's full stop (the
 * danda "।" of Hindi, Nepali, Marathi and Bengali, the Urdu "۔") is running text, as a
 * Latin one ending with "." is (deva45): a live blog's bare times, each over such a
 * paragraph, stay in the text as its entries' stamps. And look-alikes that stay: a Hindi
 * list whose crossheads are network names alone on their lines keeps the text under them,
 * as the same list in English does; the share row under a Hindi text leaves.
 */
class RunningTextInOtherScriptsTests extends WholePageTests {

	private static final String HINDI_APPS = """
			टेक

			पुराने फोन में जगह बनाने के तीन आसान तरीके

			नई दिल्ली, 4 दिसंबर 2026

			फोन की जगह भरने पर सबसे पहले उन ऐप्स को देखें जो सबसे ज्यादा फोटो और वीडियो रखते हैं।

			फेसबुक

			इस ऐप की सेटिंग में जाकर पुराने वीडियो अपने आप चलने और सेव होने का विकल्प बंद कर दें।

			व्हाट्सएप

			चैट की सेटिंग में मीडिया अपने आप डाउनलोड होने का विकल्प बंद करें और पुरानी फाइलें हटा दें।

			इन दोनों कदमों से ज्यादातर फोनों में कई गीगाबाइट जगह खाली हो जाती है और फोन तेज चलता है।
			""";

	@Test
	void keepsTheTextUnderHindiNetworkNamesAsAListsCrossheads() {
		ParsedArticle article = extract(HINDI_APPS);

		assertThat(article.body()).contains("मीडिया अपने आप डाउनलोड होने")
			.endsWith("कई गीगाबाइट जगह खाली हो जाती है और फोन तेज चलता है।");
	}

	@Test
	void keepsTheSameListInEnglish() {
		ParsedArticle article = extract("""
				Tech

				Three easy ways to free space on an old phone

				New Delhi, December 4, 2026

				When your phone fills up, first look at the apps that keep the most photos and videos.

				Facebook

				In this app's settings turn off the option that plays and saves old videos on its own.

				WhatsApp

				In the chat settings turn off the automatic download of media and delete the old files.

				These two steps free several gigabytes on most phones and make the phone run faster.
				""");

		assertThat(article.body()).contains("automatic download of media").endsWith("make the phone run faster.");
	}

	@Test
	void stillLeavesTheShareRowUnderAHindiText() {
		ParsedArticle article = extract(HINDI_APPS + """

				शेयर करें

				फेसबुक

				ट्विटर

				व्हाट्सएप
				""");

		assertThat(article.body()).endsWith("कई गीगाबाइट जगह खाली हो जाती है और फोन तेज चलता है।")
			.doesNotContain("ट्विटर");
	}

	@Test
	void keepsALiveBlogsTimesOverDandaParagraphs() {
		ParsedArticle article = extract("""
				मुंबई बारिश लाइव

				मुंबई में भारी बारिश, कई इलाकों में पानी भरा

				अपडेटेड: 4 दिसंबर 2026

				मुंबई और आसपास के इलाकों में रात भर से हो रही भारी बारिश के कारण कई निचले इलाकों में पानी भर गया है।

				09:40 IST

				अंधेरी सबवे में पानी भरने के कारण उसे वाहनों के लिए बंद कर दिया गया है और पुलिस वहां तैनात है।

				09:15 IST

				मौसम विभाग ने शहर और आसपास के जिलों के लिए अगले दो दिनों तक भारी बारिश का अलर्ट जारी किया है।

				08:50 IST

				मध्य रेलवे की लोकल ट्रेनें बीस से पच्चीस मिनट की देरी से चल रही हैं और स्टेशनों पर भीड़ है।
				""");

		assertThat(article.body()).contains("09:15 IST\n\nमौसम विभाग", "08:50 IST\n\nमध्य रेलवे")
			.endsWith("स्टेशनों पर भीड़ है।");
	}

	@Test
	void keepsTheSameLiveBlogsTimesInEnglish() {
		ParsedArticle article = extract(
				"""
						Mumbai rain live

						Heavy rain in Mumbai, water in many areas

						Updated: 4 December 2026

						Heavy rain through the night in Mumbai and nearby areas has flooded many low-lying neighbourhoods of the city.

						09:40 IST

						The Andheri subway has been closed to vehicles after it filled with water, and police are posted there.

						09:15 IST

						The weather office has issued a heavy rain alert for the city and nearby districts for the next two days.

						08:50 IST

						Central Railway local trains are running twenty to twenty-five minutes late and stations are crowded.
						""");

		assertThat(article.body()).contains("09:15 IST\n\nThe weather office", "08:50 IST\n\nCentral Railway")
			.endsWith("stations are crowded.");
	}

}
