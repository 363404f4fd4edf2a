package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture in other languages (lang43): a read-also teaser between two paragraphs under
 * the labels Dutch ("Ook interessant:"), Uzbek ("Mavzuga oid:") and Macedonian
 * ("Прочитајте:") sites give it leaves the body and the text goes on under it; a
 * Macedonian date line with "во" (at) before its time is the header's; an Arabic share
 * row with "إكس" (X) and a "most read" list leave the body; a Japanese last paragraph its
 * writer signs ("…予定。（佐藤健太）") stays in the body over a share row; Hindi months as the
 * papers spell them ("अक्टूबर", "दिसम्बर") date the page. And look-alikes that stay as
 * they were: a Dutch sentence opening with "Ook interessant", a Macedonian sentence
 * naming a date and a time.
 */
class OtherLanguageFurnitureTests extends WholePageTests {

	@Test
	void leavesADutchOokInteressantTeaserOutAndReadsOnUnderIt() {
		ParsedArticle article = extract(
				"""
						Bibliotheek in Wolderveen gaat op zondag open | Omroep Noordrand

						Nieuws

						Sport

						Regio

						Bibliotheek in Wolderveen gaat op zondag open

						Door Pieter van Dam

						3 december 2026, 09:12

						De bibliotheek in Wolderveen gaat vanaf januari ook op zondagmiddag open. Dat heeft het bestuur van de bibliotheek donderdag besloten.

						Volgens de directeur komen er steeds meer vragen van gezinnen die doordeweeks geen tijd hebben om boeken te lenen.

						Ook interessant: Gemeente wil nieuw zwembad bouwen aan de rand van het dorp

						"We willen een plek zijn waar iedereen op zijn eigen moment terecht kan", zegt directeur Marleen Bos.

						De extra uren worden betaald uit een subsidie van de provincie.

						Deel dit artikel

						Meest gelezen

						Brand in loods aan de haven
						""");

		assertThat(article.body()).startsWith("De bibliotheek in Wolderveen")
			.contains("zegt directeur Marleen Bos.")
			.endsWith("subsidie van de provincie.")
			.doesNotContain("Ook interessant")
			.doesNotContain("zwembad");
	}

	@Test
	void keepsADutchSentenceThatOpensWithOokInteressant() {
		ParsedArticle article = extract(
				"""
						Bibliotheek in Wolderveen gaat op zondag open | Omroep Noordrand

						Nieuws

						Bibliotheek in Wolderveen gaat op zondag open

						Door Pieter van Dam

						3 december 2026, 09:12

						De bibliotheek in Wolderveen gaat vanaf januari ook op zondagmiddag open. Dat heeft het bestuur van de bibliotheek donderdag besloten.

						Volgens de directeur komen er steeds meer vragen van gezinnen die doordeweeks geen tijd hebben om boeken te lenen.

						Ook interessant is dat de bibliotheek op zondag een leesclub voor kinderen begint.

						De extra uren worden betaald uit een subsidie van de provincie.
						""");

		assertThat(article.body()).contains("Ook interessant is dat de bibliotheek op zondag")
			.endsWith("subsidie van de provincie.");
	}

	@Test
	void leavesAnUzbekMavzugaOidTeaserOutAndReadsOnUnderIt() {
		ParsedArticle article = extract("""
				Samarqandda yangi kutubxona ochildi - Vodiy xabarlari

				Bosh sahifa

				Jamiyat

				Sport

				Jamiyat

				Samarqandda yangi kutubxona ochildi

				03.12.2026, 11:20

				Samarqand shahrida bolalar uchun yangi kutubxona ochildi. Kutubxonada 20 mingdan ortiq kitob bor.

				Kutubxona har kuni ertalab soat to'qqizdan kechki oltigacha ishlaydi va a'zolik bepul.

				Mavzuga oid: Toshkentda kitob yarmarkasi boshlandi

				“Biz bolalar kitob o'qishni yaxshi ko'rishlarini istaymiz”, — dedi kutubxona direktori Nodira Karimova.

				Kelgusi yilda shaharda yana ikkita kutubxona ochilishi rejalashtirilgan.

				Ulashish

				So'nggi yangiliklar

				Buxoroda yangi mehmonxona qurilmoqda
				""");

		assertThat(article.body()).startsWith("Samarqand shahrida bolalar uchun")
			.contains("— dedi kutubxona direktori Nodira Karimova.")
			.contains("ochilishi rejalashtirilgan.")
			.doesNotContain("Mavzuga oid")
			.doesNotContain("yarmarkasi");
	}

	@Test
	void readsAMacedonianDateLineWithVoAndLeavesTheProchitajteTeaserOut() {
		ParsedArticle article = extract(
				"""
						Битола

						Битола добива нов парк во центарот на градот

						Автор: Ана Петровска

						Објавено: 03.12.2026 во 09:40

						Општина Битола денеска ги започна работите на новиот парк во центарот на градот, кој ќе биде готов до летото.

						Паркот ќе има детско игралиште, патеки за прошетка и повеќе од двесте нови дрвја.

						Прочитајте: Нови автобуски линии за населбите околу Битола

						„Сакаме граѓаните да имаат место за одмор во средината на градот“, изјави градоначалникот.

						Вредноста на проектот е околу 40 милиони денари.
						""");

		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(article.body()).startsWith("Општина Битола денеска")
			.contains("изјави градоначалникот.")
			.endsWith("околу 40 милиони денари.")
			.doesNotContain("Објавено")
			.doesNotContain("Прочитајте")
			.doesNotContain("автобуски линии");
	}

