package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lines right under an article's text, over its share bar (end58, blind35's three
 * ends): a closing quote whose speaker says "you" is the text's last paragraph; a
 * release's contact line with a phone number after its label, and a note that the piece
 * was translated, are no part of it. A sentence of the text that names whom to call, and
 * a translator's credit over the text, stay. Review58b's probes: a French closing quote
 * with "vous", a US number's contact line, and the look-alikes that stay (a labelled
 * sentence with a number, a tale translated into forty languages: the text's last line).
 */
class TextEndLinesTests extends WholePageTests {

	private static String quotePage(String last) {
		return """
				Chapel bells ring again after two-year repair | Wolds Gazette

				Skip to content

				Wolds Gazette

				Home

				News

				Sport

				What's On

				Business

				Opinion

				Subscribe

				News

				Chapel bells ring again after two-year repair

				By Amy Corbett, Community Reporter

				Thursday 3 December 2026, 7:00 am

				The six bells of the Methodist chapel in Market Wold rang out on Sunday for the first time since the tower was closed for repairs in the autumn of 2024.

				Bellhangers from a Derbyshire firm rehung the bells on new oak frames after surveyors found rot in the old ones, and the ropes were replaced with ones spun in the town.

				"Two of the bells had not been turned since the chapel was built," said the firm's foreman, Colin Shaw. "We found the founder's mark from 1861 under the rust, and we cleaned it for the next ringers to see."

				READ MORE: Market Wold traders back late opening before Christmas

				The appeal raised £68,000, most of it from a sponsored walk along the old railway line and a concert by the town's brass band.

				The tower captain, Joan Pickering, will lead a peal for the carol service on 20 December, and the ringers hope to start teaching new learners from February.

				%s

				Share this article

				Facebook

				X

				WhatsApp

				More from News

				Bypass to close overnight for resurfacing

				Council tax rise proposed for the district

				Skegness pier lights switched on for Christmas

				Wolds Gazette, 4 High Street, Market Wold LN11 9AB

				© 2026 Wolds Gazette Ltd

				Privacy

				Terms

				Cookie settings
				"""
			.formatted(last);
	}

	@Test
	void keepsAClosingQuoteWhoseSpeakerSaysYou() {
		String last = "\"They sound brighter than ever,\" she said. \"You can hear them from the river now.\"";
		ParsedArticle article = extract(quotePage(last));
		assertThat(article.body()).endsWith(last).doesNotContain("Share this article");
	}

	@Test
	void keepsAClosingQuoteInCurlyQuotesWhoseSpeakerSaysYou() {
		String last = "“They sound brighter than ever,” she said. “You can hear them from the river now.”";
		ParsedArticle article = extract(quotePage(last));
		assertThat(article.body()).endsWith(last).doesNotContain("Share this article");
	}

	@Test
	void leavesAPromptToTheReaderUnderTheTextOut() {
		ParsedArticle article = extract(quotePage("You can hear the bells every Sunday at ten."));
		assertThat(article.body()).endsWith("start teaching new learners from February.")
			.doesNotContain("every Sunday at ten");
	}

	private static String releasePage(String last, String under) {
		return """
				Harbour gauge turns 100 with a record rise - Bayside University News
				Bayside University News
				Home
				Research
				Media releases
				Harbour gauge turns 100 with a record rise
				By Tom Reyes, Science Reporter
				04/12/2026
				The tide gauge at the old harbour has reached 100 years, and its latest figures show the sea is rising faster than at any time since it was installed.
				Researchers compared every monthly reading since 1926 and found the yearly mean sea level has risen by about 18 centimetres in that time.
				Related: Students digitise the harbour's old logbooks
				"The early readings were written by hand by the harbour staff, three times a day," said Professor Ana Lim, who leads the group.
				%s
				%s
				Share
				Facebook
				LinkedIn
				Email
				Bayside University, Harbour Road
				© 2026 Bayside University
				"""
			.formatted(last, under);
	}

	private static final String RELEASE_LAST = "The gauge will be marked with a small public display at the harbour from 20 January.";

	@Test
	void leavesAMediaContactLineWithAPhoneNumberOut() {
		ParsedArticle article = extract(releasePage(RELEASE_LAST, "Media contact: Kim Olsen, 08 5550 2299"));
		assertThat(article.body()).endsWith(RELEASE_LAST).doesNotContain("Kim Olsen");
	}

	@Test
	void leavesAGermanPressContactLineWithAPhoneNumberOut() {
		ParsedArticle article = extract(releasePage(RELEASE_LAST, "Pressekontakt: Jana Vogt, +49 761 555 0190"));
		assertThat(article.body()).endsWith(RELEASE_LAST).doesNotContain("Jana Vogt");
	}

	@Test
	void keepsTheTextsSentenceThatNamesWhomToCall() {
		String last = "Anyone who has old photographs of the gauge is asked to contact Kim Olsen on 08 5550 2299 before the display opens.";
		ParsedArticle article = extract(releasePage(RELEASE_LAST, last));
		assertThat(article.body()).endsWith(last);
	}

	@Test
	void leavesAnAiTranslationNoteUnderTheTextOut() {
		ParsedArticle article = extract(releasePage(RELEASE_LAST,
				"This article was translated from Korean with the help of AI tools and checked by an editor."));
		assertThat(article.body()).endsWith(RELEASE_LAST).doesNotContain("translated");
	}

