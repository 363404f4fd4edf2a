package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Look-alikes of tail54's two rules (review54a), on invented pages. A read-also label of
 * some language before its colon is a teaser's, but the text's own sentence may open with
 * the same words and a colon, its words after it in lower case and ending a sentence ("À
 * voir aussi : la chapelle …, et le musée de la baie.", "Confira também: os horários …
 * estão no site da prefeitura."): it stays. A list label right under the share buttons is
 * a teaser list's over one headline only when it names stories ("More orchard news") and
 * the line under it asks and exclaims nothing: the text's own closing crosshead under the
 * share buttons ("More to celebrate", "More to do", "More to come", "More good news")
 * over its last line without a full stop stays, on pages with and without blank lines.
 */
class ReadAlsoSentencesAndShareLineCrossheadsTests extends WholePageTests {

	private static String frenchPage(String middle) {
		return """
				Voyage

				Deux jours sur l'île de Bréhat

				Par Claire Martin

				La vedette part de la pointe de l'Arcouest toutes les heures et traverse le chenal en dix minutes.

				Sur l'île, pas de voitures : on loue un vélo au port ou l'on marche jusqu'au phare du Paon.

				%s

				Les crêperies du bourg ferment tôt hors saison, mieux vaut réserver.

				L'île se visite toute l'année.
				""".formatted(middle);
	}

	@Test
	void keepsAFrenchSentenceOpeningWithASeeAlsoLabelAndItsColon() {
		ParsedArticle article = extract(frenchPage(
				"À voir aussi : la chapelle Saint-Michel, perchée sur sa butte, et le moulin à marée du Birlot."));
		assertThat(article.body()).contains("À voir aussi : la chapelle Saint-Michel")
			.endsWith("L'île se visite toute l'année.");
	}

	@Test
	void stillLeavesAFrenchTeaserAfterTheLabelOut() {
		ParsedArticle article = extract(frenchPage("À lire également : Ouessant rénove son écomusée"));
		assertThat(article.body()).startsWith("La vedette part")
			.endsWith("L'île se visite toute l'année.")
			.doesNotContain("À lire également")
			.doesNotContain("écomusée");
	}

	@Test
	void keepsAPortugueseSentenceOpeningWithTheLabelAndItsColon() {
		ParsedArticle article = extract(
				"""
						Cidades

						Nova linha de ônibus liga cinco bairros ao centro de Londrina

						Por Ana Souza

						A prefeitura inaugurou nesta segunda-feira uma linha de ônibus que liga cinco bairros da Zona Norte ao centro.

						Os ônibus passam a cada 15 minutos nos horários de pico e a cada meia hora aos domingos.

						Confira também: os horários de cada ponto estão no site da prefeitura e no aplicativo da empresa.

						A tarifa é a mesma das outras linhas municipais.

						A linha funciona de segunda a sábado.
						""");
		assertThat(article.body()).contains("Confira também: os horários de cada ponto")
			.endsWith("A linha funciona de segunda a sábado.");
	}

	private static String orchardPage(String tail) {
		return """
				Ashdown Gazette
				Home
				News
				Community
				Village orchard picks its biggest apple harvest in twenty years
				By Helen Marsh
				Saturday 5 December 2026
				Volunteers at the Forest Row community orchard picked more than two tonnes of apples this autumn, the most since the trees were planted.
				The fruit was pressed into juice at the village hall and sold to raise money for new trees.
				"The old Bramleys outdid themselves," said orchard warden Peter Hale.
				The orchard will plant twelve new heritage trees in February.
				%s
				© Ashdown Gazette 2026
				"""
			.formatted(tail);
	}

	@Test
	void keepsTheTextsClosingCrossheadUnderTheShareButtonsOverAnExclamation() {
		ParsedArticle article = extract(orchardPage("""
				Share
				More to celebrate
				Congratulations to every one of the volunteers who turned out on picking day!"""));
		assertThat(article.body()).contains("More to celebrate").endsWith("who turned out on picking day!");
	}

	@Test
	void keepsTheTextsClosingCrossheadUnderTheShareButtonsOverAWebAddress() {
		ParsedArticle article = extract(orchardPage("""
				Share
				More to do
				Volunteers who want to help with the winter pruning can sign up at www.forestroworchard.org.uk"""));
		assertThat(article.body()).contains("More to do").endsWith("www.forestroworchard.org.uk");
	}

	@Test
	void keepsTheTextsClosingCrossheadUnderTheShareButtonsOverALastLineWithoutAStopOnAPageWithBlankLines() {
		ParsedArticle article = extract(orchardPage("""
				Share
				More to come
				The orchard group will announce the date of next year's wassail in the spring""").replace("\n",
				"\n\n"));
		assertThat(article.body()).contains("More to come").endsWith("wassail in the spring");
	}

	@Test
	void keepsACrossheadNamingNewsUnderTheShareButtonsOverAnExclamation() {
		ParsedArticle article = extract(orchardPage("""
				Share
				More good news
				The orchard has also won the county's award for the best community project!"""));
		assertThat(article.body()).contains("More good news").endsWith("best community project!");
	}

	@Test
	void stillLeavesALabelNamingStoriesOverOneTeaserUnderThePrintButtonOutOnAPageWithBlankLines() {
		ParsedArticle article = extract(orchardPage("""
				Print
				More orchard news
				Hartfield cider makers open their barn for tastings""").replace("\n", "\n\n"));
		assertThat(article.body()).startsWith("Volunteers at the Forest Row")
			.endsWith("twelve new heritage trees in February.")
			.doesNotContain("More orchard news")
			.doesNotContain("cider makers");
	}

}
