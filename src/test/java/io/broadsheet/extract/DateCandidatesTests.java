package io.broadsheet.extract;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication date of a whole page read as text: the article's date line, never a
 * date of a related-articles list, a comment or a "today is" masthead, and never a
 * relative time. Each case is a page ("/" separates its lines) and the date it must
 * yield, empty for none.
 */
class DateCandidatesTests {

	private static final String ARTICLE = "The council approved the plan after a long debate that lasted well into the night, officials said. / "
			+ "Opponents said they would appeal the decision in the regional court before the summer recess begins. / ";

	private static final String FOOTER = "Sport / Weather / Culture / Travel / Opinion / Video / Podcasts / Newsletters / Archive / ";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// the article's date line above its text
			"Home / News / Council approves plan / 12 March 2024 / " + ARTICLE + "|2024-03-12",
			// dates of a related-articles list are not the article's
			"Council approves plan / " + ARTICLE
					+ "Related articles / Budget talks stall / 3 January 2024 / New mayor sworn in / 5 January 2024|",
			// a list of dated teasers, however it is headed
			"Latest / 1 May 2024 / Story one / 2 May 2024 / Story two / 3 May 2024 / Story three / " + ARTICLE + "|",
			// comment dates below a comments heading
			"Council approves plan / " + ARTICLE + "Comments (2) / Anna / 14 March 2024 / Great news|",
			// a comments link in the navigation above the article heads no comments
			"Home / Comments / Council approves plan / 12 March 2024 / " + ARTICLE + "|2024-03-12",
			"Startseite / Kommentare / Rat beschließt Plan / 12. März 2024 / " + ARTICLE + "|2024-03-12",
			// a relative time names no date
			"Council approves plan / 2 hours ago / " + ARTICLE + "|",
			"Rat beschließt Plan / vor 3 Tagen / " + ARTICLE + "|",
			// a "today is" header dates the visit, a print page's "Printed on" its
			// printing
			"Today is Friday, 15 March 2024 / Council approves plan / " + ARTICLE + "|",
			"Print this page / Printed on December 3, 2026 / Council approves plan / " + ARTICLE + "|",
			// a label wins over an unlabelled date
			"Council approves plan / Updated 14 March 2024 / Published 12 March 2024 / " + ARTICLE + "|2024-03-12",
			// month names in any language CLDR knows
			"Gemeenteraad keurt plan goed / zaterdag 26 september 2020 / " + ARTICLE + "|2020-09-26",
			"Rada zatwierdza plan / 7 sierpnia 2020 / " + ARTICLE + "|2020-08-07",
			"योजना को मंजूरी / 15 अप्रैल 2020 / " + ARTICLE + "|2020-04-15",
			"Yeni plan onaylandı / 5 Kasım 2023 / " + ARTICLE + "|2023-11-05",
			"计划获批 / 2020年9月26日 / " + ARTICLE + "|2020-09-26", "계획 승인 / 2020년 9월 26일 / " + ARTICLE + "|2020-09-26",
			// a fact box's label on the line above names another event than the page's
			"Council approves plan / Joined / 11 May 2017 / Messages / 3,066 / " + ARTICLE + "|",
			"Rat beschließt Plan / Release: / 06.06.2023 / " + ARTICLE + "|",
			"Rat beschließt Plan / Mitglied seit / 06.06.2023 / " + ARTICLE + "|",
			"Le conseil approuve le plan / Membre depuis / 6 juin 2023 / " + ARTICLE + "|",
			// ... but a menu item above a date line is no such label
			"Home / Events / 12 March 2024 / Council approves plan / " + ARTICLE + "|2024-03-12",
			// a count on the meta line ("1 Kommentar") is no day
			"Rat beschließt Plan / 5 Min. 12. März 2024 Jana Roe 1 Kommentar / " + ARTICLE + "|2024-03-12",
			"Council approves plan / 12 March 2024 · 3 replies / " + ARTICLE + "|2024-03-12",
			"Le conseil approuve le plan / 12 mars 2024 - 1 commentaire / " + ARTICLE + "|2024-03-12",
			"Совет одобрил план / 12 марта 2024 · 5 комментариев / " + ARTICLE + "|2024-03-12",
			// a label with its preposition
			"Le conseil approuve le plan / Publié sur 18/02/2020 / " + ARTICLE + "|2020-02-18" })
	void findsThePublicationDate(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// Under a headline at block 2 ("Council approves plan" and its translations), the
	// article's own date line stands just below it.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// a date line just under the headline beats one as near the text above it
			"Home / 3 March 2024 / Council approves plan / 12 March 2024 / " + ARTICLE + "|2024-03-12",
			"Start / 3. März 2024 / Rat beschließt Plan / 12. März 2024 / " + ARTICLE + "|2024-03-12",
			"Accueil / 3 mars 2024 / Le conseil approuve le plan / 12 mars 2024 / " + ARTICLE + "|2024-03-12",
			// the signature of a post quoted under the headline is no date line
			"Home / Sport / Council approves plan / — Jane (@JaneRoe) 3 March 2024 / " + ARTICLE
					+ "12 March 2024|2024-03-12" })
	void prefersTheDateLineUnderTheHeadline(String page, LocalDate expected) {
		List<Paragraph> paragraphs = paragraphs(page);
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs, paragraphs.size(), 2);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// Between date lines that score alike, the date the page shows more often wins.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = {
					"Council approves plan / 11 March 2024 / Menu / Search / Video / 12 March 2024 / " + ARTICLE
							+ "Share / Print / Email / 12 March 2024|2024-03-12",
					"Rat beschließt Plan / 11.03.2024 / Menü / Suche / Video / 12.03.2024 / " + ARTICLE
							+ "Teilen / Drucken / E-Mail / 12.03.2024|2024-03-12" })
	void prefersTheDateThePageRepeats(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "12/10/2020" could be either day first or month first: the page's language says
	// which, and English, written both ways, does not.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Il consiglio approva il piano / 12/10/2020 / "
			+ "Il consiglio comunale ha approvato il piano dopo un lungo dibattito che è durato fino a tarda notte, hanno detto i funzionari. / "
			+ "Gli oppositori hanno detto che faranno ricorso contro la decisione davanti al tribunale regionale prima della pausa estiva. / "
			+ "|2020-10-12",
			"Le conseil approuve le plan / 06/10/2020 / "
					+ "Le conseil municipal a approuvé le plan hier soir, après un débat qui nous a semblé très long, et nous sommes restés jusqu’à la fin. / "
					+ "Les opposants vont faire appel, car ils ne sont pas du tout contents de cette décision, mais le maire pense que ce sera en vain. / "
					+ "|2020-10-06",
			"Council approves plan / 06/10/2020 / " + ARTICLE + "|",
			// a date that says which comes first needs no language
			"Council approves plan / 10/26/2020 / " + ARTICLE + "|2020-10-26" })
	void readsAmbiguousNumericDatesInThePagesLanguage(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "Posted: Tue, 12/01/2026" on a page whose other numeric dates have a day over 12:
	// theirs is the page's order. A page without such a date, or with both orders, says
	// nothing, and a language that writes the day first wins over a date that does not.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Kettle recall / Posted: Tue, 12/01/2026 - 14:22 / " + ARTICLE
					+ "More recalls / Mon, 11/30/2026 / Toaster recall / Thu, 11/26/2026 / Heater recall|2026-12-01",
			"Council approves plan / 12.01.2026 / " + ARTICLE + ARTICLE
					+ "More interviews / 11.17.2026 / The mayor / 10.29.2026 / The planner|2026-12-01",
			"Council approves plan / 03/12/2026 07:30 / " + ARTICLE
					+ "Earlier / 30/11/2026 / Budget talks stall|2026-12-03",
			// a comment's date orders the article's, and is not taken for it
			"Council approves plan / 03/12/2026 / " + ARTICLE
					+ "Comments (1) / Anna / 30/11/2026 / Great news|2026-12-03",
			// nothing on the page says which comes first
			"Council approves plan / 03/12/2026 07:30 / " + ARTICLE + "|",
			"Council approves plan / 03/12/2026 07:30 / " + ARTICLE
					+ "Related articles / Budget talks stall / 30/11/2026 / Mayor sworn in / 11/30/2026|",
			// an event's date in a sentence, a ticket sale without its year: neither
			// dates the page nor orders it
			"Council approves plan / 03/12/2026 / " + ARTICLE
					+ "The fair opens on 11/30/2026 at the park by the river, organisers said in a statement today, and it will run for a week with music, food stalls and rides for children of every age. / Tickets on sale 5 December|",
			// a related item's date alone is no date of the page's
			"Council approves plan / " + ARTICLE + "Related articles / Budget talks stall / 11/30/2026|",
			// German writes the day first, whatever an American date below says
			"Rat beschließt Plan / 03.04.2026 / "
					+ "Der Stadtrat hat den Plan nach einer langen Debatte beschlossen, die bis tief in die Nacht dauerte, wie die Verwaltung mitteilte. / "
					+ "Die Gegner kündigten an, dass sie gegen die Entscheidung noch vor der Sommerpause vor dem Verwaltungsgericht klagen werden. / "
					+ "Mehr / 11/30/2026 / Haushalt|2026-04-03",
			// mendB35: a version's number orders nothing; a date of the same shape does
			"Chat app fixes bug / By Tom Hale / Published 03.04.2026 / " + ARTICLE
					+ "Users on version 2.14.26 and earlier reported the fault. / Update|2026-04-03",
			"Chat app fixes bug / By Tom Hale / Published 03.04.2026 / " + ARTICLE
					+ "Users on 2.14.2026 reported the fault. / Update|2026-03-04" })
	void readsAmbiguousNumericDatesInThePagesOtherDatesOrder(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// date36: "03/12/2026 11:42" on an English page whose numeric dates say nothing of
	// their order: the dates it spells with a month's name say it ("last seen on 2
	// December", "Friday, Nov. 3"). Spelled in both orders, or not at all, they say
	// nothing; a date the page spells is not taken for the page's because it orders it.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Appeal for missing man / 03/12/2026 11:42 / " + ARTICLE
			+ "He was last seen at about 6.15pm on 2 December near the canal, officers said. / Call 999|2026-12-03",
			"Actors rally at studio / Updated 11/8/2023 10:46 PM / " + ARTICLE
					+ "Striking actors rally outside the studio on Friday, Nov. 3, in Los Angeles. / Photo|2023-11-08",
			// a related item's, a comment's and a "today is" header's spelled dates order
			// the page's date and are not taken
			"Today is Friday, 4 December 2026 / Appeal for missing man / 03/12/2026 11:42 / " + ARTICLE
					+ "Related articles / Woman charged after shop burglary – 1 December 2026 / "
					+ "Comments (1) / Anna, 2 December 2026 / Hope he is found|2026-12-03",
			// review36b: the month's name before the day orders nothing without a weekday
			// before it: an event's date, a British page's "October 7 attacks", an
			// embedded post's date, a comment's "Dec 3"
			"Fair moves to park / 04/11/2026 / " + ARTICLE
					+ "The fair opens on December 5 at the park by the river, organisers said. / Tickets|",
			"Vigil held for hostages / 03/12/2026 11:05 / " + ARTICLE
					+ "Hundreds gathered for a vigil for those killed in the October 7 attacks, organisers said. / Share|",
			"Council approves cycle lanes / 03/12/2026 11:42 / " + ARTICLE
					+ "Huge win for everyone who cycles here tonight! — Amy Pearce (@amypedals) December 2, 2026 / Share|",
			"Village fete raises record sum / 03/12/2026 09:15 / " + ARTICLE
					+ "Comments / BobT wrote on Dec 3: Great day out, well done to all the volunteers. / Sally|",
			"Fair moves to park / 04/11/2026 / " + ARTICLE
					+ "The fair opens on Saturday, December 5 at the park by the river, organisers said. / Tickets|2026-04-11",
			"Fair moves to park / " + ARTICLE
					+ "The fair opens on December 5 at the park by the river, organisers said. / Tickets|",
			// both orders spelled, or a sentence's numeric date of the other order: no
			// order, no date
			"Appeal for missing man / 03/12/2026 11:42 / " + ARTICLE
					+ "The fair opens on 11/30/2026 at the park by the river, organisers said in a statement today, and it will run for a week with music, food stalls and rides for children of every age. / "
					+ "Tickets on sale 5 December|",
			"Appeal for missing man / 03/12/2026 11:42 / " + ARTICLE
					+ "He was last seen on 2 December and again on December 3 near the canal, officers said. / Call|",
			// a holiday's name, a month with its year, a time, a copyright's year
			"Parade route set / 03/07/2026 / " + ARTICLE
					+ "The 4th of July parade will pass the park in December 2026 at Dec 10:30, officials said. / "
					+ "© 2026 Westmoor Gazette. All rights reserved.|" })
	void readsAmbiguousNumericDatesInTheOrderThePageSpellsItsDates(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// date40: an ambiguous slashed date with its time on a 24-hour clock right after it
	// ("03/12/2026 19:30", "08/11/2023 | 20:26 PM") is read day first where nothing else
	// on the page says the order; the page's other dates still win. Not a morning's
	// "07:30" nor a 12-hour time, not a time after a dash (an American template's
	// "12/01/2026 - 14:22"), and the cue makes no date line of a sentence or a comment.
	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"Hospital parking charges rise / By Jane Roe, Health reporter / 03/12/2026 19:30 / " + ARTICLE
					+ ";2026-12-03",
			"Couple sentenced over killing / Share this article / 08/11/2023 | 20:26 PM / Updated: 9.45pm / " + ARTICLE
					+ ";2023-11-08",
			"Hospital parking charges rise / 03/12/2026, 19:30 / " + ARTICLE + ";2026-12-03",
			// the page's other dates put the month first
			"Hospital parking charges rise / 03/12/2026 19:30 / " + ARTICLE
					+ "More news / Mon, 11/30/2026 / Ward closes;2026-03-12",
			// look-alikes: no 24-hour clock, a dash, a sentence, a comment, a copyright
			"Hospital parking charges rise / 03/12/2026 07:30 / " + ARTICLE + ";",
			"Hospital parking charges rise / 03/12/2026 7:30 PM / " + ARTICLE + ";",
			"Hospital parking charges rise / Posted: Thu, 03/12/2026 - 19:30 / " + ARTICLE + ";",
			"Hospital parking charges rise / " + ARTICLE
					+ "The board meets again on 03/12/2026 19:30 at the town hall to vote on the charges, a spokesman said. / Share;",
			"Hospital parking charges rise / " + ARTICLE + "Comments (1) / Janet W · 03/12/2026 20:14 / Shameful.;",
			"Hospital parking charges rise / " + ARTICLE + "© 2026 Westmoor Gazette 19:30;" })
	void readsAnAmbiguousSlashedDateDayFirstByItsTwentyFourHourClock(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A press office's "NEWS RELEASE" date over its headline is the page's; the journal
	// article's publication date in the fact box below is the study's.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ScienceWire / NEWS RELEASE 2-DEC-2026 / Bees remember scents / " + ARTICLE
					+ "ARTICLE PUBLICATION DATE / 1-Dec-2026 / FUNDING / The council|2026-12-02",
			// mendB35: under the text, a release's label outranks no header date line
			"Bridge opens / Metro Desk / December 4, 2026 / " + ARTICLE + "Press release 28 November 2026|2026-12-04" })
	void readsAPressOfficesReleaseDate(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "Thứ năm, 2/11/2023": a weekday's name that only languages writing the day first
	// use orders the date, where the page's text does not tell its language (no stop
	// words are known for Vietnamese); an English weekday does not.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Hội đồng thông qua kế hoạch / Thứ năm, 2/11/2023, 19:20 (GMT+7) / "
			+ "Hội đồng thành phố đã thông qua kế hoạch sau một cuộc tranh luận kéo dài đến tận đêm khuya, các quan chức cho biết. / "
			+ "Những người phản đối nói rằng họ sẽ kháng cáo quyết định này lên tòa án khu vực trước kỳ nghỉ hè. / "
			+ "|2023-11-02", "Council approves plan / Thứ hai, 9/6/2025 / " + ARTICLE + "|2025-06-09",
			"Council approves plan / Thursday, 2/11/2023 / " + ARTICLE + "|",
			// words of other locales' weekday names ("on", "ann", "don") order nothing
			"Council approves plan / On 3/4/2024 / " + ARTICLE + "|",
			"Council approves plan / Ann Arbor, 3/4/2024 / " + ARTICLE + "|",
			"Council approves plan / Don Smith - 3/4/2024 / " + ARTICLE + "|" })
	void readsAmbiguousNumericDatesAfterAWeekdayOfADayFirstLanguage(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A "Latest" or "Up next" in the navigation above the headline heads no list of the
	// date line under the headline; one under the article still does.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Home / Latest News / Council approves plan / 12 March 2024 / " + ARTICLE + "|2024-03-12",
					"Start / Meistgelesen / Rat beschließt Plan / 12. März 2024 / " + ARTICLE + "|2024-03-12",
					"Home / Up next / Council approves plan / " + ARTICLE
							+ "Latest / Budget talks stall / 3 January 2024 / New mayor sworn in / 5 January 2024|" })
	void listsNoDateUnderTheHeadlineForARelatedHeadingAboveIt(String page, LocalDate expected) {
		List<Paragraph> paragraphs = paragraphs(page);
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs, paragraphs.size(), 2);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "06/11/20230 Kommentare": a comment count glued to an ambiguous date's year; the
	// page's language still orders it.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Rat beschließt Plan / 06/11/20230 Kommentare / "
			+ "Der Stadtrat hat den Plan nach einer langen Debatte beschlossen, die bis tief in die Nacht dauerte, wie die Verwaltung mitteilte. / "
			+ "Die Gegner kündigten an, dass sie gegen die Entscheidung noch vor der Sommerpause vor dem Verwaltungsgericht klagen werden. / "
			+ "|2023-11-06" })
	void readsAmbiguousDatesWithACountGluedOn(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// The first and the last teaser of a dated list have one dated neighbour each: they
	// rank below the article's own closing date line, not level with it.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Council approves plan / " + ARTICLE + "Columns / Column one / On pseudonyms / 3 January 2024 / "
					+ "Column two / On drag kings / Image / 5 January 2024 / Column three / On the street / Image / "
					+ "7 January 2024 / Contact / Imprint / Archive / About us / 12 March 2024|2024-03-12",
			"Rat beschließt Plan / " + ARTICLE + "Kolumnen / Kolumne eins / Über Pseudonyme / 3. Januar 2024 / "
					+ "Kolumne zwei / Über Dragkings / Bild / 5. Januar 2024 / Kolumne drei / Straßentheater / Bild / "
					+ "7. Januar 2024 / Kontakt / Impressum / Archiv / Über uns / 12. März 2024|2024-03-12" })
	void ranksTheEndsOfADatedListBelowALoneDateLine(String page, LocalDate expected) {
		assertThat(DateLineDetector.candidates(paragraphs(page)).get(0).date()).isEqualTo(expected);
	}

	// A date line with nothing for it (no label, away from the headline and the text's
	// start) is the page's date only if no other date line, as likely, names another
	// date; a weekday's date above everything dates the visit.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Council approves plan / " + ARTICLE + FOOTER + "3 January 2024 / " + FOOTER + "5 February 2024|",
					"Rat beschließt Plan / " + ARTICLE + FOOTER + "03.01.2024 / " + FOOTER + "05.02.2024|",
					// the same date twice is no disagreement
					"Council approves plan / " + ARTICLE + FOOTER + "3 January 2024 / " + FOOTER
							+ "3 January 2024|2024-01-03",
					// a date the page shows more often than any other is its own: a
					// live page's entries of the day
					"Council approves plan / " + ARTICLE + FOOTER + "3 January 2024 / " + FOOTER + "3 January 2024 / "
							+ FOOTER + "5 February 2024|2024-01-03",
					"Council approves plan / " + ARTICLE + FOOTER + "3 January 2024 / " + FOOTER + "3 January 2024 / "
							+ FOOTER + "5 February 2024 / " + FOOTER + "5 February 2024|",
					// one under the headline has the evidence
					"Council approves plan / 12 March 2024 / " + ARTICLE + FOOTER + "3 January 2024 / " + FOOTER
							+ "5 February 2024|2024-03-12",
					// a masthead's weekday date far above the text: the visit's, not the
					// article's
					"Wednesday, 1 November 2023 / " + FOOTER + FOOTER + "Council approves plan / " + ARTICLE + "|",
					"Mittwoch, 1. November 2023 / " + FOOTER + FOOTER + "Rat beschließt Plan / " + ARTICLE + "|",
					// and no rival of the article's own date line
					"Wednesday, 1 November 2023 / " + FOOTER + FOOTER + "Council approves plan / " + ARTICLE + FOOTER
							+ "24 October 2023|2023-10-24" })
	void guessesNoDateWhenNothingSpeaksForIt(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A blog's front page dates each post with its weekday: the first post's date above
	// the page's first text is the first post's, not a masthead's, when two later
	// posts' date lines open with a weekday too (each post long enough not to make the
	// dates a list of teasers).
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = {
					"Neuigkeiten / [Samstag, 19. Juli 2014] / Landesparteitag 2014 / " + ARTICLE
							+ "[Donnerstag, 9. Mai 2013] / Vatertag / " + ARTICLE + ARTICLE
							+ "[Freitag, 14. Dezember 2012] / Casting / " + ARTICLE + "|2014-07-19",
					"News / Saturday, 19 July 2014 / Party conference 2014 / " + ARTICLE
							+ "Thursday, 9 May 2013 / Fathers' day / " + ARTICLE + ARTICLE
							+ "Friday, 14 December 2012 / Casting / " + ARTICLE + "|2014-07-19" })
	void takesTheFirstPostsDateOnABlogsFrontPage(String page, LocalDate expected) {
		assertThat(DateLineDetector.candidates(paragraphs(page)).get(0).date()).isEqualTo(expected);
	}

	// "Mar 18, 2026" opens with a month, though "mar" is a short Tuesday in Spanish: no
	// masthead's weekday date.
	@Test
	void aMonthThatIsAlsoAWeekdayOpensNoMasthead() {
		List<DateLineDetector.Candidate> found = DateLineDetector
			.candidates(paragraphs("Street Level / Mar 18, 2026 / Podcasts / Council approves plan / " + ARTICLE));
		assertThat(found).singleElement().satisfies((candidate) -> {
			assertThat(candidate.date()).isEqualTo(LocalDate.of(2026, 3, 18));
			assertThat(candidate.masthead()).isFalse();
		});
	}

	// A masthead's weekday date over an article stays the visit's when the weekday date
	// below is a comment's or a related story's, not a blog's later post's: one teaser's
	// weekday date over its first sentence makes no blog's front page.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / News / Wednesday, 1 November 2023 / " + FOOTER + "Council approves plan / 29 October 2023 / "
					+ ARTICLE + "Comments / John Doe / Monday, 30 October 2023 / "
					+ "I think this is a terrible decision by the council and they will regret it. / " + FOOTER
					+ "|2023-10-29",
			"Home / News / Wednesday, 1 November 2023 / " + FOOTER + "Council approves plan / 29 October 2023 / "
					+ ARTICLE + FOOTER + "More from News / Mayor resigns after vote / Monday, 30 October 2023 / "
					+ FOOTER + "|2023-10-29",
			"Home / News / Wednesday, 1 November 2023 / " + FOOTER + "Council approves plan / 29 October 2023 / "
					+ ARTICLE + FOOTER + "Mayor resigns after vote / Monday, 30 October 2023 / "
					+ "The mayor stepped down on Monday after the council vote, saying she had lost the trust of her party. / "
					+ FOOTER + "|2023-10-29" })
	void keepsTheMastheadsWeekdayDateOverCommentsAndRelatedStories(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// "Pressemitteilung vom 20.01.2022", "Artikel vom 31.10.23": German dates a piece
	// "of" its day, a word of the date line, not of a sentence.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Rat beschließt Plan / Pressemitteilung vom 20.01.2022 / " + ARTICLE + "|2022-01-20",
					"Rat beschließt Plan / Artikel vom 31.10.23 / " + ARTICLE + "|2023-10-31" })
	void readsADateOfTheDayAsGermanWritesIt(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// The article is the headline and the two paragraphs of ARTICLE: it ends at block 3.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// a closing date line just under the article is its own
			"Council approves plan / " + ARTICLE + "Published by the desk / 12 March 2024 / Share|2024-03-12",
			"Rat beschließt Plan / " + ARTICLE + "Gespeichert von rasos am 24. Juli 2017 - 18:55 / Teilen|2017-07-24",
			// an unlabelled date far below it dates a teaser or the footer
			"Council approves plan / " + ARTICLE + FOOTER + "3 January 2024 / Contact us|",
			"Rat beschließt Plan / " + ARTICLE + FOOTER + "03.01.2024 / Kontakt|",
			// a labelled one still counts there
			"Council approves plan / " + ARTICLE + FOOTER + "Published 12 March 2024 / Contact us|2024-03-12",
			// but not over the article's own date line: far below, "Erscheinungsdatum"
			// dates a
			// product box
			"Rat beschließt Plan / 03.11.2023 / " + ARTICLE + FOOTER
					+ "Erscheinungsdatum 27.10.2023 / Kontakt|2023-11-03",
			// a closing "Last updated" still stands alone
			"Council approves plan / " + ARTICLE + FOOTER + "Last updated 12 March 2024 / Contact us|2024-03-12" })
	void readsDatesBelowTheArticleWithCare(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page), 3);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A label on the line above a date that ends with a word of another time than the
	// page's ("bis", "until", "depuis"): the date a video stops being shown, not when it
	// was published.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Rat beschließt Plan / Video verfügbar bis: / 14.10.2024 / " + ARTICLE + "|",
					"Council approves plan / Available until: / 14 October 2024 / " + ARTICLE + "|",
					// the label's word must end it: a section named so is still a menu
					// item
					"Home / Until Dawn / 12 March 2024 / Council approves plan / " + ARTICLE + "|2024-03-12" })
	void takesNoDateUnderALabelOfAnEndOrAStart(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page));
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A book review under a blog's date header: the publication date of the book, in a
	// fact box of "Label: value" lines, is the book's; the date right over the headline
	// (block 2) is the post's, though a weekday opens it as a masthead's would, and it
	// wins over a reader's comment below.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Rezensionen / Samstag, 9. September 2017 / [Rezi] Love is War / ISBN: 9783453580565 / Seiten: 448 / "
					+ "Verlag: Heyne / Erscheinungsdatum: 14.08.2017 / Preis: 12,99 € / " + ARTICLE
					+ "10. September 2017 um 18:12 / Antworten|2017-09-09",
			// an article's own meta block of labelled lines is no fact box
			"Rat beschließt Plan / Autor: Jan Weber / Veröffentlicht: 14.08.2017 / Kategorie: Politik / Seiten: 2 / "
					+ ARTICLE + "|2017-08-14" })
	void takesNoDateOfAProductsFactBox(String page, LocalDate expected) {
		List<Paragraph> paragraphs = paragraphs(page);
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs, paragraphs.size(), 2);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// Below a column (the headline and ARTICLE end at block 3), a list of other columns,
	// each an image, a headline, a deck and a date: the first item's date has one dated
	// neighbour only, but under the article it is the list's as much as the others'.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Kolumne: Queer Royal / " + ARTICLE
					+ "mehr Kolumnen / Bild / Kolumne: Als Kritiker / Über Pseudonyme / 24. Oktober 2023 / Bild / "
					+ "Kolumne: Heldenleben / Über Brecht / 18. Oktober 2023 / Bild / Kolumne: Straßentheater / "
					+ "Über Zeichen / 10. Oktober 2023 / Bild|" })
	void takesNoDateOfTheFirstItemOfAListBelowTheArticle(String page, LocalDate expected) {
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs(page), 3);
		assertThat((found != null) ? found.date() : null).isEqualTo(expected);
	}

	// A weekday date line among the byline lines under the headline (block 2 here) is the
	// article's, however the teasers below are dated; one above the headline, or at the
	// page's top, is still a masthead's.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Advice / Ask Ruth / Council approves plan / Ruth Adeyemi / Fri., Nov. 27, 2026 at 5:00 a.m. / " + ARTICLE
					+ "More Ask Ruth / Budget talks stall / Nov. 20, 2026 / New mayor sworn in / Nov. 13, 2026|2|2026-11-27",
			"Key events / Lions 24-17 Rams / Council approves plan / Live commentary by Owen Pryce at the Harbour Ground / "
					+ "Saturday 28 November 2026 / Last updated 17:04 GMT / " + ARTICLE
					+ "Previous reports / 27 November 2026 / 26 November 2026|2|2026-11-28",
			// above the headline or at the page's top, the masthead's weekday date yields
			// to the article's own date line
			"Home / Friday, 27 November 2026 / News / Council approves plan / Jane Roe / 25 November 2026 / " + ARTICLE
					+ "|3|2026-11-25",
			"Friday, 27 November 2026 / News / Council approves plan / Jane Roe / 25 November 2026 / " + ARTICLE
					+ "|2|2026-11-25",
			// a sidebar's "today" under the headline dates the visit
			"Home / News / Council approves plan / Today: Friday, 27 November 2026 / 25 November 2026 / " + ARTICLE
					+ "|2|2026-11-25" })
	void readsAWeekdayDateLineUnderTheHeadlineAsTheArticles(String page, int headline, LocalDate expected) {
		assertThat(publicationDate(page, headline)).isEqualTo(expected);
	}

	// "More from Coastal Press Agency", "More in Politics": a related heading that names
	// where its teasers come from; the date under it is a teaser's, even alone. A
	// headline or a sentence that opens with the same words keeps the date line under
	// it.
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Home / News / Council approves plan / Source: Coastal Press / 3 hrs ago / "
					+ ARTICLE + "Read the full story at Coastal Press / More from Coastal Press Agency / "
					+ "Island school board approves new timetable / Nov. 25, 2026 / About / Help|2|",
					"Home / News / Council approves plan / " + ARTICLE
							+ "More in Politics / Mayor resigns / 12 March 2024 / About|2|",
					// the page's own date line still wins over such a list
					"Home / News / Council approves plan / 12 March 2024 / " + ARTICLE
							+ "More from Coastal Press Agency / Island school board approves new timetable / 25 November 2026|2|2024-03-12",
					// a headline that opens so, in lower case or in title case
					"Home / News / More in common than we think / 12 March 2024 / " + ARTICLE + "Share|2|2024-03-12",
					"Home / News / More In Common Than We Think / 12 March 2024 / " + ARTICLE + "Share|-1|2024-03-12",
					"Home / News / More From The Archive: A Mayor Resigns / 12 March 2024 / " + ARTICLE
							+ "Share|2|2024-03-12" })
	void takesNoDateUnderAHeadingOfMoreFromAnOutlet(String page, int headline, LocalDate expected) {
		assertThat(publicationDate(page, headline)).isEqualTo(expected);
	}

	// A line of the text that opens as such a heading does but ends with a full stop or
	// a colon ("More on Friday." closing a column, "More in Common's director said:" over
	// a quotation), or has a sentence under it (a subheading), heads no teasers: the
	// date line under the text stays the article's.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / Opinion / Why the harbour wall matters / " + ARTICLE
					+ "More on Friday. / 27 November 2026|2|2026-11-27",
			"Home / Politics / Voters want housing talk / " + ARTICLE
					+ "More in Common’s director said: / \"We expected prices to lead again.\" / 27 November 2026|2|2026-11-27",
			// a subheading of the text with a sentence under it
			"Home / Money / Savings rates rise / " + ARTICLE
					+ "More in Store for Savers / Analysts expect rates to rise again in December. / 27 November 2026|2|2026-11-27" })
	void keepsTheDateUnderASentenceOpeningAsAHeadingOfMoreFrom(String page, int headline, LocalDate expected) {
		assertThat(publicationDate(page, headline)).isEqualTo(expected);
	}

	// A site's meta line right beside the headline, over the text, that names the date
	// among a writer's, a source's or the sections' names (more than a date line may
	// hold) dates a page where no date line stands apart; the same line elsewhere, a
	// sentence, a second date or an update, another event's word or place, a match's
	// score, a copyright or another year there does not, nor does it outrank the page's
	// date line.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / News / Council approves plan / 21/03/2024 Jane Roe All, Council, Housing, News / " + ARTICLE
					+ "|2|2024-03-21",
			"Start / Region / Rat beschließt Plan / 21.03.2024 11:36 stadtfunk / " + ARTICLE + "|2|2024-03-21",
			"Start / Politik / Rat beschließt Plan / 21. März 2024 (DPA/KNA) Berlin/Hamburg / " + ARTICLE
					+ "|2|2024-03-21",
			"Início / Esporte / O conselho aprova o plano / 21/03/2024 - 04:30 - Fonte: Agência Estado - Foto: Ana Lima/Clube / "
					+ ARTICLE + "|2|2024-03-21",
			"Inicio / Educación / El consejo aprueba el plan / Educación / Por Ana Lima Ruiz Gil Publicado Mar 21, 2024 1 0 / "
					+ ARTICLE + "|2|2024-03-21",
			"Start / Sport / Rat beschließt Plan / Seite 1 von 2 / Sport (1 / 1) 21.03.2024 13:30 von Jana Roe Symbolbild / "
					+ ARTICLE + "|2|2024-03-21",
			"Home / Auctions / Council approves plan / 21/03/24 / " + ARTICLE + "|2|2024-03-21",
			// the page's own date line still wins
			"Home / News / Council approves plan / 21/03/2024 Jane Roe All, Council, Housing, News / " + ARTICLE
					+ "Published 12 March 2024|2|2024-03-12",
			// the same line not beside the headline: a teaser's, a comment's
			"Council approves plan / " + ARTICLE + "Budget talks stall / 21/03/2024 Jane Roe All, Council, Housing / "
					+ "Opponents of the budget said they would vote against it when the council meets again next month.|0|",
			"Council approves plan / " + ARTICLE + "Comments (2) / 21.03.2024 11:36 anna / Great news, finally.|0|",
			// beside the headline but over no text: a list's
			"Home / News / Council approves plan / 21/03/2024 Jane Roe All, Council, Housing / Menu / Search / Video / Contact|2|",
			// a sentence, a second date, an update, an event's word, a copyright, another
			// year
			"Home / News / Council approves plan / 21 March 2024 votes were counted again / " + ARTICLE + "|2|",
			"Home / News / Council approves plan / 21 March 2024 was the day the council met. / " + ARTICLE + "|2|",
			"Start / Politik / Rat beschließt Plan / 19. März 2024, 19:08 Uhr Editiert am 21. März 2024 DIE ZEIT Nr. 13/2024 / "
					+ ARTICLE + "|2|",
			"Home / News / Council approves plan / By Jane Roe · March 18, 2024 at 2:26 PM HST - Updated March 18 at 4:46 PM / "
					+ ARTICLE + "|2|",
			"Home / News / Council approves plan / Updated 21 March 2024 Jane Roe Council, Housing / " + ARTICLE
					+ "|2|",
			"Home / Events / Council approves plan / 21 March 2024 Town Hall Conference Riverside / " + ARTICLE + "|2|",
			"Home / News / Council approves plan / © 21.03.2024 Stadtfunk Media / " + ARTICLE + "|2|",
			// an event's place or a match (review38b): the event's day, not the page's
			"Home / Events / Concert raises funds / Saturday 14 March 2026, Town Hall, Ashford / " + ARTICLE + "|2|",
			"Home / Events / Concert raises funds / Saturday 14 March 2026 at the Town Hall / " + ARTICLE + "|2|",
			"Home / Sport / Rovers sign striker / Rovers vs Town, 16 March 2025, Meadow Park / " + ARTICLE + "|2|",
			"Home / Sport / Rovers sign striker / Rovers 2-1 Town, 16 March 2025 / " + ARTICLE + "|2|",
			"Home / Sport / Rovers sign striker / Friday 3 May 2024 Kick-off 3pm Meadow Park / " + ARTICLE + "|2|",
			// the meta line of a weekday, a writer and a section still dates the page
			"Home / News / Council approves plan / Tuesday 14 March 2024 Jane Roe Local News / " + ARTICLE
					+ "|2|2024-03-14",
			"Home / News / Council approves plan / Jane Roe, 14 March 2024, Local News / " + ARTICLE + "|2|2024-03-14",
			"Home / News / Council approves plan / 21.03.2024 Council Report 2023 / " + ARTICLE + "|2|",
			// two such lines of two dates: a guess
			"Home / News / Council approves plan / 21.03.2024 Stadtfunk Kultur Region Nord / 22.03.2024 Radio Nord Kultur Region / "
					+ ARTICLE + "|2|" })
	void readsTheMetaLineBesideTheHeadlineWhenNoDateLineStandsApart(String page, int headline, LocalDate expected) {
		assertThat(publicationOrFallbackDate(page, headline)).isEqualTo(expected);
	}

	// A note saying when the piece itself was published, one sentence whose only date
	// ends it (a site's footer, an aggregator's note under the text, an obituary's line
	// under the name), dates a page that no date line dates; it never outranks the
	// page's date line. A study's date in a sentence that opens so, an event's date, a
	// copyright, another year or a second date, a note without a date, a comment's date
	// and two notes of two dates do not.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / News / Council approves plan / " + ARTICLE
					+ "Share / More local news / This article was published on 21 March 2024. / About us|2|2024-03-21",
			"Obituaries / Jane Roe / 1938 - 2024 / Dunmore, Ohio / Published in The Dunmore Courier on March 21, 2024. / "
					+ ARTICLE + "|1|2024-03-21",
			"Home / News / Council approves plan / " + ARTICLE
					+ "Read the full story at Coastal Press / Originally published on coastalpress.example at 7:05 a.m. on March 21, 2024. / Trending|2|2024-03-21",
			"Home / News / Council approves plan / " + ARTICLE
					+ "This story was first published on 21 March 2024 at 10:15 GMT. / Share|2|2024-03-21",
			// the page's own date line still wins
			"Home / News / Council approves plan / 12 March 2024 / " + ARTICLE
					+ "This article was published on 21 March 2024.|2|2024-03-12",
			// look-alikes: a study's date going on into a sentence, an event's date, a
			// copyright, another year, a second date, no date, a comment's date, two
			// notes
			"Home / Science / Ageing slowed in mice / Published in Nature on 21 March 2024, the study found that the drug slowed ageing. / "
					+ ARTICLE + "|2|",
			"Home / Events / Choir sings again / " + ARTICLE
					+ "First published in the programme of the concert held on 21 March 2024. / Share|2|",
			"Home / News / Council approves plan / " + ARTICLE + "Published in The Courier © 21 March 2024. / Share|2|",
			"Home / Books / A novel returns / " + ARTICLE
					+ "Published in 1998, the novel was reissued on 21 March 2024. / Share|2|",
			"Home / News / Council approves plan / " + ARTICLE
					+ "This article was published on 21 March 2024 and updated on 22 March 2024. / Share|2|",
			"Home / News / Council approves plan / " + ARTICLE
					+ "The report was published on 21 March 2024. / Share|2|",
			"Home / News / Council approves plan / " + ARTICLE + "Originally published on The Conversation. / Share|2|",
			"Home / News / Council approves plan / " + ARTICLE
					+ "Comments (2) / Anna Lee, 21 March 2024 / Great news.|2|",
			"Home / News / Council approves plan / " + ARTICLE
					+ "This article was published on 21 March 2024. / This article was published on 22 March 2024.|2|" })
	void readsANoteOnWhenThePieceWasPublishedWhenNoDateLineDatesThePage(String page, int headline, LocalDate expected) {
		assertThat(publicationOrFallbackDate(page, headline)).isEqualTo(expected);
	}

	// A dashed date with a two-digit year and its time ("04-12-26, 10:15", a Flemish
	// site's stamp) dates the page beside the headline, read day first as a dashed date
	// with four digits is; alone under a teaser below the text it is a list's, as a
	// slashed one is, and without its time it is no date.
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Home / Mechelen / Council approves plan / Sofie Van den Broeck / 04-12-26, 10:15 / Laatste update: 12:40 / "
					+ ARTICLE + "|2|2026-12-04",
			"Home / Mechelen / Council approves plan / " + ARTICLE
					+ "Meest gelezen / Tram line delayed again / 03-12-26, 09:00 / Market opens on Friday|2|",
			"Home / Mechelen / Council approves plan / Sofie Van den Broeck / 04-12-26 / " + ARTICLE + "|2|",
			"Home / Sport / Rovers sign striker / Rovers 4-12-26 record / " + ARTICLE + "|2|" })
	void readsADashedDateWithATwoDigitYearAndItsTimeBesideTheHeadline(String page, int headline, LocalDate expected) {
		assertThat(publicationOrFallbackDate(page, headline)).isEqualTo(expected);
	}

	// The date the extractor gives a page written as " / "-separated blocks, its
	// headline at the given block: the best date line's, else a fallback's; null when
	// neither reads one.
	// review39b: a press release's dateline opening its text dates the page over a note
	// on a study's publication under it ("Published in The Lancet Respiratory Medicine on
	// …", the study the release reports); with no dateline the note still dates it.
	@Test
	void pressReleasesDatelineOutranksANoteOnAStudysPublication() {
		String page = """
				Home | News | Press releases

				Helix Bio reports positive results in phase 2 trial of HX-201

				%sHelix Bio plc today announced positive topline results from its phase 2 trial of HX-201 in patients with moderate asthma, with the treatment meeting its primary endpoint.

				The trial enrolled 312 patients at 41 sites in Europe and North America, and patients on the higher dose saw far fewer severe attacks over 24 weeks, the company said.

				"These results give us confidence to move into a larger study next year," said Dr Maria Keane, the company's chief medical officer.

				The findings build on earlier laboratory work by the company's research team, which described the compound in a paper.

				Published in The Lancet Respiratory Medicine on 14 March 2025.

				Helix Bio will present the full data at a medical meeting in the spring, and its shares rose in early trading.
				""";
		ArticleExtractor extractor = new ArticleExtractor();
		ParsedArticle released = extractor
			.extract(page.formatted("LONDON, Dec. 3, 2026 /PRNewswire/ -- ").getBytes(StandardCharsets.UTF_8), null);
		assertThat(released.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 3));
		ParsedArticle noted = extractor.extract(page.formatted("").getBytes(StandardCharsets.UTF_8), null);
		assertThat(noted.publishedDate().value()).isEqualTo(LocalDate.of(2025, 3, 14));
	}

	private static LocalDate publicationOrFallbackDate(String page, int headline) {
		List<Paragraph> paragraphs = paragraphs(page);
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs, paragraphs.size(), headline);
		Extracted<LocalDate> fallback = (found != null) ? null
				: DateLineDetector.fallbackDate(paragraphs, List.of(), headline, Math.max(headline, 0));
		return (found != null) ? found.date() : (fallback != null) ? fallback.value() : null;
	}

	static List<Paragraph> paragraphs(String page) {
		String[] lines = page.split(" / ");
		return Paragraphs.split(lines, 0);
	}

	// The publication date the detector reads off a page written as " / "-separated
	// blocks, its headline at the given block; null when it reads none.
	private static LocalDate publicationDate(String page, int headline) {
		List<Paragraph> paragraphs = paragraphs(page);
		DateLineDetector.Candidate found = DateLineDetector.publicationDate(paragraphs, paragraphs.size(), headline);
		return (found != null) ? found.date() : null;
	}

}
