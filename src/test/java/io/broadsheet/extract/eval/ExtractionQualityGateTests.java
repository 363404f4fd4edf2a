package io.broadsheet.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.broadsheet.extract.eval.ExtractionEvaluation.UnlabelledAuthors;
import io.broadsheet.extract.eval.ExtractionScorer.Scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The extractor's quality gate: its figures on the real-web development set
 * ({@code ../shared/eval-web/dev}: whole pages saved as text, with labels) must not fall
 * below the floors here, set just under what it reaches (body F1 0.904, title 0.522,
 * authors 0.930/0.708, date precision 0.877, accuracy 0.586 when they were set; title
 * 0.620 and date precision 0.915 when those two were raised; date precision 0.930 and
 * accuracy 0.724 when the date ranking used the headline and the language; title 0.681
 * when it was raised again, 0.699 when headlines above their standfirsts and over their
 * bylines were told from the lines around them; date precision 0.955 and accuracy 0.713
 * when a date line with nothing for it stopped being a guess: precision is the target, a
 * few right guesses went with the wrong ones; title 0.711 when rows of social links and
 * lists of other stories with their dates stopped passing for headlines; title 0.728 when
 * skip links, share buttons, runs of alike links and bylines before a bar stopped passing
 * for headlines and standfirsts were told from headlines more closely; title 0.743 when a
 * line the page title confirms kept its pull far from the article's start, a page title
 * of two words stopped confirming itself and a weak line above the start gave way to a
 * dated headline inside the article; title 0.749 and body F1 0.916, precision 0.900,
 * recall 0.933 when a run of text above the located one, under an attested headline,
 * became the article where the located run had no headline or a weak one; title 0.754
 * when a line of two or three words stopped sharing all its words with the article's
 * opening by chance; title 0.758 when a title's abbreviation stopped ending a sentence,
 * links alike but for their first word stopped passing for headlines and a long text
 * block taken for the start with no headline near gave way to a bylined headline further
 * in; title 0.764 when a line both the page title and a byline attest won over a bylined
 * teaser nearer the start, a line opened by {@code &} stopped passing for a headline and
 * a headline opening with a figure in sentence case stopped passing for lower case; title
 * 0.773 when a breadcrumb's end over a byline, a price offer and a headline cut short
 * under its kicker stopped winning; title 0.783 when the page's sole bylined headline
 * replaced a weak line, or one shown twice that nothing attests, found near a dialog, a
 * menu or a widget taken for the article; title 0.786 when a line in title case stopped
 * passing for a standfirst and a credit line between a standfirst and its date line gave
 * way to the headline over the standfirst; title 0.792 when a kicker over a headline and
 * its standfirst gave way to the headline, and a line that nothing attests, apart from
 * the located text, to the run above under an attested headline; title 0.794 and date
 * accuracy 0.718 when paragraphs in Chinese and Japanese were weighed as text and times
 * written "11時00分" stopped hiding the date line they stand on; title 0.798 when a line
 * opening with a date's label and a date stopped passing for a headline and the page
 * title named a headline with a section glued before it; authors recall 0.738 and date
 * accuracy 0.722 when 19 more languages got their labels, roles after names and dates in
 * other digits and calendars; date precision 0.959 and accuracy 0.776 when the meta lines
 * CMS themes print were read: two-digit years beside a byline, a slash between parts,
 * categories, glued labels, comment prompts, "posted on" footers; authors 0.952/0.827
 * when author boxes, bylines set on several lines, a line of full names under the
 * headline, a tag beside a byline and a menu's comments entry above the date line were
 * read; body F1 0.932 and precision 0.933 when an attested headline inside the located
 * run started the article, a list of teasers below the text ended it and blocks ending
 * with a photo's credit left it; title 0.802 when the page's furniture stopped passing
 * for a headline: lists between middle dots, starred footnotes and form fields, phone
 * numbers, the languages' consent, sign-in and subscription prompts, runs of capitalised
 * menu words; title 0.803 when a caption directly over its photo's credit stopped passing
 * for a headline; title 0.805 when a table of contents between the headline and its date
 * line stopped passing for it; date precision 0.966, accuracy 0.784 and authors
 * 0.966/0.839 when a video's "available until" date, a product's fact box, the first of a
 * list of other columns, a teaser's byline under a related heading and a commenter's
 * under "1 Comment" stopped dating or signing the page; title 0.807 and body recall 0.933
 * when teasers and credited captions between paragraphs stopped ending the article and
 * sentences of more scripts counted as text; date precision 0.970 and accuracy 0.797 when
 * a Vietnamese weekday ordered a numeric date, German's "vom" joined the date line, a
 * blog's first post kept its weekday date and a date the page repeats outvoted a rival
 * shown less often; authors recall 0.851 when a writer and the outlet the page names
 * again after a dash beside the date line signed the page; authors 0.967/0.863 when a
 * bare name over the line the date was read from, and a blog theme's author box under its
 * previous and next links, signed the page; body F1 0.942, precision 0.946 and date
 * accuracy 0.834 when a name link's hover card saved glued into a sentence was cut back
 * to the name and a meta line's date was read over share buttons and captions; date
 * accuracy 0.838 when a region's own month names, the Levant's "نيسان", were read from
 * the JDK's locale data; title 0.811 when a short article under a cookie line or a menu
 * started at its sentences and a copyright notice stopped passing for text; title 0.813
 * when the run above a weakly headed one, under a strong headline of its own, became the
 * article; title 0.815 when the read-also labels of every language became data (a German
 * page's see-also heading, `Siehe auch`, now closes its list); date accuracy 0.843 when a
 * date opening the article's text, closed by a stop or a dash, dated a page without a
 * date line; body F1 0.944, precision 0.950 and date accuracy 0.847 when a teaser's
 * kicker left with its headline and Persian months typed with the Arabic yeh and an
 * apostrophe's two-digit year were read). A change that makes the extractor worse on real
 * pages fails the build, as a failing case would. The set is found beside the project
 * ({@code ../shared}, as in CI) or one level higher (a worktree in a folder of
 * worktrees), or wherever {@code -Dbroadsheet.eval.folder} says.
 */
class ExtractionQualityGateTests {

	private static Scores scores;

	private static UnlabelledAuthors unlabelledAuthors;

	@BeforeAll
	static void evaluateTheDevelopmentSet() throws IOException {
		Path folder = developmentSet();
		assumeTrue(folder != null, "The real-web development set (../shared/eval-web/dev with labels.json) is not "
				+ "beside the project; the extraction quality gate is skipped.");
		ExtractionEvaluation evaluation = ExtractionEvaluation.of(folder);
		scores = evaluation.scores();
		unlabelledAuthors = evaluation.unlabelledAuthors();
		System.out.println("Extraction quality on " + folder + ": " + scores.scoreLine());
		System.out.println(unlabelledAuthors.line());
	}

	private static Path developmentSet() {
		String configured = System.getProperty("broadsheet.eval.folder");
		if (configured != null) {
			return Path.of(configured);
		}
		for (String candidate : new String[] { "../shared/eval-web/dev", "../../shared/eval-web/dev" }) {
			Path folder = Path.of(candidate);
			if (Files.isRegularFile(folder.resolve("labels.json"))) {
				return folder;
			}
		}
		return null;
	}

	@Test
	void scoresEveryPage() {
		assertThat(scores.missing()).isZero();
		assertThat(scores.files()).isGreaterThanOrEqualTo(500);
	}

	@Test
	void findsTheArticleInWholePages() {
		assertThat(scores.bodyF1()).as("body F1").isGreaterThanOrEqualTo(0.942);
		assertThat(scores.bodyPrecision()).as("body precision").isGreaterThanOrEqualTo(0.947);
		assertThat(scores.bodyRecall()).as("body recall").isGreaterThanOrEqualTo(0.93);
	}

	@Test
	void findsTheHeadline() {
		assertThat(scores.title()).as("title exact").isGreaterThanOrEqualTo(0.813);
	}

	@Test
	void namesTheAuthorsWithoutInventingThem() {
		// 0.965 until session 49: the joined names beside the date (author47's rule) read
		// both writers of a page whose byline names two and whose label keeps the first
		// only (hd_e91a158c, "Elsa Provenzano et Mickaël Bosredon"), 0.967 -> 0.961
		assertThat(scores.authorsPrecision()).as("authors precision").isGreaterThanOrEqualTo(0.958);
		assertThat(scores.authorsRecall()).as("authors recall").isGreaterThanOrEqualTo(0.865);
	}

	// No figure judges the names given where the label does not know the authors (398
	// of the 554 pages): read by hand, 47 of the 163 given there were menu words, outlets
	// and date labels; 21 of them went, three pages fell back on another wrong name (135
	// pages, 146 names when this ceiling was set). A change that starts naming the
	// furniture of those pages fails here.
	@Test
	void inventsNoAuthorsWhereTheLabelsCannotSee() {
		assertThat(unlabelledAuthors.files()).as("unlabelled pages given authors").isLessThanOrEqualTo(134);
		assertThat(unlabelledAuthors.given()).as("names given on unlabelled pages").isLessThanOrEqualTo(145);
	}

	@Test
	void datesArticlesWithoutGuessing() {
		assertThat(scores.datePrecision()).as("date precision").isGreaterThanOrEqualTo(0.969);
		assertThat(scores.dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(0.844);
	}

}
