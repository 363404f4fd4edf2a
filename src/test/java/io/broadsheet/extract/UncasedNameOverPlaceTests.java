package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer's bare name in a script without capitals over the town they write from and the
 * date line (name44): Nepali and Bengali papers print "सीता गुरुङ" / "पोखरा" / "२९
 * नोभेम्बर २०२६" under the headline with no label. No capital tells the name from an
 * outlet's or a section's words, so the town under it (a word the text's sentences write)
 * and the date line under the town vouch for it. Look-alikes that name no one: an
 * outlet's name over the date line alone, a section of the menu over a town and the date,
 * a name over a word the text never writes.
 */
class UncasedNameOverPlaceTests extends WholePageTests {

	@Test
	void readsANepaliNameOverItsTownAndTheDateLine() {
		ParsedArticle article = extract(
				"""
						समाचार

						भरतपुरमा नयाँ पुस्तकालय खुल्यो, दुई हजार किताब

						विमला श्रेष्ठ

						भरतपुर

						१२ नोभेम्बर २०२६

						भरतपुरमा बालबालिकाका लागि पहिलो सार्वजनिक पुस्तकालय आइतबारदेखि खुला भएको छ। पुस्तकालयमा नेपाली र अंग्रेजी गरी दुई हजारभन्दा बढी किताब छन्।

						नगरपालिकाका अनुसार पुस्तकालय हप्तामा छ दिन बिहान नौ बजेदेखि बेलुका पाँच बजेसम्म खुला रहनेछ। सदस्यता निःशुल्क हुनेछ।

						स्थानीय अभिभावकले यो कदमको स्वागत गरेका छन्। उनीहरूका अनुसार बालबालिका मोबाइलभन्दा किताबतिर फर्किनेछन्।
						""");

		assertThat(article.authors().value()).isEqualTo(List.of("विमला श्रेष्ठ"));
		assertThat(article.body()).startsWith("भरतपुरमा बालबालिकाका")
			.contains("फर्किनेछन्।")
			.doesNotContain("विमला श्रेष्ठ");
	}

	@Test
	void readsABengaliNameOverItsTownAndALabelledDateLine() {
		ParsedArticle article = extract(
				"""
						সারাদেশ

						খুলনায় নদীভাঙনে ঘর হারিয়েছে অর্ধশত পরিবার

						তানজিলা রহমান

						খুলনা

						প্রকাশ: ১৪ নভেম্বর ২০২৬, ০৯:৪৫

						খুলনার দাকোপ উপজেলায় গত এক সপ্তাহে নদীভাঙনে অন্তত পঞ্চাশটি পরিবার ঘর হারিয়েছে। তারা এখন স্থানীয় একটি বিদ্যালয়ে আশ্রয় নিয়েছে।

						উপজেলা প্রশাসন জানিয়েছে, ক্ষতিগ্রস্ত পরিবারগুলোকে শুকনো খাবার ও কম্বল দেওয়া হচ্ছে। স্থায়ী বাঁধ নির্মাণের প্রস্তাব পাঠানো হয়েছে।

						স্থানীয় বাসিন্দারা বলছেন, প্রতি বছর বর্ষার পর একই দুর্ভোগ পোহাতে হয়। তারা দ্রুত বাঁধের কাজ শুরুর দাবি জানিয়েছেন।
						""");

		assertThat(article.authors().value()).isEqualTo(List.of("তানজিলা রহমান"));
		assertThat(article.body()).startsWith("খুলনার দাকোপ")
			.contains("দাবি জানিয়েছেন।")
			.doesNotContain("তানজিলা রহমান");
	}

	@Test
	void namesNoOneFromAnOutletsNameOverTheDateLineAlone() {
		ParsedArticle article = extract(
				"""
						ગુજરાત

						સુરતમાં નવો ફ્લાયઓવર ખુલ્લો મુકાયો

						નવયુગ સમાચાર

						Nov 12, 2026, 10:15 AM IST

						સુરતમાં રિંગ રોડ પરનો નવો ફ્લાયઓવર મંગળવારે વાહનવ્યવહાર માટે ખુલ્લો મુકાયો. તેનાથી શહેરના ટ્રાફિકમાં રાહત મળવાની આશા છે.

						મહાનગરપાલિકાએ જણાવ્યું કે ફ્લાયઓવરનું કામ બે વર્ષમાં પૂર્ણ થયું છે. તેની લંબાઈ લગભગ બે કિલોમીટર છે.

						સ્થાનિક વેપારીઓએ કહ્યું કે હવે ગ્રાહકો સરળતાથી બજાર સુધી પહોંચી શકશે.
						""");

		assertThat(article.authors()).isNull();
	}

	@Test
	void namesNoOneFromAMenuSectionOverATownAndTheDateLine() {
		ParsedArticle article = extract(
				"""
						गृहपृष्ठ | प्रदेश समाचार | अर्थ | खेलकुद | विचार

						भरतपुरमा नयाँ पुस्तकालय खुल्यो, दुई हजार किताब

						प्रदेश समाचार

						भरतपुर

						१२ नोभेम्बर २०२६

						भरतपुरमा बालबालिकाका लागि पहिलो सार्वजनिक पुस्तकालय आइतबारदेखि खुला भएको छ। पुस्तकालयमा नेपाली र अंग्रेजी गरी दुई हजारभन्दा बढी किताब छन्।

						नगरपालिकाका अनुसार पुस्तकालय हप्तामा छ दिन बिहान नौ बजेदेखि बेलुका पाँच बजेसम्म खुला रहनेछ। सदस्यता निःशुल्क हुनेछ।

						स्थानीय अभिभावकले यो कदमको स्वागत गरेका छन्। उनीहरूका अनुसार बालबालिका मोबाइलभन्दा किताबतिर फर्किनेछन्।
						""");

		assertThat(article.authors()).isNull();
	}

	@Test
	void namesNoOneWhenTheWordUnderTheLineIsNoTownOfTheText() {
		ParsedArticle article = extract(
				"""
						समाचार

						भरतपुरमा नयाँ पुस्तकालय खुल्यो, दुई हजार किताब

						ताजा अपडेट

						भिडियो

						१२ नोभेम्बर २०२६

						भरतपुरमा बालबालिकाका लागि पहिलो सार्वजनिक पुस्तकालय आइतबारदेखि खुला भएको छ। पुस्तकालयमा नेपाली र अंग्रेजी गरी दुई हजारभन्दा बढी किताब छन्।

						नगरपालिकाका अनुसार पुस्तकालय हप्तामा छ दिन बिहान नौ बजेदेखि बेलुका पाँच बजेसम्म खुला रहनेछ। सदस्यता निःशुल्क हुनेछ।

						स्थानीय अभिभावकले यो कदमको स्वागत गरेका छन्। उनीहरूका अनुसार बालबालिका मोबाइलभन्दा किताबतिर फर्किनेछन्।
						""");

		assertThat(article.authors()).isNull();
	}

	@Test
	void namesNoOneFromADeskOverItsTownAndTheDateLine() {
		ParsedArticle article = extract(
				"""
						राजस्थान

						अजमेर में नई सिटी बस सेवा सोमवार से शुरू होगी

						संवाद सहयोगी

						अजमेर

						प्रकाशित: शनिवार, 07 नवंबर 2026 09:00 AM (IST)

						अजमेर नगर निगम ने शनिवार को बताया कि सोमवार से शहर में बीस नई इलेक्ट्रिक बसें चलेंगी। इनका किराया पुरानी बसों जितना ही रहेगा।

						निगम के अनुसार बसें सुबह छह बजे से रात दस बजे तक हर पंद्रह मिनट में चलेंगी। पहले महीने यात्रा मुफ्त रहेगी।

						व्यापारियों ने कहा कि इससे बाजार तक पहुंचना आसान होगा और सड़कों पर जाम भी कम लगेगा।
						""");

		assertThat(article.authors()).isNull();
		assertThat(article.body()).doesNotContain("संवाद सहयोगी");
	}

}
