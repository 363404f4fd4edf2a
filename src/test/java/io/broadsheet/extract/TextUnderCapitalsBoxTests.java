package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text going on under a box in capitals that stands right under the located run
 * (blind32's platypus page: `PLATYPUS AT A GLANCE` over four short fact lines, then the
 * story's last three paragraphs, each shorter than a long one, so that the run stopped
 * above the box and the paragraphs under it were lost): the paragraphs stay and the box
 * leaves the body (box55). And the look-alike that must stay out: a site's blurb under a
 * list of other stories' headlines under a label in capitals, known ("MOST READ") or not
 * ("EDITOR'S PICKS"), which names nothing the story tells, or one that names the story's
 * subject after a list label's opening words ("MORE ON WATER VOLES").
 */
class TextUnderCapitalsBoxTests extends WholePageTests {

	private static String page(String under) {
		return """
				Water voles back on the Ashby canal after twenty years | Canal Gazette

				Canal Gazette

				Home

				News

				Sport

				Nature

				Letters

				Nature

				Water voles back on the Ashby canal after twenty years

				By Harriet Quenby

				4 December 2026

				Water voles have been seen on the Ashby canal near Snarestone for the first time in twenty years, three seasons after volunteers began planting reeds along the towpath bank.

				A walker filmed two of the animals feeding on the far bank early on Sunday morning and sent the clip to the canal society, whose ecologist confirmed the sighting the same afternoon after he had walked the bank with her.

				"We knew the reeds were doing well, but we did not dare hope for voles so soon," said the society's ecologist, Tomas Brierley. "It is the best news we have had in years."

				Volunteers planted 12,000 reed plugs, 400 metres of coir rolls and 60 willow stakes along 3 kilometres of bank between 2022 and 2025.

				%s
				"""
			.formatted(under);
	}

	private static final String FOOTER = """
			Share

			More Nature

			Barn owl boxes go up at the marina

			Heron count falls for a third year

			Canal Gazette

			Contact us

			Advertise

			Terms of use

			Privacy""";

	@Test
	void keepsTheTextUnderABoxOnTheStorysSubjectAndLeavesTheBoxOut() {
		ParsedArticle article = extract(page("""
				WATER VOLES IN BRIEF

				Britain's fastest declining wild mammal

				Eats grasses, reeds and roots

				Digs its burrows in steep soft banks

				Protected by law in England

				Mr Brierley said the pair were probably young animals that had moved along the canal from a farm pond.

				The society will survey the bank again in the spring, when the voles breed.

				Boaters are asked to keep their speed down near the reed beds between the two villages.

				""" + FOOTER));
		assertThat(article.body())
			.contains("Volunteers planted 12,000 reed plugs", "Mr Brierley said the pair",
					"The society will survey the bank again", "Boaters are asked to keep their speed down")
			.doesNotContain("WATER VOLES IN BRIEF", "fastest declining", "Eats grasses", "Digs its burrows",
					"Protected by law", "Share", "Barn owl boxes");
	}

	// A list of other stories under a label in capitals, then the site's blurb: the label
	// names nothing the story tells, whether a language file knows it or not, or opens as
	// a list's label does in a language's words though it names the story's subject.
	@Test
	void leavesASitesBlurbUnderAListOfHeadlinesOut() {
		for (String label : new String[] { "MOST READ", "EDITOR'S PICKS", "MORE ON WATER VOLES" }) {
			ParsedArticle article = extract(page(
					label + """


							Barn owl boxes go up at the marina

							Heron count falls for a third year

							Lock keeper retires after forty years

							The Canal Gazette has covered the towpaths, wharves and villages of the Ashby canal since 1974 and is owned by its readers.

							Contact us

							Advertise

							Terms of use

							Privacy

							Cookies

							Sitemap

							Accessibility

							Corrections"""));
			assertThat(article.body()).as(label)
				.contains("Volunteers planted 12,000 reed plugs")
				.doesNotContain(label, "Barn owl boxes", "has covered the towpaths");
		}
	}

}
