package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Furniture in more languages (lang44): read-also teasers between two paragraphs under
 * the labels Kyrgyz ("Окуй коюңуз:"), Kazakh ("Оқи отырыңыз:") and Azerbaijani ("Oxu
 * həmçinin:") sites give them leave the body and the text goes on under them; a Kyrgyz
 * date line with "жыл" (year) after the year is the header's; the share words Norwegian
 * ("Del artikkelen") and Somali ("Wadaag:") sites print over their buttons leave the
 * body; Somali months with their long vowels written double ("4 Diseembar 2026") date the
 * page; a Nepali page without blank lines loses the name, place and date lines under its
 * headline and the share row, the networks in Devanagari and the latest-news list under
 * its text. And look-alikes that stay: a Kyrgyz sentence naming a year with "жыл", a
 * Nepali page's paragraph under a headline that nothing attests, a Khmer first paragraph
 * of one sentence (one word to a count of spaces) under the date line.
 */
class FurnitureWordsOfMoreLanguagesTests extends WholePageTests {

	@Test
	void leavesAKyrgyzDateLineWithJylAndAnOkuyKoyunuzTeaserOut() {
		ParsedArticle article = extract(
				"""
						Маданият

						Нарында жаңы китепкана ачылды

						Автор: Бектур Асанов

						4-декабрь, 2026-жыл — 09:45

						Нарын шаарында 30 миң китеби бар жаңы китепкана эшигин ачты. Аны шаардык кеңеш эки жыл бою курган.

						Китепканада балдар үчүн өзүнчө зал жана компьютер бөлмөсү бар. Ал күн сайын кечки саат сегизге чейин иштейт.

						Окуй коюңуз: Ош шаарында театр жаңыртылып жатат

						«Балдар эми китепти үйүнүн жанынан ала алышат», — деди китепкананын башчысы Гүлзат Токтогулова.

						Китепкана дем алыш күндөрү да ачык болот.
						""");

		assertThat(article.body()).startsWith("Нарын шаарында 30 миң")
			.contains("деди китепкананын башчысы")
			.endsWith("дем алыш күндөрү да ачык болот.")
			.doesNotContain("2026-жыл")
			.doesNotContain("Окуй коюңуз")
			.doesNotContain("театр");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void keepsAKyrgyzSentenceNamingAYearWithJyl() {
		ParsedArticle article = extract("""
				Маданият

				Нарында жаңы китепкана ачылды

				Автор: Бектур Асанов

				4-декабрь, 2026-жыл — 09:45

				Нарын шаарында 30 миң китеби бар жаңы китепкана эшигин ачты. Аны шаардык кеңеш эки жыл бою курган.

				Китепкананын экинчи кабаты 2027-жыл жазында бүтөт, деп билдирди шаардык кеңештин төрагасы.

				Китепкана дем алыш күндөрү да ачык болот.
				""");

		assertThat(article.body()).contains("Китепкананын экинчи кабаты 2027-жыл жазында бүтөт");
	}

	@Test
	void leavesKazakhAndAzerbaijaniReadAlsoTeasersOut() {
		ParsedArticle kazakh = extract("""
				Қоғам

				Павлодарда жаңа саябақ ашылды

				Авторы: Айгерім Сейітова

				Павлодар қаласында өзен жағасында жаңа саябақ ашылды. Саябақта балалар алаңы мен велосипед жолы бар.

				Құрылыс екі жылға созылды және оған қалалық бюджеттен қаражат бөлінді.

				Оқи отырыңыз: Астанада жаңа мектеп салынады

				«Тұрғындар енді демалыс күндері осында келе алады», – деді қала әкімі.

				Саябақ күн сайын түнгі он бірге дейін ашық болады.
				""");
		ParsedArticle azerbaijani = extract("""
				Region

				Şəkidə yeni kitabxana açıldı

				Müəllif: Nigar Həsənova

				Şəki şəhərində yeni kitabxana istifadəyə verilib. Kitabxanada 40 mindən çox kitab var.

				Binada uşaqlar üçün ayrıca zal və kompüter otağı yaradılıb.

				Oxu həmçinin: Qəbələdə yeni turizm marşrutu açılır

				"Oxucular artıq kitabları onlayn sifariş edə biləcəklər", – deyə kitabxananın direktoru bildirib.

				Kitabxana həftənin bütün günləri açıq olacaq.
				""");

		assertThat(kazakh.body()).startsWith("Павлодар қаласында")
			.contains("деді қала әкімі.")
			.endsWith("түнгі он бірге дейін ашық болады.")
			.doesNotContain("Оқи отырыңыз")
			.doesNotContain("Астанада");
		assertThat(azerbaijani.body()).startsWith("Şəki şəhərində")
			.contains("direktoru bildirib.")
			.endsWith("bütün günləri açıq olacaq.")
			.doesNotContain("Oxu həmçinin")
			.doesNotContain("Qəbələdə");
	}

	@Test
	void leavesNorwegianAndSomaliShareWordsOut() {
		ParsedArticle norwegian = extract("""
				Nyheter

				Biblioteket i Ørsta får søndagsåpent

				Kari Nilsen

				Publisert 03.12.2026 08:30

				Biblioteket i Ørsta holder åpent på søndager fra januar. Kommunestyret vedtok ordningen onsdag kveld.

				Biblioteksjefen sier at mange familier har bedt om lengre åpningstider i helgene.

				Ordningen skal prøves ut i ett år.

				Del artikkelen

				Facebook

				E-post
				""");
		ParsedArticle somali = extract("""
				Wararka

				Maktabad cusub oo laga furay Baydhabo

				Waxaa qoray: Maryan Cali Xasan

				4 Diseembar 2026, 10:15

				Maktabad cusub ayaa maanta laga furay magaalada Baydhabo, waxaana ku jira in ka badan shan kun oo buug.

				Maamulka degmada ayaa sheegay in ardayda ay si bilaash ah u isticmaali karaan maktabadda.

				Maktabadda waxay furnaan doontaa maalmaha oo dhan.

				Wadaag:

				Facebook

				WhatsApp
				""");

		assertThat(norwegian.body()).startsWith("Biblioteket i Ørsta holder")
			.endsWith("prøves ut i ett år.")
			.doesNotContain("Del artikkelen");
		assertThat(somali.body()).startsWith("Maktabad cusub ayaa maanta")
			.endsWith("maalmaha oo dhan.")
			.doesNotContain("Wadaag");
		assertThat(somali.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void readsSomaliMonthsWithDoubledVowels() {
		String page = """
				Wararka

				Maktabad cusub oo laga furay Baydhabo

				Waxaa qoray: Maryan Cali Xasan

				%s

				Maktabad cusub ayaa maanta laga furay magaalada Baydhabo, waxaana ku jira in ka badan shan kun oo buug.

				Maamulka degmada ayaa sheegay in ardayda ay si bilaash ah u isticmaali karaan maktabadda.
				""";

		assertThat(extract(page.formatted("12 Maajo 2026")).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 5, 12));
		assertThat(extract(page.formatted("12 Agoosto 2026")).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 8, 12));
		assertThat(extract(page.formatted("12 Sebteembar 2026")).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 9, 12));
		assertThat(extract(page.formatted("12 Nofeembar 2026")).publishedDate().value())
			.isEqualTo(LocalDate.of(2026, 11, 12));
	}

	@Test
	void leavesANepaliPagesHeaderLinesAndShareRowOutOnAPageWithoutBlankLines() {
		ParsedArticle article = extract("""
				धरानमा नयाँ पुस्तकालय खुल्यो :: पूर्व खबर
				पूर्व खबर
				गृहपृष्ठ
				समाचार
				प्रदेश
				खेलकुद
				धरानमा नयाँ पुस्तकालय खुल्यो
				राम कार्की
				धरान
				प्रकाशित : बिहीबार, मंसिर १८, २०८३ | 3 December 2026
				धरान उपमहानगरपालिकाले बजार क्षेत्रमा नयाँ सार्वजनिक पुस्तकालय सञ्चालनमा ल्याएको छ।
				पुस्तकालयमा दश हजारभन्दा बढी पुस्तक र बालबालिकाका लागि छुट्टै कोठा छ।
				"अब विद्यार्थीले घर नजिकै पढ्न पाउँछन्," प्रमुखले बताए।
				पुस्तकालय शनिबार पनि खुला रहनेछ।
				सेयर गर्नुहोस्
				फेसबुक
				ट्विटर
				ताजा समाचार
				इटहरीमा सडक विस्तार सुरु
				विराटनगरमा चिसो बढ्यो
				© २०८३ पूर्व खबर
				""");

		assertThat(article.body()).startsWith("धरान उपमहानगरपालिकाले")
			.endsWith("पुस्तकालय शनिबार पनि खुला रहनेछ।")
			.doesNotContain("राम कार्की")
			.doesNotContain("प्रकाशित")
			.doesNotContain("फेसबुक")
			.doesNotContain("ताजा समाचार")
			.doesNotContain("इटहरीमा");
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void leavesAFrenchDeckAndAReagirCountUnderTheDateLinesOut() {
		ParsedArticle article = extract(
				"""
						Voile : le port de Lorient accueillera la Solitaire en 2027 | Sport Atlantique

						Sport Atlantique

						Football

						Voile

						Rugby

						S'abonner

						Voile

						Voile : le port de Lorient accueillera la Solitaire en 2027

						La course au large fera escale trois jours dans le Morbihan, une première depuis douze ans pour la ville.

						Anne Kerloc'h

						Publié le 3 décembre 2026 à 18h05

						Mis à jour le 4 décembre 2026 à 07h30

						Réagir (12)

						Lorient accueillera l'arrivée de la deuxième étape de la Solitaire en juin 2027. L'organisateur l'a annoncé mercredi soir lors d'une conférence de presse au pôle course au large.

						La ville n'avait plus reçu la course depuis 2015. Les pontons de la base sous-marine seront agrandis pour l'occasion, selon la mairie.

						« C'est une belle vitrine pour tout le territoire », a déclaré le maire, qui attend plusieurs dizaines de milliers de visiteurs.

						Partager

						Facebook

						X

						Les plus lus

						Football : Lorient renverse Brest
						""");

		assertThat(article.body()).startsWith("Lorient accueillera l'arrivée")
			.endsWith("plusieurs dizaines de milliers de visiteurs.")
			.doesNotContain("Réagir")
			.doesNotContain("fera escale trois jours");
		assertThat(article.authors().value()).containsExactly("Anne Kerloc'h");
	}

	@Test
	void keepsANepaliParagraphUnderAHeadlineThatNothingAttests() {
		ParsedArticle article = extract("""
				धरानमा नयाँ पुस्तकालय खुल्यो :: पूर्व खबर
				पूर्व खबर
				गृहपृष्ठ
				समाचार
				धरानमा नयाँ पुस्तकालय खुल्यो
				पुस्तकालयमा दश हजार पुस्तक
				धरान उपमहानगरपालिकाले बजार क्षेत्रमा नयाँ सार्वजनिक पुस्तकालय सञ्चालनमा ल्याएको छ।
				पुस्तकालयमा दश हजारभन्दा बढी पुस्तक र बालबालिकाका लागि छुट्टै कोठा छ।
				"अब विद्यार्थीले घर नजिकै पढ्न पाउँछन्," प्रमुखले बताए।
				पुस्तकालय शनिबार पनि खुला रहनेछ।
				""");

		assertThat(article.body()).contains("धरान उपमहानगरपालिकाले बजार क्षेत्रमा")
			.endsWith("पुस्तकालय शनिबार पनि खुला रहनेछ।");
	}

	@Test
	void keepsAKhmerFirstParagraphOfOneSentenceUnderTheDateLine() {
		ParsedArticle article = extract("""
				ព័ត៌មានជាតិ

				បណ្ណាល័យថ្មីបើកនៅខេត្តសៀមរាប

				ដោយ៖ សុខ ចាន់ធា

				ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៦

				បណ្ណាល័យថ្មីមួយបានបើកនៅក្រុងសៀមរាប។

				បណ្ណាល័យនេះមានសៀវភៅជាងដប់ពាន់ក្បាល និងបន្ទប់សម្រាប់កុមារ ហើយនឹងបើកជារៀងរាល់ថ្ងៃ រហូតដល់ម៉ោងប្រាំបីយប់។

				អភិបាលខេត្តបាននិយាយថា សិស្សានុសិស្សអាចខ្ចីសៀវភៅដោយឥតគិតថ្លៃ។
				""");

		assertThat(article.body()).startsWith("បណ្ណាល័យថ្មីមួយបានបើកនៅក្រុងសៀមរាប។")
			.endsWith("សិស្សានុសិស្សអាចខ្ចីសៀវភៅដោយឥតគិតថ្លៃ។");
	}

}
