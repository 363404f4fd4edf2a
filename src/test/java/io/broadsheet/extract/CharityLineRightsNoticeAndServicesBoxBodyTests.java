package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body's end and the furniture inside it (tail51): a charity's registration line in a
 * club's footer ends the body, and the bidding heading above it leaves; the Urdu
 * advertisement label between paragraphs leaves; an obituary's last paragraph under its
 * box of service details is kept, the box left out. And look-alikes that stay as they
 * were: a story's paragraph naming a registered charity, a sentence holding the Urdu
 * word, a teaser box's blurb under the text, a crosshead naming the Copyright Act by its
 * year (review50c's "Copyright 2026 Act" left). The copyright sign over a notice's phrase
 * and no year is read in {@code BoilerplateTests}.
 */
class CharityLineRightsNoticeAndServicesBoxBodyTests extends WholePageTests {

	private static String canalPage(String middle) {
		return """
				Cookies help us run this site. Accept Reject
				Ridgeway Canal Society
				Home
				News
				Volunteer
				Visit
				Lock 14 gates lifted out for the first time in sixty years
				By Alan Pryce, Volunteer Press Officer
				Tuesday 1st December 2026
				Volunteers lifted the top gates of Lock 14 out of the canal on Saturday, the first time they have been moved since the lock was rebuilt in 1966.
				%s
				The gates will go to the society's workshop at Hatherleigh Wharf, where a team of six will rebuild them over the winter using oak from a Herefordshire estate.
				Work party leader Jan Osei said: "Every one of the old pegs came out by hand. The timber was sound at the top, but the heel posts had rotted right through."
				The society hopes to have the new gates fitted before the boating season opens at Easter.
				Support your canal
				Every lock gate costs £40,000 to rebuild. Donate today
				Share this story
				Facebook
				X
				Ridgeway Canal Society is part of a registered charity in England and Wales
				© 2026
				"""
			.formatted(middle);
	}

	@Test
	void endsTheBodyAtACharitysRegistrationLineUnderTheText() {
		ParsedArticle article = extract(canalPage("A crane from Marlow Lifting did the heavy work in under an hour."));
		assertThat(article.body()).endsWith("before the boating season opens at Easter.")
			.doesNotContain("registered charity")
			.doesNotContain("Support your canal");
	}

	@Test
	void keepsTheStorysParagraphNamingARegisteredCharity() {
		ParsedArticle article = extract(canalPage(
				"The society, a registered charity founded in 1971, has now restored nine of the canal's sixteen locks with volunteer labour."));
		assertThat(article.body()).contains("The society, a registered charity founded in 1971")
			.contains("before the boating season opens at Easter.");
	}

	private static String urduPage(String middle) {
		return """
				روزنامہ شمال
				صفحہ اول
				پاکستان
				کاروبار
				کھیل
				پشاور میں نیا بس روٹ شروع
				تحریر: سلمان آفریدی
				03 دسمبر 2026
				صوبائی حکومت نے پشاور میں یونیورسٹی روڈ پر نیا بس روٹ شروع کر دیا ہے جس سے روزانہ ہزاروں طلبہ کو فائدہ ہوگا۔
				ٹرانسپورٹ حکام کے مطابق بسیں صبح چھ بجے سے رات دس بجے تک ہر دس منٹ بعد چلیں گی۔
				%s
				مسافروں نے نئے روٹ کا خیرمقدم کیا ہے اور کرایوں میں کمی کا مطالبہ بھی کیا ہے۔
				حکام کا کہنا ہے کہ اگلے ماہ مزید دو روٹ شروع کیے جائیں گے۔
				شیئر کریں
				"""
			.formatted(middle);
	}

	@Test
	void leavesTheUrduAdvertisementLabelOut() {
		ParsedArticle article = extract(urduPage("اشتہار"));
		assertThat(article.body()).startsWith("صوبائی حکومت نے پشاور میں")
			.contains("مسافروں نے نئے روٹ کا خیرمقدم کیا ہے")
			.endsWith("مزید دو روٹ شروع کیے جائیں گے۔")
			.doesNotContain("اشتہار");
	}

	@Test
	void keepsAnUrduSentenceHoldingTheWord() {
		ParsedArticle article = extract(
				urduPage("محکمے نے اخبارات میں نئے روٹ کا اشتہار بھی شائع کیا ہے تاکہ شہری اوقات سے آگاہ رہیں۔"));
		assertThat(article.body()).contains("محکمے نے اخبارات میں نئے روٹ کا اشتہار بھی شائع کیا ہے");
	}

	private static String obituaryPage(String box, String last) {
		return """
				The Ashford Ledger
				Obituaries
				Search Obituaries
				Place an Obituary
				Walter Henry Lindqvist
				March 2, 1941 - January 3, 2027
				Lindqvist Family Funeral Home
				Walter Henry Lindqvist, 85, of Ashford, died on Saturday, January 3, 2027, at his home on Mill Pond Road.
				He was born in Duluth, Minnesota, and moved to Ashford in 1968 to teach shop at Ashford High School, where he built the school's first boat with his students.
				Walt served 34 years with the Ashford Volunteer Fire Department and never missed the pancake breakfast he started in 1975.
				He is survived by his wife of 61 years, Ruth; his daughters, Anna (Paul) Berg and Karin Lindqvist; and five grandchildren.
				%s
				%s
				Published in The Ashford Ledger from Jan. 6 to Jan. 8, 2027.
				Arrangements by Lindqvist Family Funeral Home.
				Guest Book
				Sign the Guest Book
				Tom Walsh
				January 5, 2027
				Walt taught me to weld in 1979. I still use his tricks every week.
				Carol and Jim Ng
				January 6, 2027
				So sorry for your loss. He was the kindest man on Mill Pond Road.
				Share
				Print
				© 2027 The Ashford Ledger
				"""
			.formatted(box, last);
	}

	@Test
	void keepsTheLastParagraphUnderABoxOfServiceDetails() {
		ParsedArticle article = extract(obituaryPage("""
				SERVICE INFORMATION
				Visitation: Thursday, January 8, 5-8 p.m., Lindqvist Funeral Home, Ashford
				Memorial Mass: Friday, January 9, 10 a.m., Holy Cross Church
				Send Flowers""", "Memorial gifts may be made to the Ashford Volunteer Fire Department in his name."));
		assertThat(article.body()).contains("Walter Henry Lindqvist, 85, of Ashford")
			.endsWith("Memorial gifts may be made to the Ashford Volunteer Fire Department in his name.")
			.doesNotContain("SERVICE INFORMATION")
			.doesNotContain("Visitation:")
			.doesNotContain("Send Flowers");
	}

	@Test
	void leavesATeaserBoxsBlurbUnderTheTextOut() {
		ParsedArticle article = extract(obituaryPage("""
				READ MORE
				Fire crews practise ice rescues on Mill Pond
				Winter safety""",
				"Volunteers from three departments spent Saturday morning pulling each other out of the frozen pond."));
		assertThat(article.body()).endsWith("and five grandchildren.")
			.doesNotContain("Volunteers from three departments");
	}

	@Test
	void keepsACrossheadNamingTheCopyrightActByItsYearAfterIt() {
		ParsedArticle article = extract(
				"""
						Arts Desk
						News
						Arts
						Photographers win ruling on reused festival pictures
						By Nadia Brooks
						December 2, 2026
						A tribunal ruled on Tuesday that a festival could not reuse photographers' pictures in its adverts without paying them again.
						The photographers had been paid a day rate in 2024 and argued that the contract covered the programme only.
						Copyright Act 1976
						The tribunal said the contract was silent on advertising, so the usual rule under the Act applied and the rights stayed with the photographers.
						The festival said it would pay the fees and would not appeal.
						""");
		assertThat(article.body()).contains("Copyright Act 1976\n\nThe tribunal said the contract was silent")
			.endsWith("would not appeal.");
	}

	private static String hospicePage(String last) {
		return """
				Cookies help us run this site. Accept Reject
				Marden Gazette
				Home
				News
				Hospice shop opens on the high street
				By Alan Pryce
				Tuesday 1st December 2026
				The St Clare Hospice shop opened on Marden High Street on Saturday with a queue of shoppers outside by nine.
				The shop will sell donated clothes, books and furniture, and hopes to raise £60,000 a year for the hospice.
				Manager Jan Osei said volunteers had spent three weeks sorting the first donations.
				%s
				Share this story
				Facebook
				X
				© 2026 Marden Gazette
				"""
			.formatted(last);
	}

	// review51b: the story's last line about a charity, right under a paragraph of the
	// text, is the text's; the walk up from the page's end meets it first
	@Test
	void keepsTheStorysLastLineNamingARegisteredCharity() {
		ParsedArticle article = extract(hospicePage(
				"Donations can be left at the shop, and the hospice, a registered charity, also takes gifts online."));
		assertThat(article.body()).endsWith("a registered charity, also takes gifts online.");
	}

	@Test
	void keepsTheStorysLastLineNamingA501c3Nonprofit() {
		ParsedArticle article = extract(
				hospicePage("The hospice is a 501(c)(3) nonprofit, so gifts made at the shop are tax-deductible."));
		assertThat(article.body()).endsWith("so gifts made at the shop are tax-deductible.");
	}

	@Test
	void endsTheBodyAtACharitysLineUnderAShortLine() {
		ParsedArticle article = extract(hospicePage(
				"Manager Jan Osei thanked the town.\nMarden Gazette Trust is a registered charity, no. 1109876."));
		assertThat(article.body()).endsWith("Manager Jan Osei thanked the town.").doesNotContain("registered charity");
	}

}
