package io.broadsheet.extract;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers61: two writers or more on a bare line beside the date line, with the site after
 * a dash, a bar or a comma ("Carmela Dizon and Rafael Ocampo - Manila Daily Chronicle",
 * blind38's jeepney page); two nouns joined by "and" there, a section's name, which is no
 * writer in any language ("Cultura y Ocio"); and a writer's role after a semicolon, cut
 * as after a comma ("Par Marie Dubois; journaliste").
 */
class WritersBeforeTheirSiteTests extends WholePageTests {

	// Each language's page: its site, its headline and standfirst, its date line and its
	// text; the line under test goes between the standfirst and the date line.
	private static final Map<String, String[]> PAGES = Map.of("en", new String[] { "Harbour Daily Chronicle",
			"Last ferry painters of the bay race the new steel boats",
			"As old wooden ferries are retired, a family of painters finishes what may be their last full job. Their brushes have painted gulls for fifty years.",
			"December 4, 2026 | 6:45 AM",
			"In a yard off the harbour road, Ernest Mallory, 66, is painting a white gull on the side of a ferry that may be the last one his family decorates.",
			"His father started the workshop in 1974, when ferry owners competed over who had the brightest paint and the most gulls on the bow.",
			"The council is replacing old ferries with steel boats, and only a few dozen full paint jobs are ordered each year now." },
			"de",
			new String[] { "Kieler Tagesblatt", "Die letzten Bootsmaler an der Förde",
					"Die alten Holzfähren werden ausgemustert, und eine Familie von Malern beendet ihren wohl letzten großen Auftrag.",
					"4. Dezember 2026, 06:45 Uhr",
					"In einer Werkstatt am Hafen malt Ernst Mahler, 66, eine weiße Möwe auf die Seite einer Fähre, die vielleicht die letzte ist.",
					"Sein Vater gründete die Werkstatt im Jahr 1974, als die Besitzer der Fähren um die hellsten Farben wetteiferten.",
					"Die Stadt ersetzt die alten Fähren durch Boote aus Stahl, und nur noch wenige große Aufträge werden jedes Jahr vergeben." },
			"es",
			new String[] { "Diario del Puerto", "Los últimos pintores de barcas del puerto",
					"Las viejas barcas de madera se retiran del servicio y una familia de pintores termina el que puede ser su último gran encargo.",
					"4 de diciembre de 2026, 06:45",
					"En un taller junto al puerto, Ernesto Molina, de 66 años, pinta una gaviota blanca en el costado de una barca que quizá sea la última.",
					"Su padre abrió el taller en 1974, cuando los dueños de las barcas competían por tener los colores más vivos en la proa.",
					"El ayuntamiento sustituye las viejas barcas por embarcaciones de acero, y cada año se encargan muy pocos trabajos de pintura." },
			"fr",
			new String[] { "Le Courrier du Port", "Les derniers peintres de bateaux du port",
					"Les vieux bacs en bois sont retirés du service, et une famille de peintres termine ce qui pourrait être son dernier grand chantier.",
					"4 décembre 2026 à 06h45",
					"Dans un atelier près du port, Ernest Mallet, 66 ans, peint une mouette blanche sur le flanc d'un bac qui sera peut-être le dernier.",
					"Son père a ouvert l'atelier en 1974, quand les propriétaires des bacs rivalisaient pour avoir les couleurs les plus vives.",
					"La ville remplace les vieux bacs par des bateaux en acier, et il ne reste que quelques grands chantiers de peinture chaque année." },
			"nb",
			new String[] { "Fjordposten", "De siste båtmalerne ved fjorden",
					"De gamle trefergene blir tatt ut av drift, og en familie av malere avslutter det som kan bli deres siste store oppdrag.",
					"4. desember 2026 kl. 06.45",
					"I et verksted ved havna maler Ernst Moe, 66, en hvit måke på siden av en ferje som kanskje blir den siste familien hans dekorerer.",
					"Faren hans startet verkstedet i 1974, da ferjeeierne konkurrerte om hvem som hadde de sterkeste fargene på baugen.",
					"Kommunen erstatter de gamle ferjene med båter av stål, og bare noen få store malerjobber blir bestilt hvert år." });

	// '#' parts the cells: the lines hold '|'. "{site}" stands for the page's site.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = {
			// the page's masthead after a dash, a bar or a comma
			"en # Carmela Dizon and Rafael Ocampo - {site} # Carmela Dizon;Rafael Ocampo",
			"en # Carmela Dizon and Rafael Ocampo | {site} # Carmela Dizon;Rafael Ocampo",
			"en # Carmela Dizon, Rafael Ocampo and Liza Tan - {site} # Carmela Dizon;Rafael Ocampo;Liza Tan",
			"en # Carmela Dizon, Rafael Ocampo and Liza Tan, {site} # Carmela Dizon;Rafael Ocampo;Liza Tan",
			"de # Anna Schmidt und Jonas Weber - {site} # Anna Schmidt;Jonas Weber",
			"de # Anna Schmidt und Jonas Weber, {site} # Anna Schmidt;Jonas Weber",
			"es # Lucía Romero y Pablo Ferrer | {site} # Lucía Romero;Pablo Ferrer",
			"fr # Sophie Martin et Pierre Lefèvre - {site} # Sophie Martin;Pierre Lefèvre",
			"nb # Kari Hansen og Ole Berg | {site} # Kari Hansen;Ole Berg",
			// an outlet's name the page sets nowhere else
			"en # Carmela Dizon and Rafael Ocampo - Nordic Wire Service # Carmela Dizon;Rafael Ocampo",
			"fr # Sophie Martin et Pierre Lefèvre - Nordic Wire Service # Sophie Martin;Pierre Lefèvre",
			// a Spanish section's two nouns, "y" right after the first: no name
			"es # Cultura y Ocio # ", "es # Cultura y Ocio - {site} # ", "es # Ciencia y Tecnología # " })
	void readsTheWritersOfALineBesideTheDate(String language, String line, String expected) {
		ParsedArticle article = extract(page(language, line));

		List<String> names = (article.authors() != null) ? article.authors().value() : List.of();
		assertThat(names).isEqualTo((expected != null) ? List.of(expected.split(";")) : List.of());
	}

	// Two nouns joined by "and" with the site after them, a section's name: no writer, as
	// on the base.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = { "en # Arts and Culture - {site}", "en # Science and Technology | {site}",
			"de # Wirtschaft und Politik - {site}", "de # Kunst und Kultur | {site}", "de # Gesundheit und Pflege",
			"fr # Politique et Société - {site}", "nb # Kultur og Underholdning | {site}" })
	void readsNoWriterFromTwoNounsJoinedBesideTheDate(String language, String line) {
		assertThat(extract(page(language, line)).authors()).isNull();
	}

	// A writer's role after a semicolon is cut as after a comma: a job in lower case, the
	// paper the writer wrote for.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = { "fr # Par Marie Dubois; journaliste # Marie Dubois",
			"es # Por Ana Souza y Luis Gil; redactora # Ana Souza;Luis Gil",
			"nb # Av Kari Hansen og Ole Berg; journalist # Kari Hansen;Ole Berg",
			"en # By Mara Quill; Special to the Herald # Mara Quill", "de # Von Hans Meier; Redakteur # Hans Meier" })
	void cutsTheRoleAfterASemicolon(String language, String line, String expected) {
		ParsedArticle article = extract(page(language, line));

		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly(expected.split(";"));
	}

	@Test
	void readsTheRoleAfterASemicolonAsNoWriter() {
		assertThat(BylineDetector.byline("Door Sanne de Vries; verslaggever")).containsExactly("Sanne de Vries");
		assertThat(BylineDetector.byline("Par Marie Dubois et Paul Roux; journaliste")).containsExactly("Marie Dubois",
				"Paul Roux");
	}

	// review61a: a job of two words or three after the comma, its last word a job's in
	// Dutch, Norwegian, Danish, Swedish or French (bio.roles), is the writer's role: no
	// second writer ("Politiek Redacteur"), and the writer is read, not lost with it. A
	// writer after a semicolon is a second writer: the semicolon cuts only a role.
	@ParameterizedTest
	@CsvSource(delimiter = '#', value = { "Door Sanne de Vries, Politiek Redacteur # Sanne de Vries",
			"Av Kari Hansen, Politisk redaktør # Kari Hansen", "Af Mette Holm, Politisk redaktør # Mette Holm",
			"Av Anna Berg, Politisk redaktör # Anna Berg", "Par Marie Dubois, Rédactrice en chef # Marie Dubois",
			"Door Sanne de Vries en Pieter Smit, Verslaggever # Sanne de Vries;Pieter Smit",
			"By Jane Roe; John Smith # Jane Roe;John Smith", "Par Marie Dubois; Paul Roux # Marie Dubois;Paul Roux",
			"Von Anna Schmidt; Jonas Weber # Anna Schmidt;Jonas Weber",
			"Door Sanne de Vries; Pieter van Dam # Sanne de Vries;Pieter van Dam",
			"Av Kari Hansen; Ole Berg # Kari Hansen;Ole Berg" })
	void cutsAJobAfterTheCommaAndKeepsAWriterAfterASemicolon(String line, String expected) {
		assertThat(BylineDetector.byline(line)).containsExactly(expected.split(";"));
	}

	// A writer's name beside the date is kept with a name of three words after the last
	// comma, where only an outlet's name is cut.
	@ParameterizedTest
	@CsvSource(delimiter = '#',
			value = { "en # Anna Ruiz, Tom Mills and Mary Ann Smith - {site} # Anna Ruiz;Tom Mills;Mary Ann Smith",
					"en # Anna Ruiz, Tom Mills, Mary Ann Smith # Anna Ruiz;Tom Mills;Mary Ann Smith",
					"es # Lucía Romero y Pablo Ferrer — {site} # Lucía Romero;Pablo Ferrer",
					"fr # Sophie Martin et Pierre Lefèvre – {site} # Sophie Martin;Pierre Lefèvre",
					"nb # Kari Hansen og Ole Berg, NTB Redaksjon # Kari Hansen;Ole Berg" })
	void keepsEveryWriterBeforeTheSite(String language, String line, String expected) {
		assertThat(extract(page(language, line)).authors().value()).containsExactly(expected.split(";"));
	}

	private static String page(String language, String line) {
		String[] parts = PAGES.get(language);
		String site = parts[0];
		String headline = parts[1];
		List<String> lines = List.of(headline + " | " + site, "Skip to main content", site, "Home", "News", "Sport",
				headline, parts[2], line.replace("{site}", site), parts[3], parts[4], parts[5], parts[6], "Share");
		return String.join("\n\n", lines) + "\n";
	}

}
