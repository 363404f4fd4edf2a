package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-also, ad and share words of more languages (lang45): a teaser between two
 * paragraphs under the labels Cyrillic Uzbek ("Шунингдек ўқинг:"), Irish ("Tuilleadh:"),
 * Albanian ("Lexoni gjithashtu:") and Welsh ("Darllen mwy:") sites give it leaves the
 * body and the text goes on under it; the ad labels Kazakh and Kyrgyz ("Жарнама") and
 * Albanian ("Reklamë") sites print between paragraphs leave it and the text goes on; the
 * share words Kazakh ("Бөлісу:") and Estonian ("Jaga:") sites print over their buttons
 * leave it. And look-alikes that stay: an Albanian sentence opening with "Lexoni
 * gjithashtu" without a colon, an Irish sentence naming "tuilleadh" inside it.
 */
class ReadAlsoAdAndShareWordsOfSevenLanguagesTests extends WholePageTests {

	@Test
	void leavesACyrillicUzbekShuningdekOqingTeaserOut() {
		ParsedArticle article = extract("""
				Жамият

				Бухорода янги кутубхона очилди

				Муаллиф: Жасур Каримов

				Бухоро шаҳрида ўттиз минг китобли янги кутубхона очилди. Уни шаҳар ҳокимлиги икки йил давомида қурди.

				Кутубхонада болалар учун алоҳида зал ва компьютер хонаси бор. У ҳар куни кечки соат саккизгача ишлайди.

				Шунингдек ўқинг: Наманганда янги боғ барпо этилди

				«Болалар энди китобни уйининг ёнидан олиши мумкин», — деди кутубхона раҳбари Малика Усмонова.

				Кутубхона дам олиш кунлари ҳам очиқ бўлади.
				""");

		assertThat(article.body()).startsWith("Бухоро шаҳрида ўттиз минг")
			.contains("деди кутубхона раҳбари")
			.endsWith("дам олиш кунлари ҳам очиқ бўлади.")
			.doesNotContain("Шунингдек ўқинг")
			.doesNotContain("Наманганда");
	}

	@Test
	void leavesIrishTuilleadhAndWelshDarllenMwyTeasersOut() {
		ParsedArticle irish = extract("""
				Pobal

				Leabharlann nua ag oscailt i mBéal an Átha

				Le Siobhán Ní Chonaill

				04.12.2026

				Osclaíodh leabharlann nua i mBéal an Átha inné, agus tá breis is fiche míle leabhar inti don phobal.

				Tógadh an foirgneamh i gcaitheamh dhá bhliain agus tá seomra ar leith ann do pháistí na scoileanna.

				Tuilleadh: Féile cheoil nua ag teacht go Cill Airne

				“Is áit í seo do gach duine sa bhaile,” a dúirt an leabharlannaí, Pádraig Ó Sé.

				Beidh an leabharlann ar oscailt gach lá ach amháin Dé Domhnaigh.
				""");
		ParsedArticle welsh = extract("""
				Newyddion

				Llyfrgell newydd yn agor yn y Bala

				Gan Elin Roberts

				03.12.2026

				Mae llyfrgell newydd wedi agor yn y Bala, gyda mwy na deng mil o lyfrau ar gyfer pobl yr ardal.

				Cafodd yr adeilad ei godi dros ddwy flynedd ac mae ystafell arbennig ynddo ar gyfer plant ysgol.

				Darllen mwy: Gŵyl gerddoriaeth newydd yn dod i Borthmadog

				“Mae hwn yn lle i bawb yn y dref,” meddai'r llyfrgellydd, Dafydd Huws.

				Bydd y llyfrgell ar agor bob dydd heblaw dydd Sul.
				""");

		assertThat(irish.body()).startsWith("Osclaíodh leabharlann nua")
			.contains("a dúirt an leabharlannaí")
			.endsWith("gach lá ach amháin Dé Domhnaigh.")
			.doesNotContain("Tuilleadh")
			.doesNotContain("Cill Airne");
		assertThat(welsh.body()).startsWith("Mae llyfrgell newydd wedi agor")
			.contains("meddai'r llyfrgellydd")
			.endsWith("bob dydd heblaw dydd Sul.")
			.doesNotContain("Darllen mwy")
			.doesNotContain("Borthmadog");
	}

	@Test
	void keepsAnIrishSentenceNamingTuilleadh() {
		ParsedArticle article = extract("""
				Pobal

				Leabharlann nua ag oscailt i mBéal an Átha

				Le Siobhán Ní Chonaill

				04.12.2026

				Osclaíodh leabharlann nua i mBéal an Átha inné, agus tá breis is fiche míle leabhar inti don phobal.

				Tá tuilleadh eolais le fáil ar shuíomh na comhairle, áit a bhfuil na huaireanta oscailte ar fad.

				Beidh an leabharlann ar oscailt gach lá ach amháin Dé Domhnaigh.
				""");

		assertThat(article.body()).contains("Tá tuilleadh eolais le fáil ar shuíomh na comhairle");
	}

