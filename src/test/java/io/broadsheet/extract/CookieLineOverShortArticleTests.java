package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round cookie50: a short article (no paragraph of two hundred characters, so no block
 * reads as text and the locator keeps the whole page) under a cookie or consent line, its
 * button and a short menu. The reader walked down from the page's top to the headline and
 * stopped at the consent sentence, so the line, its button, the menu and the header
 * opened the body, and on a page without a paragraph of a hundred characters the finder
 * found no headline and the consent line's first words made the title. The article now
 * starts at the run of its sentences, in any language (the consent line's words need not
 * be known). Invented pages throughout.
 */
class CookieLineOverShortArticleTests extends WholePageTests {

	// Finnish, no blank lines, a consent line with no "cookie" in it.
	private static final String FINNISH = """
			Tämä sivusto käyttää evästeitä. Jatkamalla hyväksyt niiden käytön.
			Hyväksyn
			Järviseudun Sanomat
			Uutiset
			Kotimaa
			Urheilu
			Kulttuuri
			Mainos
			Kotimaa
			Uimahallin remontti valmistuu keväällä
			Kirjoittaja: Aino Korhonen
			3.12.2026 klo 9.15
			Kaupungin uimahallin remontti valmistuu huhtikuussa, kertoi tekninen johtaja torstaina.
			Hallin altaat ja saunat uusitaan, ja remontti maksaa noin neljä miljoonaa euroa.
			”Odotamme avajaisia innolla”, sanoi uimaseuran puheenjohtaja Mikko Laine.
			Jaa
			© 2026 Järviseudun Sanomat
			""";

	@Test
	void aFinnishShortArticleStartsUnderItsHeadlineNotAtTheConsentLine() {
		ParsedArticle article = extract(FINNISH);
		assertThat(article.title().value()).isEqualTo("Uimahallin remontti valmistuu keväällä");
		assertThat(article.body()).startsWith("Kaupungin uimahallin remontti valmistuu huhtikuussa")
			.doesNotContain("evästeitä")
			.doesNotContain("Hyväksyn")
			.doesNotContain("Urheilu")
			.endsWith("sanoi uimaseuran puheenjohtaja Mikko Laine.");
	}

	// Brazilian Portuguese, blank lines, the page's title line over a consent line that
	// names cookies.
	private static final String PORTUGUESE = """
			Ponte do Rio Claro reabre na segunda-feira | Jornal do Vale

			Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política.

			Aceitar

			Jornal do Vale

			Cidades

			Política

			Esportes

			Publicidade

			CIDADES

			Ponte do Rio Claro reabre na segunda-feira

			Redação Jornal do Vale

			Publicado em 02/12/2026 às 10h20

			A ponte sobre o Rio Claro será reaberta na segunda-feira, informou a prefeitura nesta quarta.

			As obras de reforço duraram oito meses e custaram cerca de 3 milhões de reais.

			"A ponte está mais segura do que nunca", disse o secretário de Obras, Paulo Menezes.

			Compartilhar
			""";

	@Test
	void aPortugueseShortArticleStartsUnderItsHeadlineNotAtTheCookieLine() {
		ParsedArticle article = extract(PORTUGUESE);
		assertThat(article.title().value()).isEqualTo("Ponte do Rio Claro reabre na segunda-feira");
		assertThat(article.body()).startsWith("A ponte sobre o Rio Claro será reaberta")
			.doesNotContain("Usamos cookies")
			.doesNotContain("Aceitar")
			.doesNotContain("Esportes")
			.doesNotContain("Publicado em");
	}

	// The near miss: the article's own lead mentions cookies (a bake sale), under a
	// consent line. The lead reads as furniture for its "cookie", but it is a sentence
	// right over the text's run, so the article starts there.
	private static final String LEAD_ABOUT_COOKIES = """
			This site uses cookies to improve your experience. By continuing you agree to our use of cookies.
			Accept
			Harwick Gazette
			News
			Sport
			What's On
			News
			School bake sale raises record sum
			By Jenny Marsh
			4 December 2026
			Pupils at Harwick Primary sold 3,000 cookies at their Christmas bake sale on Friday.
			The sale raised £2,400 for the school's new library, twice as much as last year.
			"The children baked every evening for a week," said head teacher Ruth Dale.
			Share
			""";

	@Test
	void aLeadThatMentionsCookiesStartsTheBody() {
		ParsedArticle article = extract(LEAD_ABOUT_COOKIES);
		assertThat(article.title().value()).isEqualTo("School bake sale raises record sum");
		assertThat(article.body()).startsWith("Pupils at Harwick Primary sold 3,000 cookies")
			.doesNotContain("This site uses cookies")
			.doesNotContain("Accept");
	}

	// The near miss of a page that is no short article under its header: a dance
	// school's page whose steps are long lines with no full stop (furniture by shape),
	// under a cookie line, over a footer of two sentences. The run of sentences is the
	// footer's; the steps above it are of a sentence's length, so the page stays whole
	// and keeps them, as before.
	private static final String STEPS_OVER_FOOTER_SENTENCES = """
			Diese Seite verwendet Cookies. Mit der Nutzung der Seite stimmen Sie dem zu.
			OK
			Tanzschule am Markt
			Start
			Figuren
			Kurse
			Grundschritt mit Handwechsel
			der Herr führt die Dame mit der rechten Hand nach links und dreht sie dabei einmal ein
			danach greift er mit der linken Hand ihre rechte Hand und beide gehen zurück in die Ausgangsposition
			zum Schluss folgt ein Dile que no mit einem Handwechsel auf der rechten Seite der Dame
			Seitenrevision 3, zuletzt bearbeitet am 2. März 2019
			Hilfe | Nutzungsbedingungen | Datenschutz
			Sofern nicht anders angegeben, steht der Inhalt dieser Seite unter einer freien Lizenz.
			Hier können Sie Fehler melden oder Fragen zur Bedienung dieser Seite stellen.
			""";

	@Test
	void stepsOfASentencesLengthAboveAFootersSentencesKeepThePageWhole() {
		ParsedArticle article = extract(STEPS_OVER_FOOTER_SENTENCES);
		assertThat(article.body()).contains("der Herr führt die Dame mit der rechten Hand")
			.contains("zum Schluss folgt ein Dile que no");
	}

}
