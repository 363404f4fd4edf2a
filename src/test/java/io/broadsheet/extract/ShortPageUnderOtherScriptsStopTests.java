package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head57: a short page whose paragraphs read as no text for their length, under a
 * consent sentence, its button, the site's name and a menu, is read from the run of its
 * sentences, when a line above that run stops the reader's walk down to the headline.
 * That line was told by a Latin full stop only: an Amharic notice closed by the Ethiopic
 * "።" did not stop it, so the whole page was the article, no headline was found over its
 * top, and the notice became the title with the page's head the body's first paragraphs
 * (blind34's am page). Amharic's file holds no cookie word, and the notice here names
 * none. And a read-also label its file writes bare is read before a script's own colon
 * ("ተጨማሪ ያንብቡ፦ …", "Առնչվող նյութեր՝ …"), as before a Latin one. Invented pages
 * throughout.
 */
class ShortPageUnderOtherScriptsStopTests extends WholePageTests {

	// blind34's shape: a notice that names no cookie ("this site uses small files to
	// remember your choices"), its button, the site's name, a menu, the section's word,
	// the headline, a byline with Amharic's glued "በ", an Ethiopian-calendar date and
	// five short paragraphs.
	private static final String AMHARIC = """
			ይህ ድረ ገጽ ምርጫዎችዎን ለማስታወስ ትናንሽ ፋይሎችን ይጠቀማል።
			እሺ
			አባይ ዜና
			መነሻ
			ዜና
			ግብርና
			ስፖርት
			ባህል
			ግብርና
			በጎጃም የቡና አምራቾች አዲስ የማድረቂያ ጣቢያ ከፈቱ
			በመሠረት ካሳሁን
			ኅዳር 25 ቀን 2019 ዓ.ም.
			በምዕራብ ጎጃም የሚገኙ የቡና አምራቾች ማህበር አዲስ የቡና ማድረቂያ ጣቢያ ትናንት ከፈተ።
			ጣቢያው በቀን እስከ ሁለት ሺህ ኪሎ ግራም ቡና ማድረቅ ይችላል።
			“ከዚህ በፊት ቡናችንን መንገድ ዳር እናደርቅ ነበር። አሁን ጥራቱ ይጠበቃል” ሲሉ አንድ አርሶ አደር ተናግረዋል።
			የጣቢያው ግንባታ አንድ ዓመት ፈጅቷል።
			ማህበሩ በሚቀጥለው ዓመት ሁለተኛ ጣቢያ ለመክፈት አቅዷል።
			አጋራ
			Facebook
			Telegram
			© 2026 አባይ ዜና
			""";

	private static final String HEADLINE = "በጎጃም የቡና አምራቾች አዲስ የማድረቂያ ጣቢያ ከፈቱ";

	private static final String FIRST_PARAGRAPH = "በምዕራብ ጎጃም የሚገኙ የቡና አምራቾች ማህበር";

	@Test
	void aNoticeClosedByTheEthiopicStopStopsTheWalkToTheHeadline() {
		ParsedArticle article = extract(AMHARIC);
		assertThat(article.title().value()).isEqualTo(HEADLINE);
		assertThat(article.authors().value()).containsExactly("መሠረት ካሳሁን");
		assertThat(article.body()).startsWith(FIRST_PARAGRAPH)
			.doesNotContain("ፋይሎችን ይጠቀማል")
			.doesNotContain("አባይ ዜና")
			.doesNotContain("ከፈቱ\n")
			.endsWith("ሁለተኛ ጣቢያ ለመክፈት አቅዷል።");
	}

	@Test
	void aNoticeClosedByTheEthiopicStopStopsTheWalkWithBlankLines() {
		ParsedArticle article = extract(AMHARIC.replace("\n", "\n\n"));
		assertThat(article.title().value()).isEqualTo(HEADLINE);
		assertThat(article.body()).startsWith(FIRST_PARAGRAPH).doesNotContain("ፋይሎችን ይጠቀማል");
	}

	private static final String ARTICLE_SHAPED = """
			ከተማ
			በአዲስ አበባ አዲስ የአውቶቡስ ማቆሚያ ተከፈተ
			በሰላማዊት ተስፋዬ
			ኅዳር 24 ቀን 2019 ዓ.ም.
			በአዲስ አበባ ቃሊቲ አካባቢ 200 አውቶቡሶችን የሚያስተናግድ አዲስ ማቆሚያ ዛሬ ተከፈተ።
			ማቆሚያው የጥገና ቦታና ለአሽከርካሪዎች ማረፊያ ክፍሎችን ያካተተ ነው።
			ይህንንም ያንብቡ፦ የታክሲ ታሪፍ ማሻሻያ ይፋ ሆነ
			“አውቶቡሶቻችን ከዚህ በፊት መንገድ ላይ ያድሩ ነበር። አሁን በአንድ ቦታ መጠገን እንችላለን” ብለዋል ሥራ አስኪያጁ።
			ግንባታው ሁለት ዓመት የፈጀ ሲሆን 450 ሚሊዮን ብር ወጪ ተደርጎበታል።
			አጋራ
			""";

	// The near miss (blind25's am page): the text's own first sentences over a teaser,
	// the rest of its run under it, are of a sentence's length though they take fewer
	// characters than a Latin one; the page stays whole, read from its headline, and
	// they stay the body's first paragraphs.
	@Test
	void theTextsFirstSentencesOverATeaserStayTheBodysFirst() {
		ParsedArticle article = extract(ARTICLE_SHAPED);
		assertThat(article.title().value()).isEqualTo("በአዲስ አበባ አዲስ የአውቶቡስ ማቆሚያ ተከፈተ");
		assertThat(article.body()).startsWith("በአዲስ አበባ ቃሊቲ አካባቢ")
			.contains("ማቆሚያው የጥገና ቦታና")
			.endsWith("ወጪ ተደርጎበታል።")
			.doesNotContain("ይህንንም ያንብቡ");
	}

	// Amharic's file lists "ተጨማሪ ያንብቡ" (read more) bare: the teaser set with the
	// Ethiopic preface colon between two paragraphs leaves the body.
	@Test
	void anAmharicReadAlsoLabelWrittenBareIsReadBeforeThePrefaceColon() {
		String page = ARTICLE_SHAPED.replace("ይህንንም ያንብቡ፦", "ተጨማሪ ያንብቡ፦");
		ParsedArticle article = extract(page);
		assertThat(article.body()).startsWith("በአዲስ አበባ ቃሊቲ አካባቢ").contains("ሥራ አስኪያጁ።").doesNotContain("ተጨማሪ ያንብቡ");
	}

	// Armenian's file lists "առնչվող նյութեր" (related articles) bare: the teaser set
	// with the Armenian "՝" between two paragraphs leaves the body.
	@Test
	void anArmenianRelatedLabelWrittenBareIsReadBeforeItsOwnMark() {
		String page = """
				Գյումրիում վերաբացվել է քաղաքային գրադարանը
				Հեղինակ՝ Անի Պետրոսյան
				4 դեկտեմբերի 2026
				Գյումրիի կենտրոնական գրադարանը երեք տարվա վերանորոգումից հետո այսօր կրկին բացեց իր դռները ընթերցողների առաջ։
				Շենքում այժմ կա մանկական ընթերցասրահ, համակարգչային սենյակ և փոքր սրճարան, որը կաշխատի մինչև ուշ երեկո։
				Առնչվող նյութեր՝ Վանաձորում կառուցվում է նոր մարզադաշտ
				Գրադարանի տնօրենի խոսքով՝ առաջին շաբաթվա ընթացքում արդեն գրանցվել է ավելի քան հինգ հարյուր նոր ընթերցող։
				Վերանորոգման աշխատանքները ֆինանսավորվել են համայնքի բյուջեից և բարերարների նվիրատվություններից։
				""";
		ParsedArticle article = extract(page);
		assertThat(article.body()).contains("առաջին շաբաթվա ընթացքում").doesNotContain("Վանաձորում կառուցվում");
	}

	// Round review57e: many Amharic sites type the full stop as two wordspaces ("፡፡"),
	// which no script's stop test read: the notice typed so did not stop the walk, and
	// it became the title over the page's whole head.
	@Test
	void aNoticeClosedByTheEthiopicStopTypedAsTwoWordspacesStopsTheWalk() {
		ParsedArticle article = extract(AMHARIC.replace("።", "፡፡"));
		assertThat(article.title().value()).isEqualTo(HEADLINE);
		assertThat(article.body()).startsWith(FIRST_PARAGRAPH)
			.doesNotContain("ፋይሎችን ይጠቀማል")
			.endsWith("ሁለተኛ ጣቢያ ለመክፈት አቅዷል፡፡");
	}

	// The text's own sentence opening with a related label and the preface colon, closed
	// by the full stop typed as two wordspaces, stays in the body as one closed by "።"
	// does; the label's teaser, a headline without a stop, leaves.
	@Test
	void aSentenceAfterARelatedLabelClosedByTwoWordspacesStays() {
		String page = """
				አባይ ዜና
				በጎጃም የቡና አምራቾች አዲስ የማድረቂያ ጣቢያ ከፈቱ
				በመሠረት ካሳሁን
				ኅዳር 25 ቀን 2019 ዓ.ም.
				በምዕራብ ጎጃም የሚገኙ የቡና አምራቾች ማህበር አዲስ የቡና ማድረቂያ ጣቢያ ትናንት በይፋ ከፈተ፡፡ ጣቢያው በቀን እስከ ሁለት ሺህ ኪሎ ግራም ቡና ማድረቅ የሚችል ሲሆን ለአርሶ አደሮች ዕድል እንደሚፈጥር የማህበሩ ሊቀመንበር ተናግረዋል፡፡
				ተዛማጅ ዜናዎች፦ የማህበሩ አባላት በሚቀጥለው ወር ለሚካሄደው የቡና ጥራት ውድድር እንዲመዘገቡ ጥሪ ቀርቧል፡፡
				ተጨማሪ ያንብቡ፦ የታክሲ ታሪፍ ማሻሻያ ይፋ ሆነ
				የጣቢያው ግንባታ አንድ ዓመት የፈጀ ሲሆን አስር ሚሊዮን ብር ወጪ ተደርጎበታል፡፡ ማህበሩ በሚቀጥለው ዓመት ሁለተኛ ጣቢያ ለመክፈት አቅዷል፡፡ የዞኑ ግብርና መምሪያ የቴክኒክ ድጋፍ እንደሚያደርግ አስታውቋል፡፡
				""";
		ParsedArticle article = extract(page);
		assertThat(article.body()).contains("እንዲመዘገቡ ጥሪ ቀርቧል፡፡").contains("የቴክኒክ ድጋፍ").doesNotContain("የታክሲ ታሪፍ");
	}

	// The same short page in Hindi and Burmese (review57e's probes): a consent line
	// closed by the danda or the Burmese stop over its button, the site's name and a
	// menu stops the walk, and the headline is the title, not the notice.
	@Test
	void aNoticeClosedByTheDandaStopsTheWalk() {
		ParsedArticle article = extract("""
				यह वेबसाइट आपकी पसंद याद रखने के लिए छोटी फ़ाइलों का उपयोग करती है।
				ठीक है
				नगर समाचार
				होम
				देश
				राज्य
				खेल
				इंदौर में नई सिटी बस सेवा शुरू, बीस रूटों पर चलेंगी बसें
				रमेश शर्मा
				5 दिसंबर 2026
				इंदौर नगर निगम ने शुक्रवार को शहर में नई इलेक्ट्रिक सिटी बस सेवा की शुरुआत की।
				पहले चरण में बीस रूटों पर कुल साठ बसें चलाई जाएंगी।
				महापौर ने कहा कि किराया पुरानी बसों के बराबर ही रहेगा।
				यात्री मोबाइल ऐप से टिकट खरीद सकेंगे और बस की लोकेशन देख सकेंगे।
				अगले साल तक बसों की संख्या दोगुनी करने की योजना है।
				शेयर करें
				""");
		assertThat(article.title().value()).isEqualTo("इंदौर में नई सिटी बस सेवा शुरू, बीस रूटों पर चलेंगी बसें");
		assertThat(article.body()).startsWith("इंदौर नगर निगम ने").doesNotContain("फ़ाइलों").doesNotContain("होम");
	}

	@Test
	void aNoticeClosedByTheBurmeseStopStopsTheWalk() {
		ParsedArticle article = extract("""
				ဤဝက်ဘ်ဆိုက်သည် သင့်ရွေးချယ်မှုများကို မှတ်သားရန် ဖိုင်ငယ်များကို အသုံးပြုသည်။
				အိုကေ
				မြို့သတင်း
				ပင်မ
				နိုင်ငံ
				အားကစား
				ရန်ကုန်တွင် လျှပ်စစ်ဘတ်စ်ကား လိုင်းသစ် စတင်
				ဇော်ဇော်
				၂၀၂၆ ဒီဇင်ဘာ ၅
				ရန်ကုန်မြို့တော်စည်ပင်က လျှပ်စစ်ဘတ်စ်ကား လိုင်းသစ်တစ်ခုကို သောကြာနေ့က စတင်ခဲ့သည်။
				ပထမအဆင့်တွင် ကား နှစ်ဆယ် ပြေးဆွဲမည်ဖြစ်သည်။
				ခရီးသည်များသည် ဖုန်းဖြင့် လက်မှတ်ဝယ်နိုင်မည်ဖြစ်သည်။
				လာမည့်နှစ်တွင် ကားအရေအတွက်ကို နှစ်ဆတိုးမည်ဟု ဆိုသည်။
				မျှဝေရန်
				""");
		assertThat(article.title().value()).isEqualTo("ရန်ကုန်တွင် လျှပ်စစ်ဘတ်စ်ကား လိုင်းသစ် စတင်");
		assertThat(article.body()).startsWith("ရန်ကုန်မြို့တော်စည်ပင်က").doesNotContain("ဖိုင်ငယ်များ");
	}

}
