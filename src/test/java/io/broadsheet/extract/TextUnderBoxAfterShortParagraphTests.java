package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text lost under an ad's label and a read-also teaser on a page without blank lines,
 * where the paragraph right over the box is a short one (body46): a long paragraph, a
 * short one ("El edificio tiene una sala infantil, …"), then "Publicidad" / "Lee también:
 * …", then the quote and the paragraph that close the article. The short paragraph read
 * as near-good only, so the box was not looked past and the text ended above it. The
 * look-alike: a site's prompt of one sentence, with no text right over it, over a
 * newsletter box and its two lines of blurb; the box is not looked past and the blurb
 * stays out.
 */
class TextUnderBoxAfterShortParagraphTests extends WholePageTests {

	private static final String SPANISH_PAGE = """
			Valdivia abre nueva biblioteca en el barrio Las Ánimas - El Austral del Sur
			El Austral del Sur
			Portada
			Ciudad
			Región
			Economía
			Deportes
			Cultura
			Ciudad
			Valdivia abre nueva biblioteca en el barrio Las Ánimas
			Por Javiera Contreras
			Publicado: Jueves 3 de diciembre de 2026 | 18:40 hrs.
			La Municipalidad de Valdivia abrió este miércoles la nueva biblioteca del barrio Las Ánimas, un edificio de dos pisos que reemplaza a la antigua sala de lectura que funcionaba en la sede vecinal desde 1998.
			El edificio tiene una sala infantil, computadores, una sala de estudio y un patio techado.
			Publicidad
			Lee también: Valdivia tendrá feria costumbrista en el parque Saval
			“Mis nietos venían a hacer las tareas a la sede, pero no había espacio para todos”, contó Elena Huenchul, vecina del sector.
			La directora de la biblioteca dijo que el horario se extenderá a los sábados a partir de enero del próximo año.
			Comparte esta noticia
			Facebook
			WhatsApp
			Noticias relacionadas
			Corral recibe nuevas lanchas
			© 2026 El Austral del Sur
			""";

	// The short paragraph over "Publicidad" read as near-good only: the box was not
	// looked past, and the quote and the last paragraph under it were lost.
	@Test
	void keepsTheTextUnderAnAdLabelAndATeaserAfterAShortParagraph() {
		ParsedArticle article = extract(SPANISH_PAGE);
		assertThat(article.body()).startsWith("La Municipalidad de Valdivia abrió")
			.contains("El edificio tiene una sala infantil", "“Mis nietos venían a hacer las tareas")
			.endsWith("a partir de enero del próximo año.")
			.doesNotContain("Publicidad", "Lee también", "Comparte");
	}

	private static final String ENGLISH_PAGE = """
			Ferry timetable to add late sailing on Fridays | Island Courier
			Island Courier
			Home
			News
			Sport
			Community
			News
			Ferry timetable to add late sailing on Fridays
			By Morag Henderson
			Thursday, 3 December 2026
			The island ferry operator will add a late sailing from the mainland on Friday evenings from January, after a petition signed by more than 900 islanders asked for a way home after work and evening events.
			The new crossing will leave the mainland pier at 10.15pm and reach the island an hour later.
			Advertisement
			Read also: Harbour wall repairs to start in spring
			"People have missed weddings and hospital visits because the last boat left too early," said Catriona MacLeod, who organised the petition.
			The operator said it would review the sailing's passenger numbers after six months before deciding whether to keep it.
			Share this article
			Facebook
			Twitter
			More news
			Pier cafe wins award
			© 2026 Island Courier
			""";

	// The same shape in English: "Advertisement" / "Read also: …" under a short
	// paragraph.
	@Test
	void keepsTheTextUnderAnAdvertisementLineAndAReadAlsoTeaser() {
		ParsedArticle article = extract(ENGLISH_PAGE);
		assertThat(article.body()).startsWith("The island ferry operator will add")
			.contains("The new crossing will leave", "\"People have missed weddings")
			.endsWith("before deciding whether to keep it.")
			.doesNotContain("Advertisement", "Read also", "Share this article");
	}

	private static final String PROMPT_OVER_NEWSLETTER_PAGE = """
			Comet visible to the naked eye this week | Sky Notes
			Sky Notes
			News
			Observing
			Forums
			Comet visible to the naked eye this week
			By Daniel Price
			December 3, 2026
			A bright comet discovered in the summer will be visible to the naked eye this week, low in the western sky for about an hour after sunset, astronomers said on Wednesday, as it swings past the Sun on its way out of the inner solar system.
			Binoculars will show its tail best away from the lights of towns, villages and cities, and a clear horizon to the west helps.
			Share
			Have a photo of the comet? Send it to our newsdesk and we may feature it in our gallery.
			Sign Up for e-mail newsletters
			Get breaking space news and the latest updates on rocket launches, skywatching events and more in your inbox every week.
			You can unsubscribe at any time, and we will never share your email address with anyone else.
			Contact us
			© 2026 Sky Notes
			""";

	// A prompt's one sentence between a share line and a newsletter box is no paragraph
	// of the article: the box is not looked past, and the newsletter's blurb under it
	// stays out, as on the base. (The prompt and the blurb's last line are kept as
	// closing lines under the run, on the base too: the tail's rules, not this one.)
	@Test
	void leavesANewsletterBlurbUnderAPromptOut() {
		ParsedArticle article = extract(PROMPT_OVER_NEWSLETTER_PAGE);
		assertThat(article.body()).startsWith("A bright comet discovered")
			.contains("and a clear horizon to the west helps.")
			.doesNotContain("Sign Up for e-mail newsletters", "Get breaking space news");
	}

}