	@Test
	void keepsAnIrishTuilleadhEolaisHeadingAndAnAlbanianReklameSentence() {
		// review45a's look-alikes: a heading that opens with "Tuilleadh" and a sentence
		// that opens with "Reklamë" stay in the text
		ParsedArticle irish = extract(
				"""
						Nuacht

						Leabharlann nua ar oscailt i lár an bhaile

						Tuairisc: Seán Ó Briain

						Osclaíodh leabharlann nua i lár an bhaile Dé Máirt tar éis dhá bhliain oibre ar an seanfhoirgneamh.

						Tuilleadh eolais

						Beidh an leabharlann ar oscailt gach lá ach an Domhnach, agus beidh uair an chloig scéalaíochta ann do pháistí gach Satharn.

						Dúirt an leabharlannaí go raibh breis agus míle duine tagtha isteach sa chéad seachtain.
						""");
		assertThat(irish.body()).contains("Tuilleadh eolais");
		ParsedArticle albanian = extract(
				"""
						Lajme

						Reklamat në rrugë do të hiqen

						Publikuar më: 03/12/2026 13:40

						Bashkia e Tiranës hapi të martën bibliotekën e re të qytetit pas dy vitesh punimesh në ndërtesën e vjetër.

						Reklamë e madhe në sheshin kryesor u hoq të hënën nga punëtorët e bashkisë.

						Biblioteka do të jetë e hapur çdo ditë përveç së dielës, me një orë leximi për fëmijët të shtunën.
						""");
		assertThat(albanian.body()).contains("Reklamë e madhe në sheshin kryesor");
	}

	@Test
	void leavesAnAlbanianLexoniGjithashtuTeaserAndReklameOut() {
		ParsedArticle article = extract("""
				Rajoni

				Korça hap bibliotekën e re të qytetit

				Nga Erion Hoxha

				Bashkia e Korçës hapi sot bibliotekën e re të qytetit, me më shumë se njëzet mijë libra për lexuesit.

				Ndërtesa u rikonstruktua gjatë dy viteve dhe ka një sallë të veçantë për fëmijët e shkollave.

				Lexoni gjithashtu: Hapet tregu i ri i fshatarëve në Pogradec

				Reklamë

				„Kjo është një shtëpi për të gjithë qytetin“, tha drejtoresha e bibliotekës, Mimoza Dervishi.

				Biblioteka do të jetë e hapur çdo ditë përveç të dielës.
				""");

		assertThat(article.body()).startsWith("Bashkia e Korçës hapi sot")
			.contains("tha drejtoresha e bibliotekës")
			.endsWith("çdo ditë përveç të dielës.")
			.doesNotContain("Lexoni gjithashtu")
			.doesNotContain("Pogradec")
			.doesNotContain("Reklamë");
	}

	@Test
	void keepsAnAlbanianSentenceOpeningWithLexoniGjithashtu() {
		ParsedArticle article = extract("""
				Rajoni

				Korça hap bibliotekën e re të qytetit

				Nga Erion Hoxha

				Bashkia e Korçës hapi sot bibliotekën e re të qytetit, me më shumë se njëzet mijë libra për lexuesit.

				Lexoni gjithashtu rregulloren e re të bibliotekës, e cila është publikuar në faqen e bashkisë.

				Biblioteka do të jetë e hapur çdo ditë përveç të dielës.
				""");

		assertThat(article.body()).contains("Lexoni gjithashtu rregulloren e re të bibliotekës");
	}

	@Test
	void leavesAKazakhZharnamaLineAndBolisuShareWordOut() {
		ParsedArticle article = extract("""
				Аймақ

				Семейде жаңа кітапхана ашылды

				Авторы: Дәурен Мұратов

				Семей қаласында отыз мың кітабы бар жаңа кітапхана ашылды. Оны қала әкімдігі екі жыл бойы салды.

				Кітапханада балаларға арналған бөлек зал мен компьютер бөлмесі бар.

				Жарнама

				«Балалар енді кітапты үйінің жанынан ала алады», – деді кітапхана басшысы Гүлнар Әлиева.

				Кітапхана демалыс күндері де ашық болады.

				Бөлісу:

				Facebook

				Telegram
				""");

		assertThat(article.body()).startsWith("Семей қаласында отыз мың")
			.contains("деді кітапхана басшысы")
			.endsWith("демалыс күндері де ашық болады.")
			.doesNotContain("Жарнама")
			.doesNotContain("Бөлісу");
	}

	@Test
	void leavesAKyrgyzZharnamaLineOut() {
		ParsedArticle article = extract("""
				Маданият

				Нарында жаңы китепкана ачылды

				Автор: Бектур Асанов

				Нарын шаарында 30 миң китеби бар жаңы китепкана эшигин ачты. Аны шаардык кеңеш эки жыл бою курган.

				Китепканада балдар үчүн өзүнчө зал жана компьютер бөлмөсү бар.

				Жарнама

				«Балдар эми китепти үйүнүн жанынан ала алышат», — деди китепкананын башчысы Гүлзат Токтогулова.

				Китепкана дем алыш күндөрү да ачык болот.
				""");

		assertThat(article.body()).startsWith("Нарын шаарында 30 миң")
			.contains("деди китепкананын башчысы")
			.endsWith("дем алыш күндөрү да ачык болот.")
			.doesNotContain("Жарнама");
	}

	@Test
	void leavesAnEstonianJagaShareWordOut() {
		ParsedArticle article = extract("""
				Tartu

				Elvas avatakse uus raamatukogu

				Autor: Kertu Saar

				Elva linnas avatakse laupäeval uus raamatukogu, kus on üle kahekümne tuhande raamatu.

				Hoone ehitati kahe aasta jooksul ja sellel on eraldi saal kooliõpilastele.

				„See on koht kogu linnale,“ ütles raamatukogu juhataja Mari Kask.

				Raamatukogu on avatud iga päev peale pühapäeva.

				Jaga:

				Facebook

				X

				Kommentaarid (4)
				""");

		assertThat(article.body()).startsWith("Elva linnas avatakse")
			.endsWith("iga päev peale pühapäeva.")
			.doesNotContain("Jaga");
	}

}
