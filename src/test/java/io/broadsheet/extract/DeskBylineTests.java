package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk's credit where a byline stands (desk42): South Asian papers print "নিজস্ব
 * প্রতিবেদক" (own reporter), "संवाद सहयोगी, उदयपुर" (correspondent, Udaipur), "স্টাফ
 * রিপোর্টার" (staff reporter) under the headline, alone or with a town after a comma. The
 * line names nobody and is no text: it leaves the body, and no author is read from it.
 * Look-alikes that stay as they were: a sentence of the text that opens with the same
 * words, and a writer's own name on the byline's line.
 */
class DeskBylineTests extends WholePageTests {

	@Test
	void leavesABengaliDeskCreditWithItsTownOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						জাতীয়

						চট্টগ্রামে নতুন সেতুর নির্মাণকাজ শুরু

						নিজস্ব প্রতিবেদক, চট্টগ্রাম

						প্রকাশ: ১২ অক্টোবর ২০২৬, ০৯:৩০

						কর্ণফুলী নদীর ওপর নতুন সেতুর নির্মাণকাজ সোমবার শুরু হয়েছে। তিন বছরের মধ্যে কাজ শেষ করার লক্ষ্য নির্ধারণ করা হয়েছে।

						সেতুটি চালু হলে শহরের দুই পাড়ের মধ্যে যাতায়াতের সময় অর্ধেকে নেমে আসবে বলে প্রকল্প কর্মকর্তারা জানিয়েছেন।

						স্থানীয় ব্যবসায়ীরা বলছেন, নির্মাণের সময় বিকল্প পথ খোলা রাখা জরুরি। তা না হলে বাজারে পণ্য আনতে সমস্যা হবে।
						""");

		assertThat(article.body()).startsWith("কর্ণফুলী নদীর ওপর")
			.contains("সমস্যা হবে।")
			.doesNotContain("নিজস্ব প্রতিবেদক");
		assertThat(article.authors()).isNull();
	}

	@Test
	void leavesABengaliStaffReporterCreditAloneOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						অর্থনীতি

						শীতের আগে বেড়েছে সবজির দাম

						স্টাফ রিপোর্টার

						প্রকাশ: ০৫ নভেম্বর ২০২৬, ১১:০০

						রাজধানীর কাঁচাবাজারে এক সপ্তাহে সবজির দাম কেজিপ্রতি দশ থেকে পনেরো টাকা বেড়েছে। বিক্রেতারা সরবরাহ কমে যাওয়াকে দায়ী করছেন।

						ক্রেতারা বলছেন, আয়ের তুলনায় বাজারের খরচ দ্রুত বাড়ছে। অনেকে প্রয়োজনের চেয়ে কম কিনছেন।

						বাজার কর্মকর্তারা জানিয়েছেন, নতুন ফসল উঠলে দাম কমে আসবে বলে আশা করা হচ্ছে।
						""");

		assertThat(article.body()).startsWith("রাজধানীর কাঁচাবাজারে")
			.contains("আশা করা হচ্ছে।")
			.doesNotContain("স্টাফ রিপোর্টার");
		assertThat(article.authors()).isNull();
	}

	@Test
	void leavesAHindiCorrespondentCreditWithItsTownOutOfTheBody() {
		ParsedArticle article = extract(
				"""
						मध्य प्रदेश

						इंदौर में नई सिटी बस सेवा सोमवार से शुरू होगी

						संवाद सहयोगी, इंदौर

						प्रकाशित: शनिवार, 07 नवंबर 2026 09:00 AM (IST)

						नगर निगम ने शनिवार को बताया कि सोमवार से शहर में बीस नई इलेक्ट्रिक बसें चलेंगी। इनका किराया पुरानी बसों जितना ही रहेगा।

						पहले चरण में बसें रेलवे स्टेशन से हवाई अड्डे तक के मार्ग पर चलेंगी। बाद में दूसरे मार्ग भी जोड़े जाएंगे।

						यात्रियों ने कहा कि नई बसों से रोज़ के सफर में समय बचेगा और प्रदूषण भी कम होगा।
						""");

		assertThat(article.body()).startsWith("नगर निगम ने शनिवार")
			.contains("प्रदूषण भी कम होगा।")
			.doesNotContain("संवाद सहयोगी");
		assertThat(article.authors()).isNull();
	}

	@Test
	void keepsASentenceOfTheTextThatOpensWithTheDesksWords() {
		ParsedArticle article = extract(
				"""
						জাতীয়

						চট্টগ্রামে নতুন সেতুর নির্মাণকাজ শুরু

						লেখক: রাশেদ করিম

						প্রকাশ: ১২ অক্টোবর ২০২৬, ০৯:৩০

						কর্ণফুলী নদীর ওপর নতুন সেতুর নির্মাণকাজ সোমবার শুরু হয়েছে। তিন বছরের মধ্যে কাজ শেষ করার লক্ষ্য নির্ধারণ করা হয়েছে।

						নিজস্ব প্রতিবেদক, চট্টগ্রাম থেকে পাঠানো খবরে জানা গেছে যে প্রকল্পে দুই হাজার শ্রমিক কাজ করবেন।

						স্থানীয় ব্যবসায়ীরা বলছেন, নির্মাণের সময় বিকল্প পথ খোলা রাখা জরুরি। তা না হলে বাজারে পণ্য আনতে সমস্যা হবে।
						""");

		assertThat(article.body()).startsWith("কর্ণফুলী নদীর ওপর")
			.contains("নিজস্ব প্রতিবেদক, চট্টগ্রাম থেকে পাঠানো খবরে")
			.contains("সমস্যা হবে।");
		assertThat(article.authors().value()).containsExactly("রাশেদ করিম");
	}

}
