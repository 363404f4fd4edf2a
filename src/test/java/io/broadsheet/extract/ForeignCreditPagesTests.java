package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round lang41: writers' credits in languages other than English and Spanish, whole pages
 * of invented text. A Japanese writer's sign-off on a line of its own under the text
 * leaves the body; a Singapore paper's spaced `文 / ` credit; Swahili's "our writer" is no
 * one's name; a French regional paper's `Prénom NOM.` beside the date.
 */
class ForeignCreditPagesTests extends WholePageTests {

	private static final String JAPANESE_PAGE = """
			地域
			金沢市、市営プールを無料開放へ　来年7月から
			2026年12月3日 9時30分
			金沢市は3日、市内にある市営プール4カ所を来年7月から夏休みの間、小中学生に無料で開放すると発表した。
			市によると、プールの利用者はこの10年で約4割減っており、子どもの運動の機会を増やすねらいがある。
			市の担当者は「家族で気軽に来てもらい、夏の思い出をつくってほしい」と話した。
			%s
			関連記事
			市立図書館の開館時間を延長
			""";

	// "（山本直樹）" on its own line under the text: the writer, and no text of the article.
	@Test
	void signOffOnItsOwnLineUnderTheTextLeavesTheBody() {
		ParsedArticle article = extract(JAPANESE_PAGE.formatted("（北村彩香）"));
		assertThat(article.authorNames()).containsExactly("北村彩香");
		assertThat(article.body()).endsWith("と話した。").doesNotContain("北村彩香");
	}

	@Test
	void signOffWithItsCreditLabelLeavesTheBody() {
		ParsedArticle article = extract(JAPANESE_PAGE.formatted("（文・北村彩香）"));
		assertThat(article.authorNames()).containsExactly("北村彩香");
		assertThat(article.body()).endsWith("と話した。").doesNotContain("北村彩香");
	}

	// A sentence in brackets under the text is the text's, and names no one.
	@Test
	void sentenceInBracketsUnderTheTextStays() {
		ParsedArticle article = extract(JAPANESE_PAGE.formatted("（詳しくは市のホームページで確認できる。）"));
		assertThat(article.authorNames()).isEmpty();
		assertThat(article.body()).endsWith("（詳しくは市のホームページで確認できる。）");
	}

	// A sign-off closing the last sentence leaves that paragraph the text's.
	@Test
	void signOffClosingTheLastSentenceKeepsItsParagraph() {
		ParsedArticle article = extract(JAPANESE_PAGE.replace("と話した。\n", "と話した。（北村彩香）\n").formatted(""));
		assertThat(article.authorNames()).containsExactly("北村彩香");
		assertThat(article.body()).contains("夏の思い出をつくってほしい」と話した。");
	}

	// A bracketed line of a few kanji between the text's paragraphs is a photo's note
	// ("（市役所提供）", "（资料图）"), not a sign-off: the text under it stays (review41a).
	@Test
	void photoNoteInBracketsBetweenParagraphsKeepsTheTextUnderIt() {
		ParsedArticle article = extract(JAPANESE_PAGE.replace("市の担当者は", "（市役所提供）\n市の担当者は").formatted(""));
		assertThat(article.body()).contains("夏の思い出をつくってほしい」と話した。");
	}

	@Test
	void chinesePhotoNoteBetweenParagraphsKeepsTheTextUnderIt() {
		ParsedArticle article = extract(SINGAPORE_PAGE.replace("附近居民", "（资料图）\n附近居民").formatted("文 / 陈丽华"));
		assertThat(article.body()).contains("走路十分钟就到了。");
	}

	private static final String SINGAPORE_PAGE = """
			新加坡
			西部新图书馆明年开放
			%s
			发布 / 2026年12月3日 09:20
			位于西部的一座新图书馆将于明年6月开放，馆内设有儿童阅读区和自修室。
			国家图书馆管理局昨天发表文告说，新图书馆的开放时间将延长至晚上十点。
			附近居民李女士说：“以前要搭地铁去市区借书，以后走路十分钟就到了。”
			相关新闻
			社区中心增设自修室
			""";

	// "文 / 陈美玲": the credit's slash spaced and in ASCII.
	@Test
	void spacedSlashCreditNamesTheWriter() {
		ParsedArticle article = extract(SINGAPORE_PAGE.formatted("文 / 林佩珊"));
		assertThat(article.authorNames()).containsExactly("林佩珊");
		assertThat(article.body()).startsWith("位于西部").doesNotContain("林佩珊");
	}

	// "中文 / 英文" in a sentence is no credit.
	@Test
	void slashInsideASentenceNamesNoOne() {
		ParsedArticle article = extract(SINGAPORE_PAGE.formatted("图书馆提供中文 / 英文双语导览服务。"));
		assertThat(article.authorNames()).isEmpty();
	}

