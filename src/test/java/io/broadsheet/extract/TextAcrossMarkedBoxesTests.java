package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text lost under a box between paragraphs (body44): a heading of other stories'
 * headlines ("Top stories" over two headlines), a read-also teaser over an ad label
 * ("Mirá también: …" / "Publicidad") and a numbered ad slot over a marker line
 * ("Advertisement 3" / "Article content") between the article's paragraphs; the text
 * under the box is the article's. And the look-alikes: under the article, the same box
 * over one block of text (a writer's bio) or over a box with a sentence in it (a
 * paywall's prompt) ends the article there.
 */
class TextAcrossMarkedBoxesTests extends WholePageTests {

	// The same site's section list and footer under two of the pages below.
	private static final String COASTLINE_DAILY_TAIL = """
			More Environment

			Kauri saplings planted on ridge – 2 hours ago

			Whale watchers count record pods – 5 hours ago

			Storm closes coastal road – 1 day ago

			About Coastline Daily

			Careers

			Advertise

			Terms

			Contact

			Privacy
			""";

	private static final String HEADLINES_BOX_PAGE = """
			Harbour seal pups counted at record 140 on estuary sandbanks | Coastline Daily

			Skip to main content

			Coastline Daily

			News

			Environment

			Sport

			Business

			Harbour seal pups counted at record 140 on estuary sandbanks

			Mere Tautahi

			06:30, Dec 02 2026

			Volunteers counting seal pups on the sandbanks of the Waimaru estuary this summer found 140 of them, the most since counts began.

			The counts are made from boats at low tide in the first week of each month, when the mothers haul out on the banks with their young.

			They have been rising slowly for a decade, after the estuary's eel nets were removed and dogs were banned from the northern beaches.

			Top stories

			Petrol prices fall for a second week

			Ferry services return after storm

			Ranger Tama Whaanga said volunteers had spent more than 600 hours counting pups from boats near Motuiti Island and Kōpū Point.

			"Twenty pups a season was normal. Now the banks fill up," Whaanga said.

			The Waimaru Estuary Trust hopes to fit cameras on two sandbanks next year.

			"""
			+ COASTLINE_DAILY_TAIL;

	// The box's heading read as furniture and its headlines as short lines: the run
	// ended above it, and the three paragraphs under it, sentences sparse in stop words,
	// were lost.
	@Test
	void keepsTheTextUnderABoxOfHeadlinesBetweenParagraphs() {
		ParsedArticle article = extract(HEADLINES_BOX_PAGE);
		assertThat(article.body()).startsWith("Volunteers counting seal pups")
			.contains("Ranger Tama Whaanga said volunteers", "\"Twenty pups a season")
			.endsWith("on two sandbanks next year.");
	}

	private static final String TEASER_AD_PAGE = """
			Córdoba: reabren la pileta municipal del parque Sarmiento | Diario del Centro
			Diario del Centro
			Últimas noticias
			Ciudad
			Política
			Deportes
			Suscribite
			Ciudad
			Córdoba: reabren la pileta municipal del parque Sarmiento
			Por Martín Quiroga
			2 de diciembre de 2026 · 09:40
			La pileta municipal del parque Sarmiento volverá a abrir el sábado, después de dos temporadas cerrada por la reparación de sus filtros y vestuarios.
			La obra costó más de lo previsto porque hubo que cambiar toda la cañería que lleva el agua desde la planta de bombeo.
			Según la municipalidad, la entrada será gratuita para los menores de doce años y para los jubilados durante toda la temporada de verano.
			Mirá también: Cómo será el nuevo horario de los colectivos en enero
			Publicidad
			Los vecinos del barrio Güemes esperaban la reapertura desde hace meses. "Mis chicos no tenían dónde nadar en todo el verano pasado", contó Lucía Ferreyra.
			El municipio aseguró que habrá guardavidas en los dos turnos y un puesto de primeros auxilios junto a la entrada principal del predio.
			Compartir
			WhatsApp
			Lo más leído
			Corte de luz programado en barrio Alberdi
			Belgrano presentó a su nuevo entrenador
			Cierran por obras la avenida Colón
			Institucional
			Contacto
			Publicidad en el diario
			Términos y condiciones
			© 2026 Diario del Centro
			""";

	// A page without blank lines: the teaser is a short line and the ad label right
	// under it, so the label alone was no ad between two sentences.
	@Test
	void keepsTheTextUnderATeaserAndAnAdLabelAndLeavesTheTeaserOut() {
		ParsedArticle article = extract(TEASER_AD_PAGE);
		assertThat(article.body()).startsWith("La pileta municipal del parque Sarmiento volverá")
			.contains("Los vecinos del barrio Güemes")
			.endsWith("junto a la entrada principal del predio.")
			.doesNotContain("Mirá también", "Publicidad");
	}

	private static final String NUMBERED_AD_PAGE = """
			Library hours cut at three branches as budget shrinks | Millbrook Herald

			Subscribe

			Sign In

			News

			Local News

			Opinion

			Library hours cut at three branches as budget shrinks

			Author of the article:

			Janet Ostrowski

			Published Dec 02, 2026  •  2 minute read

			Millbrook's public library will open three of its branches for fewer hours from January, after council cut its budget for next year by $400,000.

			The branches in Eastview, Riverside and Oak Park will close on Mondays and at 6 p.m. on weekdays instead of 8 p.m., the library board said on Tuesday.

			Advertisement 3

			Article content

			Chief librarian Dana Whitcombe said the board weighed closing one branch before choosing shorter hours.

			Coun. Ray Bellamy called the cut part of savings asked of every department.

			"Better all branches open less than one gone for good," Whitcombe said.

			Share this article in your social network

			Trending

			Police seek witnesses to downtown crash

			Snow plows ready for winter

			Arena roof repairs start

			Comments

			Contact Us

			Terms of Use

			Privacy Policy

			© 2026 Millbrook Herald
			""";

	// A numbered ad slot over a marker line: the label has no paragraph right under it,
	// and the three paragraphs under the marker were lost.
	@Test
	void keepsTheTextUnderANumberedAdSlotAndItsMarker() {
		ParsedArticle article = extract(NUMBERED_AD_PAGE);
		assertThat(article.body()).startsWith("Millbrook's public library will open")
			.contains("Chief librarian Dana Whitcombe said", "Coun. Ray Bellamy called the cut")
			.endsWith("one gone for good,\" Whitcombe said.")
			.doesNotContain("Advertisement 3");
	}

	private static final String BIO_UNDER_BOX_PAGE = """
			Harbour seal pups counted at record 140 on estuary sandbanks | Coastline Daily

			Skip to main content

			Coastline Daily

			News

			Environment

			Harbour seal pups counted at record 140 on estuary sandbanks

			Mere Tautahi

			06:30, Dec 02 2026

			Volunteers counting seal pups on the sandbanks of the Waimaru estuary this summer found 140 of them, the most since counts began.

			The counts are made from boats at low tide in the first week of each month, when the mothers haul out on the banks with their young.

			They have been rising slowly for a decade, after the estuary's eel nets were removed and dogs were banned from the northern beaches.

			Share this article

			About the author

			Mere Tautahi is Coastline Daily's environment reporter. She has covered the region's rivers and coasts for eleven years.

			"""
			+ COASTLINE_DAILY_TAIL;

	// One block of text under the box: a writer's bio, no paragraph of the article's.
	@Test
	void endsTheArticleAboveABoxOverOneBlockOfText() {
		ParsedArticle article = extract(BIO_UNDER_BOX_PAGE);
		assertThat(article.body()).startsWith("Volunteers counting seal pups")
			.contains("dogs were banned from the northern beaches.")
			.doesNotContain("environment reporter");
	}

	private static final String PAYWALL_BOX_PAGE = """
			Library hours cut at three branches as budget shrinks | Millbrook Herald

			Subscribe

			News

			Local News

			Library hours cut at three branches as budget shrinks

			By Janet Ostrowski

			Published Dec 02, 2026

			Millbrook's public library will open three of its branches for fewer hours from January, after council cut its budget for next year by $400,000.

			The branches in Eastview, Riverside and Oak Park will close on Mondays and at 6 p.m. on weekdays instead of 8 p.m., the library board said on Tuesday.

			You have 2 free articles left this month.

			Subscribe

			Already a subscriber? Log in

			Millbrook Herald is your source for local news, sports and events in Millbrook and the surrounding townships every day.

			Our newsroom is independent and paid for by readers like you, who make our reporting on council and schools possible.

			Trending

			Snow plows ready for winter

			Arena roof repairs start

			Contact Us

			Terms of Use

			Privacy Policy

			Accessibility

			© 2026 Millbrook Herald
			""";

	// A box with a sentence in it is a prompt's, not a box of headlines or markers: the
	// site's blurb under it stays out.
	@Test
	void endsTheArticleAboveAPaywallPromptWithASentence() {
		ParsedArticle article = extract(PAYWALL_BOX_PAGE);
		assertThat(article.body()).startsWith("Millbrook's public library will open")
			.contains("the library board said on Tuesday.")
			.doesNotContain("your source for local news", "paid for by readers");
	}

	// review44b: an ad label over one headline and its lead is the page running on into
	// the next story; the article ends over the label.
	@Test
	void leavesAnotherStoryUnderAnAdLabelAndItsHeadlineOut() {
		ParsedArticle article = extract(TEASER_AD_PAGE.replace(
				"""
						Mirá también: Cómo será el nuevo horario de los colectivos en enero
						Publicidad
						Los vecinos del barrio Güemes esperaban la reapertura desde hace meses. "Mis chicos no tenían dónde nadar en todo el verano pasado", contó Lucía Ferreyra.
						El municipio aseguró que habrá guardavidas en los dos turnos y un puesto de primeros auxilios junto a la entrada principal del predio.
						""",
				"""
						Publicidad
						Cómo será el nuevo horario de los colectivos en enero
						Los colectivos urbanos cambiarán su horario desde el 5 de enero, con menos frecuencias por la noche y más servicios en la franja de la mañana.
						La empresa dijo que los cambios responden a la baja de pasajeros durante el verano.
						"""));
		assertThat(article.body()).startsWith("La pileta municipal del parque Sarmiento volverá")
			.endsWith("durante toda la temporada de verano.")
			.doesNotContain("Cómo será", "Los colectivos urbanos");
	}

}
