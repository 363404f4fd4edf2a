package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writers' lines blind26 missed (sign49): a science site's "by X, University of Y", the
 * writer's institution after the comma (byline.institution-words), read after a label
 * only; Malagasy "Avy amin'i X" (from), the person's "'i" glued to the word before it;
 * Xhosa "Ibhaliwe ngu-X" (written by), the "ngu-" prefix set apart by a hyphen, which in
 * a line of capitals too ("NGU-THANDEKA MKHIZE") tells the name. Look-alikes that stay as
 * they were: an open letter's signatory with a university on a bare line, two writers
 * after a label, sentences opening with the same words.
 */
class WriterInstitutionsAndJoinedLabelsTests extends WholePageTests {

	@Test
	void readsTheWriterBeforeTheirInstitutionAfterALabel() {
		assertThat(BylineDetector.byline("by Ottilie Brannagh, University of Carrowmore"))
			.containsExactly("Ottilie Brannagh");
		assertThat(BylineDetector.byline("By Priya Nandakumar, Institute for Coastal Studies"))
			.containsExactly("Priya Nandakumar");
		assertThat(BylineDetector.byline("By Tomas Rehak, Royal College of Art")).containsExactly("Tomas Rehak");
	}

	@Test
	void readsAScienceSitesWriterUnderTheHeadlineAndDropsTheLine() {
		ParsedArticle article = extract(
				"""
						Home
						Nanotechnology
						Physics
						Earth
						Biology
						December 3, 2026
						Hedgehogs in towns sleep for shorter spells in winter, tracking study finds
						by Leontine Farquharson, University of Ballymore
						Hedgehogs living in towns wake from their winter sleep more often than those in the countryside, according to a study that tracked 60 animals for two winters.
						The researchers fitted small temperature loggers to the animals and found that town hedgehogs woke on average every four days, against every nine days for rural ones.
						They think that the warmth of gardens and sheds and the food left out by residents keep the animals from sleeping deeply.
						"We did not expect the difference to be so large," said the study's lead author.
						More information: L. Farquharson et al, Winter sleep of urban hedgehogs, Journal of Small Mammals (2026).
						""");

		assertThat(article.authors()).isNotNull();
		assertThat(article.authors().value()).containsExactly("Leontine Farquharson");
		assertThat(article.body()).doesNotContain("University of Ballymore");
	}

	@Test
	void readsTheMalagasyFromLabel() {
		assertThat(BylineDetector.byline("Avy amin'i Fanja Rakotoarisoa")).containsExactly("Fanja Rakotoarisoa");
		assertThat(BylineDetector.byline("Avy amin’i Fanja Rakotoarisoa")).containsExactly("Fanja Rakotoarisoa");
	}

	@Test
	void readsTheHyphenedPrefixAfterTheXhosaLabelAndAlone() {
		assertThat(BylineDetector.byline("Ibhaliwe ngu-Ayanda Nqweniso")).containsExactly("Ayanda Nqweniso");
		assertThat(BylineDetector.byline("ngu-Lindiwe Sotashe")).containsExactly("Lindiwe Sotashe");
		assertThat(BylineDetector.byline("NGU-THANDEKA MKHIZE")).containsExactly("Thandeka Mkhize");
	}

	@Test
	void leavesASignatoryWithAUniversityOnABareLine() {
		assertThat(BylineDetector.byline("Deirdre Halloran, University of Westmoor at Dunford")).isNull();
	}

	@Test
	void stillReadsTwoWritersAfterALabel() {
		assertThat(BylineDetector.byline("By Ann Lee, Tom Hale")).containsExactly("Ann Lee", "Tom Hale");
	}

	@Test
	void leavesSentencesOpeningWithTheSameWords() {
		assertThat(BylineDetector.byline("Avy amin'i Rakoto ny vola nomena ny sekoly.")).isNull();
		assertThat(BylineDetector.byline("Ibhaliwe ngumntu omnye kwiphephandaba.")).isNull();
		assertThat(BylineDetector.byline("By Ann Lee, whose study of the University of Leeds archive began in 2019"))
			.isNull();
	}

}