	private static final String SWAHILI_PAGE = """
			Habari
			Soko jipya la samaki kufunguliwa Tanga mwezi ujao
			%s
			Alhamisi, Desemba 3, 2026
			Tanga. Halmashauri ya jiji imesema soko jipya la samaki litaanza kutoa huduma mwezi ujao baada ya ujenzi kukamilika.
			Akizungumza na waandishi wa habari jana, Mkurugenzi wa jiji, Salim Bakari, alisema wavuvi wote watapata nafasi.
			“Tunataka wafanyabiashara wafanye kazi katika mazingira safi na salama,” alisema Bakari.
			Soma pia: Bei ya samaki yashuka Tanga
			""";

	// "Na Mwandishi Wetu" (by our writer): a desk's byline names no person.
	@Test
	void ourWriterNamesNoOne() {
		assertThat(extract(SWAHILI_PAGE.formatted("Na Mwandishi Wetu")).authorNames()).isEmpty();
	}

	@Test
	void swahiliBylineWithANameStillNamesTheWriter() {
		assertThat(extract(SWAHILI_PAGE.formatted("Na Rehema Mussa")).authorNames()).containsExactly("Rehema Mussa");
	}

	// "our writer" inside a sentence of the text changes nothing.
	@Test
	void ourWriterInsideASentenceLeavesTheTextAlone() {
		ParsedArticle article = extract(SWAHILI_PAGE.formatted("Na Rehema Mussa")
			.replace("alisema Bakari.", "alisema Bakari alipozungumza na mwandishi wetu."));
		assertThat(article.authorNames()).containsExactly("Rehema Mussa");
		assertThat(article.body()).contains("alipozungumza na mwandishi wetu.");
	}

	private static final String FRENCH_PAGE = """
			Lannion
			À Lannion, la médiathèque ouvre le dimanche à partir de janvier
			%s
			Publié le 03/12/2026 à 08h10
			La médiathèque de Lannion (Côtes-d'Armor) ouvrira ses portes le dimanche après-midi à partir du 4 janvier, a annoncé la mairie.
			L'ouverture dominicale sera d'abord testée pendant six mois, de 14 h à 18 h, avec deux agents de plus.
			« Beaucoup de familles ne peuvent venir qu'en fin de semaine », explique l'adjointe à la culture.
			Lire aussi : Lannion : le marché de Noël s'installe place du Centre
			""";

	// "Marie LE GALL.": a French regional paper's signature beside the date.
	@Test
	void surnameInCapitalsWithAFullStopNamesTheWriter() {
		assertThat(extract(FRENCH_PAGE.formatted("Gwenaëlle LE BIHAN.")).authorNames())
			.containsExactly("Gwenaëlle Le Bihan");
		assertThat(extract(FRENCH_PAGE.formatted("Yann KERDRAON.")).authorNames()).containsExactly("Yann Kerdraon");
	}

	// An acronym in capitals the page writes elsewhere is no surname.
	@Test
	void acronymInCapitalsNamesNoOne() {
		String page = FRENCH_PAGE.formatted("Réseau SNCF.")
			.replace("avec deux agents de plus.", "avec deux agents de plus et une navette de la SNCF.");
		assertThat(extract(page).authorNames()).isEmpty();
	}

	// sign42, review41b's "Saint-Malo PORT.": a place the text names, over a word in
	// capitals in the signature's shape, names no one.
	@Test
	void placeTheTextNamesOverAWordInCapitalsNamesNoOne() {
		assertThat(extract(FRENCH_PAGE.formatted("Lannion PORT.")).authorNames()).isEmpty();
		String page = FRENCH_PAGE.replace("Lannion", "Saint-Malo").formatted("Saint-Malo PORT.");
		assertThat(extract(page).authorNames()).isEmpty();
	}

	// The writer's bio under the text names them again, given name and surname: the
	// signature is still theirs.
	@Test
	void writerWhoseBioNamesThemAgainStaysTheWriter() {
		String page = FRENCH_PAGE.formatted("Yann KERDRAON.")
			.replace("Lire aussi", "Yann Kerdraon est journaliste à la rédaction de Lannion.\nLire aussi");
		assertThat(extract(page).authorNames()).containsExactly("Yann Kerdraon");
	}

	// review41b: a picture's credit in the same shape, a credit's word before its source
	// in capitals ("Illustration PIXABAY.", "Capture YOUTUBE."), names no one.
	@Test
	void pictureCreditWithItsSourceInCapitalsNamesNoOne() {
		assertThat(extract(FRENCH_PAGE.formatted("Illustration PIXABAY.")).authorNames()).isEmpty();
		assertThat(extract(FRENCH_PAGE.formatted("Capture YOUTUBE.")).authorNames()).isEmpty();
		assertThat(extract(FRENCH_PAGE.formatted("Crédit DR.")).authorNames()).isEmpty();
		assertThat(extract(FRENCH_PAGE.formatted("Crédit DR")).authorNames()).isEmpty();
	}

}