	@Test
	void leavesAFrenchTranslationNoteUnderTheTextOut() {
		String last = "La jauge sera présentée au public sur le quai à partir du 20 janvier.";
		String page = """
				La jauge du port a 100 ans - Journal de la Côte
				Journal de la Côte
				Accueil
				Actualités
				La jauge du port a 100 ans
				Par Claire Martin
				4 décembre 2026
				La jauge de marée du vieux port a atteint cent ans, et ses derniers relevés montrent que la mer monte plus vite qu'à aucun autre moment depuis son installation.
				Les chercheurs ont comparé tous les relevés mensuels depuis 1926 et constaté que le niveau moyen de la mer a monté d'environ dix-huit centimètres.
				« Les premiers relevés étaient écrits à la main par le personnel du port, trois fois par jour », a dit la professeure Ana Lim.
				%s
				Cet article a été traduit de l'anglais à l'aide d'un outil d'intelligence artificielle et relu par la rédaction.
				Partager
				Facebook
				LinkedIn
				© 2026 Journal de la Côte
				"""
			.formatted(last);
		ParsedArticle article = extract(page);
		assertThat(article.body()).endsWith(last).doesNotContain("traduit");
	}

	@Test
	void keepsATranslatorsCreditOverTheText() {
		String page = """
				Letter from the lighthouse | The Quarterly
				The Quarterly
				Essays
				Letter from the lighthouse
				By Ana Ribeiro
				Translated from the Portuguese by Daniel Hart
				March 4, 2026
				The keeper's house stands at the end of a road that the sea takes back every winter, and every spring the council lays it again with the same grey stones.
				My grandfather kept the light for thirty-one years, and he kept a diary for every one of them, in a hand that grew smaller as the years went on.
				I read the diaries last summer, sitting at his table, while the fog came in over the rocks and the horn sounded every twenty seconds.
				Share
				© 2026 The Quarterly
				""";
		ParsedArticle article = extract(page);
		assertThat(article.body()).startsWith("The keeper's house").endsWith("every twenty seconds.");
	}

	private static String frenchQuotePage(String last) {
		return """
				Les cloches de la chapelle sonnent à nouveau | La Gazette du Val

				Aller au contenu

				La Gazette du Val

				Accueil

				Actualités

				Sport

				S'abonner

				Les cloches de la chapelle sonnent à nouveau

				Par Amélie Corbet

				3 décembre 2026

				Les six cloches de la chapelle de Saint-Aubin ont sonné dimanche pour la première fois depuis la fermeture du clocher pour travaux à l'automne 2024.

				Des campaniers venus du Jura ont remonté les cloches sur de nouveaux beffrois en chêne, après que des experts ont trouvé de la pourriture dans les anciens.

				La collecte a rapporté 68 000 euros, en grande partie grâce à une marche parrainée le long de l'ancienne voie ferrée et à un concert de la fanfare.

				La responsable des sonneurs, Jeanne Picard, dirigera une volée pour la messe de Noël le 24 décembre, et les sonneurs espèrent former de nouveaux élèves dès février.

				%s

				Partager cet article

				Facebook

				X

				WhatsApp

				À lire aussi

				La rocade fermée la nuit pour travaux

				© 2026 La Gazette du Val

				Mentions légales
				"""
			.formatted(last);
	}

	@ParameterizedTest
	@ValueSource(strings = { "« Vous les entendez maintenant depuis la rivière », a-t-elle dit.",
			"«Ya se oyen desde el río, usted puede comprobarlo», dijo la campanera.",
			"„Sie hören die Glocken jetzt bis zum Fluss“, sagte die Glöcknerin.",
			"‘You can hear them from the river now,’ she said.",
			"“Nu hoor je ze tot in jouw eigen straat”, zei de klokkenluider." })
	void keepsClosingQuotesInOtherLanguagesAndMarks(String last) {
		ParsedArticle article = extract(
				(last.startsWith("‘") || last.startsWith("“")) ? quotePage(last) : frenchQuotePage(last));
		assertThat(article.body()).endsWith(last).doesNotContain("WhatsApp");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Vous pouvez écouter les cloches tous les dimanches à dix heures.",
			"Vous retrouverez les sonneurs à la chapelle chaque mardi soir." })
	void leavesAFrenchPromptToTheReaderUnderTheTextOut(String under) {
		assertThat(extract(frenchQuotePage(under)).body()).endsWith("dès février.").doesNotContain(under);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Media contact: Kim Olsen, 303-555-0142",
			"Contact: Kim Olsen, Communications, (303) 555-0142", "Media inquiries: Kim Olsen, 1-800-555-0199" })
	void leavesAContactLineWithANorthAmericanNumberOut(String under) {
		ParsedArticle article = extract(releasePage(RELEASE_LAST, under));
		assertThat(article.body()).endsWith(RELEASE_LAST).doesNotContain("Kim Olsen");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Contact: the hall opens at 10 and places can be booked on 0800 555 0142.",
			"For more information: the display opens at 10 and guided walks can be booked on 0800 555 0142.",
			"Kontakt: Wer das Messgerät früher gesehen hat, kann sich unter 0761 555 0190 melden.",
			"Contact: the display runs from 05/01/2027 09:00 until the end of the month.",
			"This story has been translated into more than 40 languages since the harbour master first told it in 1962.",
			"This text was translated into Braille by volunteers at the harbour library, who finished it in March.",
			"Ce texte a été traduit en quarante langues depuis sa parution en 1943." })
	void keepsTheTextsLastLineThatLooksLikeAContactOrANote(String last) {
		ParsedArticle article = extract(releasePage(RELEASE_LAST, last));
		assertThat(article.body()).endsWith(last);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dieser Artikel wurde mithilfe von KI aus dem Englischen übersetzt.",
			"Dieser Beitrag wurde aus dem Französischen übersetzt.",
			"This story was translated from Spanish by Daniel Hart." })
	void leavesATranslationNoteThatNamesItsSourceOut(String under) {
		ParsedArticle article = extract(releasePage(RELEASE_LAST, under));
		assertThat(article.body()).endsWith(RELEASE_LAST).doesNotContain(under);
	}

}
