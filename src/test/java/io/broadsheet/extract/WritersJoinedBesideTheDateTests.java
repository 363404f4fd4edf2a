package io.broadsheet.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two writers or more on one bare line beside the date line, joined by a separator and
 * nothing else, with no label before them (author47): a French regional paper's "Elsa
 * Provenzano et Mickaël Bosredon" over "Publié le …", an English live page's "A and B"
 * under an update stamp, an Uzbek "A va B". Look-alikes that stay as they were: a
 * recipe's name of two capitalised parts beside the date, a single bare name the page
 * names nowhere else, two names with a role after them.
 */
class WritersJoinedBesideTheDateTests extends WholePageTests {

	@Test
	void readsBothWritersOfAFrenchLineJoinedByEt() {
		ParsedArticle article = extract(
				"""
						Accueil

						Société

						Météo

						Sports

						Inondations : la Garonne sous surveillance à Agen

						Le fleuve devrait atteindre son pic dans la nuit de jeudi à vendredi selon les prévisionnistes

						Claire Duvernoy et Matthieu Lestrade

						Publié le 14/11/26 à 09h12

						La Garonne continue de monter à Agen, où la préfecture a placé les quais en vigilance orange jeudi matin après deux jours de pluie.

						Les services de la ville ont fermé les parkings des berges et demandé aux riverains de déplacer leurs véhicules avant le soir.

						« Nous surveillons la crue heure par heure », a expliqué le maire lors d'un point presse à l'hôtel de ville.

						Partager sur Facebook

						Partager sur Twitter
						""");

		assertThat(article.authors().value()).containsExactly("Claire Duvernoy", "Matthieu Lestrade");
		assertThat(article.body()).doesNotContain("Lestrade");
	}

	@Test
	void readsBothWritersOfALiveBlogUnderItsUpdateStamp() {
		ParsedArticle article = extract(
				"""
						Skip to main content

						The Harbour Courier

						News

						Sport

						Live

						Ferry strike live: crossings cancelled as talks resume

						Only two sailings are running on the island routes this morning

						Updated 5 minutes ago

						Rhian Talbot and Marcus Okafor

						Wed 4 Mar 2026 08.05 GMT

						Key events

						Talks resume at the port offices

						Representatives of the crews and the operator met at the port offices shortly after eight o'clock this morning.

						Passengers waiting at the terminal were told that the afternoon sailings would be confirmed by noon at the latest.

						Share
						""");

		assertThat(article.authors().value()).containsExactly("Rhian Talbot", "Marcus Okafor");
	}

	@Test
	void readsTheJoinedLineOverTheDateLineAsTheByline() {
		List<Paragraph> paragraphs = header("Claire Duvernoy et Matthieu Lestrade");
		BylineDetector.Candidate byline = BylineDetector.authors(paragraphs, 2);

		assertThat(byline).isNotNull();
		assertThat(byline.names()).containsExactly("Claire Duvernoy", "Matthieu Lestrade");
	}

	@Test
	void readsNoBylineFromAJoinedLineOverTheDateLineWrittenAgainAsTheHeadline() {
		List<Paragraph> paragraphs = header("Smoked Haddock and Sweetcorn Chowder");

		assertThat(BylineDetector.authors(paragraphs, 2)).isNull();
	}

	// A headline, the given line, a date line and a paragraph of text; the headline is
	// the
	// given line when it holds no "et".
	private static List<Paragraph> header(String line) {
		String headline = line.contains(" et ") ? "Inondations : la Garonne sous surveillance à Agen" : line;
		String page = headline + "\n\n" + line + "\n\nPublié le 14/11/26 à 09h12\n\n"
				+ "La Garonne continue de monter à Agen, où la préfecture a placé les quais en vigilance orange jeudi matin après deux jours de pluie.\n";
		return Paragraphs.split(page.split("\n", -1), 0);
	}

	@Test
	void readsBothWritersOfAnUzbekLineJoinedByVa() {
		assertThat(BylineDetector.namesLine("Dilnoza Rashidova va Bekzod Aliyev")).containsExactly("Dilnoza Rashidova",
				"Bekzod Aliyev");
	}

	@Test
	void readsNoWritersFromARecipeNameBesideTheDate() {
		// two capitalised parts joined by "and", one of them a single word: no names
		assertThat(BylineDetector.namesLine("Chicken and Leek Pie")).isNull();
		// a town after the name, a role after the names: not names alone
		assertThat(BylineDetector.namesLine("Rhian Talbot and Marcus Okafor, Cardiff")).isNull();
		assertThat(BylineDetector.namesLine("Rhian Talbot and Marcus Okafor (updates)")).isNull();
		// one name alone is the single bare name's rule, not this one
		assertThat(BylineDetector.namesLine("Rhian Talbot")).isNull();
		// a line in lower case is no names line
		assertThat(BylineDetector.namesLine("rhian talbot and marcus okafor")).isNull();
	}

	@Test
	void readsNoWriterFromADishNameBesideTheDate() {
		ParsedArticle article = extract(
				"""
						Home

						Recipes

						Soups

						Baking

						Smoked Haddock and Sweetcorn Chowder

						12 March 2026

						Smoked Haddock and Sweetcorn Chowder

						A thick chowder is one of the easiest suppers to make on a cold evening, and this one takes about half an hour from start to finish.

						Poach the haddock gently in the milk, then flake it into the pan with the potatoes once they are soft.

						Season with plenty of black pepper and serve with warm crusty bread.

						Print recipe
						""");

		assertThat(article.authors()).isNull();
	}

}