	@Test
	void keepsAMacedonianSentenceNamingADateAndATime() {
		ParsedArticle article = extract(
				"""
						Битола

						Битола добива нов парк во центарот на градот

						Автор: Ана Петровска

						Објавено: 03.12.2026 во 09:40

						Општина Битола денеска ги започна работите на новиот парк во центарот на градот, кој ќе биде готов до летото.

						Јавната расправа за паркот ќе се одржи на 10.12.2026 во 18:00 часот во салата на општината.

						Вредноста на проектот е околу 40 милиони денари.
						""");

		assertThat(article.body()).contains("Јавната расправа за паркот ќе се одржи на 10.12.2026 во 18:00 часот")
			.endsWith("околу 40 милиони денари.");
	}

	@Test
	void leavesAnArabicShareRowAndMostReadListOut() {
		ParsedArticle article = extract("""
				افتتاح حديقة جديدة في العين - صحيفة الواحة

				صحيفة الواحة

				الرئيسية

				محليات

				رياضة

				محليات

				افتتاح حديقة جديدة في العين

				3 ديسمبر 2026 09:30

				افتتحت البلدية حديقة عامة جديدة في وسط مدينة العين، تضم ملاعب للأطفال ومسارات للمشي وأكثر من ألف شجرة.

				وقال مدير الحدائق في البلدية إن الحديقة ستكون مفتوحة يومياً من السادسة صباحاً حتى منتصف الليل.

				وأضاف أن الدخول مجاني لجميع الزوار، وأن البلدية تخطط لافتتاح حديقتين أخريين العام المقبل.

				شارك

				فيسبوك

				إكس

				واتساب

				الأكثر قراءة

				ارتفاع درجات الحرارة نهاية الأسبوع

				مهرجان للتمور في الشهر المقبل

				جميع الحقوق محفوظة © صحيفة الواحة 2026
				""");

		assertThat(article.body()).startsWith("افتتحت البلدية حديقة عامة جديدة")
			.endsWith("حديقتين أخريين العام المقبل.")
			.doesNotContain("فيسبوك")
			.doesNotContain("إكس")
			.doesNotContain("الأكثر قراءة")
			.doesNotContain("مهرجان");
	}

	@Test
	void keepsAJapaneseLastParagraphItsWriterSignsOverAShareRow() {
		ParsedArticle article = extract("""
				市立図書館が夜間開館を延長　平日は午後9時まで｜北陸日報

				北陸日報

				ニュース

				県内

				政治

				経済

				社会

				スポーツ

				くらし

				ログイン

				会員登録

				県内

				2026年12月3日 9時40分

				市立図書館が夜間開館を延長　平日は午後9時まで

				市立図書館は来年1月から、平日の開館時間を午後9時まで延長すると発表した。仕事帰りの会社員や学生から要望が多く寄せられていたという。

				昨年度の利用者は約18万人で、夕方以降の利用が全体の3割を占めている。

				館長の田中恵子さん（58）は「多くの人に気軽に来てもらいたい。夜の図書館も楽しんでほしい」と話した。

				関連記事：市内の書店、売り上げが回復

				延長は3月末までの試行で、利用状況を見て続けるか決める。（山口真一）

				シェア

				X

				Facebook

				LINE

				よく読まれている記事

				1

				駅前で交通規制　週末に祭り

				2

				新しい路線バスが運行開始

				© 北陸日報社
				""");

		assertThat(article.authors().value()).containsExactly("山口真一");
		assertThat(article.body()).startsWith("市立図書館は来年1月から")
			.endsWith("延長は3月末までの試行で、利用状況を見て続けるか決める。（山口真一）")
			.doesNotContain("関連記事")
			.doesNotContain("交通規制");
	}

	@Test
	void datesAHindiPageByTheMonthsAsPapersSpellThem() {
		String page = """
				शहर में नया पुस्तकालय खुला | नगर समाचार

				होम

				शहर

				शहर में नया पुस्तकालय खुला

				प्रकाशित: 10 %s 2026

				शहर के पुराने बाजार में सोमवार को एक नया सार्वजनिक पुस्तकालय खोला गया। इसमें दस हजार से अधिक किताबें रखी गई हैं।

				पुस्तकालय सुबह नौ बजे से शाम सात बजे तक खुला रहेगा और सदस्यता निःशुल्क होगी।

				नगर निगम के अधिकारियों ने बताया कि अगले साल दो और पुस्तकालय खोले जाएंगे।
				""";

		assertThat(extract(page.formatted("अक्टूबर")).publishedDate().value()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(extract(page.formatted("दिसम्बर")).publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(extract(page.formatted("नवम्बर")).publishedDate().value()).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(extract(page.formatted("सितम्बर")).publishedDate().value()).isEqualTo(LocalDate.of(2026, 9, 10));
	}

}
