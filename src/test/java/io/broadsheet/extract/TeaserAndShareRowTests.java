package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-also teasers and share lines between and under the paragraphs (tease38): the
 * headlines under a read-also heading alone on its line (the multilingual set's nine
 * pages, blind15's fr and ja), a teaser line between the first paragraphs and the rest
 * (blind15's ru, whose first two paragraphs were taken for a deck), the last line under a
 * teaser (blind7's hu), rows of share buttons two spaces apart ("Share" and "Tweet", "分享"
 * and "收藏") and the read-also and share words of more languages. And the look-alikes that
 * stay: a crosshead that asks under a read-also heading, a one-line paragraph between two
 * paragraphs, a quotation opening with the words of a label, a sentence opening with
 * "Share", a deck over a photo's caption.
 */
class TeaserAndShareRowTests extends WholePageTests {

	private static final String HEADER = """
			Carrow Evening News

			Home | News | Sport | Business

			Ferry service to the islands will run through the winter

			By Nadia Brook

			3 December 2026

			""";

	private static final String TEXT = """
			The ferry between Carrow and the outer islands will keep running through the winter for the first time in a decade, the operator said on Thursday.

			The service had stopped every November because too few passengers used it, leaving islanders with a single supply boat each week until the spring.

			Harbour master Owen Tully said: "People on the islands have asked for this for years, and the new boat is big enough to make it pay."
			""";

	// Under a teaser's line and the one under it: the tags, a list of more stories and
	// the footer.
	private static final String PAGE_END = """

			Tags: ferries, islands, transport

			More from Carrow Evening News

			Council to vote on new harbour car park

			Island school reopens after storm repairs

			Lifeboat crew honoured for night rescue

			About us | Contact | Advertise | Privacy

			Terms | Cookies | Accessibility

			© 2026 Carrow Evening News
			""";

	@ParameterizedTest
	@ValueSource(strings = { "Share  Tweet  Email", "Share  Save", "分享  收藏", "Share   Comment (12)",
			"Share  Facebook  X  Email", "Compartir en Facebook  Compartir en X  WhatsApp" })
	void recognisesRowsOfShareButtons(String line) {
		assertThat(Boilerplate.isNoise(line)).isTrue();
		// a share row stands inside the article as a share bar does
		assertThat(Boilerplate.endsArticle(new Paragraph(line, 1))).isFalse();
	}

	// A sentence opening with "Share" after a doubled space, a menu's row, a line of
	// figures: no share row.
	@ParameterizedTest
	@ValueSource(strings = { "Share  your views on the plan below.", "Share  prices fell 3% on Monday",
			"Sign in  Register", "Contact us  Advertise  Privacy", "Shares  Bonds  Gold" })
	void sentencesAndMenusAreNoShareRows(String line) {
		assertThat(Boilerplate.isShareRow(line)).isFalse();
	}

	// Share buttons and read-also headings of ha is ka ur es pt sv fr ja, and ar kn es ms
	// cy ko.
	@ParameterizedTest
	@ValueSource(strings = { "Raba", "Deila", "გაზიარება", "شیئر کریں", "Comparte esta nota",
			"Compartilhe esta notícia", "Dela artikeln", "Partager l'article", "この記事をシェア" })
	void recognisesShareButtonsOfMoreLanguages(String line) {
		assertThat(Boilerplate.isPrompt(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "اقرأ أيضًا", "ಇನ್ನಷ್ಟು ಸುದ್ದಿ", "Más noticias", "Notas relacionadas", "Artikel berkaitan",
			"Mwy o straeon", "관련 뉴스" })
	void recognisesReadAlsoHeadingsOfMoreLanguages(String line) {
		assertThat(Boilerplate.isRelatedHeading(new Paragraph(line, 1))).isTrue();
	}

	// es tl fa tr headings over related stories and topics (blind17's pages), and a
	// Turkish teaser's label in capitals, whose dotted capital I folds as "i"; a line
	// that only names related topics or recommends something stays text.
	@ParameterizedTest
	@ValueSource(strings = { "Temas relacionados", "Recomendado", "Mga kaugnay na balita", "خبرهای مرتبط" })
	void recognisesReadAlsoHeadingsOfBlind17sLanguages(String line) {
		assertThat(Boilerplate.isRelatedHeading(new Paragraph(line, 1))).isTrue();
	}

	@Test
	void recognisesATurkishTeaserLabelInCapitals() {
		assertThat(new Paragraph("İLGİNİZİ ÇEKEBİLİR: Doğalgaz faturalarında yeni tarife açıklandı", 1).isPromo())
			.isTrue();
		assertThat(new Paragraph("Bu konu ilginizi çekebilir, dedi bakan ve toplantıdan ayrıldı.", 1).isPromo())
			.isFalse();
		assertThat(Boilerplate.isRelatedHeading(new Paragraph("Temas relacionados con la movilidad en Bogotá", 1)))
			.isFalse();
	}

	// A read-also heading that does not end the article ("À lire aussi" stands between
	// paragraphs as often), at the end of a short page: the headline under it leaves too.
	@Test
	void leavesTheHeadlineUnderAReadAlsoHeadingAtTheEndOut() {
		ParsedArticle article = extract(
				"""
						Le bac reliant Carrow aux îles circulera tout l'hiver

						Par Claire Morel

						3 décembre 2026

						Le bac entre Carrow et les îles circulera cet hiver pour la première fois depuis dix ans, a annoncé jeudi l'exploitant. Le service s'arrêtait chaque année en novembre, faute de passagers.

						Les habitants des îles ne disposaient alors que d'un bateau de ravitaillement par semaine jusqu'au printemps. Le nouveau navire, plus grand, doit rendre la ligne rentable.

						« Les insulaires le demandaient depuis des années », a expliqué le capitaine du port, Owen Tully.

						À lire aussi

						Le conseil municipal votera sur un nouveau parking au port
						""");
		assertThat(article.body()).startsWith("Le bac entre Carrow")
			.endsWith("Owen Tully.")
			.doesNotContain("À lire aussi", "Le conseil municipal");
	}

	@Test
	void leavesTheHeadlinesUnderAReadAlsoHeadingBetweenParagraphsOut() {
		ParsedArticle article = extract(HEADER + TEXT
				+ """

						Leia também:

						Council to vote on new harbour car park

						Island school reopens after storm repairs

						Tickets will cost the same as in the summer, and islanders will keep their discount of a third on every crossing.

						The first winter sailing leaves Carrow at 7am on Monday 14 December.
						""");
		assertThat(article.body()).startsWith("The ferry between Carrow")
			.contains("Tickets will cost the same")
			.endsWith("on Monday 14 December.")
			.doesNotContain("Leia também", "Council to vote", "Island school reopens");
	}

	// A crosshead that asks, under a heading that reads as a read-also one, is the
	// text's own; so is a one-line paragraph between two paragraphs with no heading
	// above it, and a quotation that opens with a label's words.
	@Test
	void keepsACrossheadThatAsksAndAOneLineParagraph() {
		ParsedArticle article = extract(HEADER + TEXT
				+ """

						Read also

						What happens in a storm?

						The operator said the boat would stay in harbour when winds passed gale force, as the summer boats always have.

						Islanders cheered

						"Read also the small print on the timetable," Mr Tully added, "because the Sunday sailing only runs in good weather."
						""");
		assertThat(article.body())
			.contains("What happens in a storm?", "Islanders cheered",
					"\"Read also the small print on the timetable,\" Mr Tully added")
			.endsWith("only runs in good weather.\"");
	}

	// blind15's ru: two short opening paragraphs over a read-also teaser line, longer
	// ones under it, are the article's first, not a deck.
	@Test
	void keepsTheFirstParagraphsAboveATeaserLine() {
		ParsedArticle article = extract(
				"""
						В Заречье построят новую библиотеку — Новости Приречья

						Новости Приречья

						Главное  Город  Происшествия  Спорт

						Афиша  Недвижимость  Работа

						Войти

						Культура

						В Заречье построят новую библиотеку

						Текст: Мария Лебедева

						4 декабря 2026, 10:15

						Обновлено 4 декабря 2026, 12:40

						Новая библиотека в Заречье откроется в конце следующего года, сообщили в мэрии.

						Здание на улице Мира будет рассчитано на сто читателей. Стройка обойдётся в 90 млн рублей.

						Читайте также: В парке Победы отремонтируют фонтан

						По словам директора городской библиотечной системы Ирины Котовой, в новом здании появятся детский зал, читальный зал и комнаты для занятий, а по вечерам и в выходные там будут проходить встречи с писателями и лекции для жителей района.

						«Мы давно ждали этого решения. Раньше нашим читателям приходилось ездить в центр города, а теперь у жителей района будет своя библиотека рядом с домом», — сказала Котова журналистам после заседания городской думы.

						Записаться в библиотеку можно будет бесплатно, а для школьников и пенсионеров будут работать кружки и клубы по выходным. Книжный фонд на первое время составит около двадцати тысяч книг и журналов.

						Поделиться

						Комментарии (2)
						""");
		assertThat(article.body()).startsWith("Новая библиотека в Заречье")
			.contains("Здание на улице Мира", "По словам директора")
			.doesNotContain("Читайте также");
	}

	// blind7's hu: the last line under a teaser set after the text, with the page going
	// on below.
	@Test
	void keepsTheLastLineUnderATeaser() {
		ParsedArticle article = extract(HEADER + TEXT + """

				Read more: Council to vote on new harbour car park

				The first winter sailing leaves Carrow at 7am on Monday.
				""" + PAGE_END);
		assertThat(article.body()).endsWith("The first winter sailing leaves Carrow at 7am on Monday.")
			.doesNotContain("Read more", "Tags:");
	}

	// A newsletter's prompt under a teaser is no last line.
	@Test
	void leavesAPromptUnderATeaserOut() {
		ParsedArticle article = extract(HEADER + TEXT + """

				Read more: Council to vote on new harbour car park

				Subscribe to the Carrow Evening News newsletter.
				""" + PAGE_END);
		assertThat(article.body()).endsWith("big enough to make it pay.\"").doesNotContain("Subscribe", "Read more");
	}

	// blind16's pt: a read-also heading over two bulleted headlines right under the run,
	// and the list the text goes on with under it.
	@Test
	void keepsTheListTheTextIntroducesUnderAReadAlsoBox() {
		ParsedArticle article = extract(HEADER + TEXT + """

				LEIA TAMBÉM

				• Council to vote on new harbour car park

				• Island school reopens after storm repairs

				The boats that will sail all winter are:

				Island Queen – Carrow to Fenna

				Morning Star – Carrow to Holm

				The operator will review the timetable in March, once it knows how many islanders used the winter boats.
				""" + PAGE_END);
		assertThat(article.body()).contains("The boats that will sail all winter are:", "Morning Star – Carrow to Holm")
			.endsWith("how many islanders used the winter boats.")
			.doesNotContain("LEIA", "Council to vote", "Island school", "Tags:");
	}

	// Under a read-also box followed by the page's furniture only, the text ends above
	// the box, its headlines out.
	@Test
	void endsTheTextAboveAReadAlsoBoxOverFurniture() {
		ParsedArticle article = extract(HEADER + TEXT + """

				LEIA TAMBÉM

				• Council to vote on new harbour car park

				• Island school reopens after storm repairs
				""" + PAGE_END);
		assertThat(article.body()).endsWith("big enough to make it pay.\"")
			.doesNotContain("LEIA", "Council to vote", "Island school");
	}

	@Test
	void leavesAShareRowOverTheTextOut() {
		ParsedArticle article = extract(
				HEADER.replace("3 December 2026\n", "3 December 2026\n\nShare  Tweet  Email\n") + TEXT);
		assertThat(article.body()).startsWith("The ferry between Carrow").doesNotContain("Tweet");
	}

}
