package io.broadsheet.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round head54: a desk's, an office's or a team's credit that names no person, as the
 * header prints it. Under the date line of a short page read from its top (a museum's
 * newsroom: "Media Relations" under "3 Dec 2026") the credit leaves the body as it does
 * over the date line; a line of the text's own under the date stays. A byline label
 * before a desk or a newsroom ("Oleh Meja Berita", by the news desk; "Penulis: Tim
 * Redaksi", the editorial team; "Autor: Redacția Locală") names no writer.
 */
class OfficeCreditUnderDateLineTests extends WholePageTests {

	private static final String TEXT = """
			The museum's Victorian gallery will reopen on 14 December after a ten-month repair of its glass roof, which had been leaking since a hailstorm two winters ago.

			Workers replaced more than 400 panes and cleaned the iron frame by hand before repainting it in the dark green it wore when the gallery opened in 1889.

			"People will finally see the steam engines in daylight again, which is how they were meant to be seen," said the museum's director, Hollis Treadgold.

			Entry to the gallery will be free for the first month, and guided tours will run every Saturday morning.
			""";

	private static String newsroomPage(String date, String underDate) {
		return """
				Victorian gallery reopens under a new glass roof - Fenmoor Museum of Steam

				Fenmoor Museum of Steam

				Visit

				Collections

				Learning

				Newsroom

				Victorian gallery reopens under a new glass roof

				""" + date + "\n\n" + underDate + "\n\n" + TEXT;
	}

	// The base kept the credit as the body's first paragraph (the walk under a read date
	// took a line of several words for the text's first).
	@Test
	void anOfficesCreditUnderTheDateLineLeavesTheBody() {
		for (String credit : new String[] { "Media Relations", "Press Office", "Media and Communications Team" }) {
			ParsedArticle article = extract(newsroomPage("3 Dec 2026", credit));
			assertThat(article.title().value()).as(credit)
				.isEqualTo("Victorian gallery reopens under a new glass roof");
			assertThat(article.body()).as(credit).startsWith("The museum's Victorian gallery will reopen");
			assertThat(article.authors()).as(credit).isNull();
		}
	}

	// The same under a longer date line.
	@Test
	void anOfficesCreditUnderALongDateLineLeavesTheBody() {
		ParsedArticle article = extract(newsroomPage("December 3, 2026", "Communications Department"));
		assertThat(article.body()).startsWith("The museum's Victorian gallery will reopen");
	}

	// Look-alike: a title-case line of the text's under the date ends in no office's
	// word, and a line with a lower-case word is a sentence's; both stay.
	@Test
	void aTitleCaseLineOfTheTextsUnderTheDateStays() {
		for (String first : new String[] { "Stargazing for Beginners", "A Roof Made of Light", "Open every day" }) {
			ParsedArticle article = extract(newsroomPage("3 Dec 2026", first));
			assertThat(article.body()).as(first).startsWith(first + "\n\nThe museum's Victorian gallery");
		}
	}

	// What the rule reads: capitals and an office's, a desk's or a job's last word; a
	// person's name, a date and a sentence are none.
	@Test
	void anOfficesCreditIsReadByItsCapitalsAndItsLastWord() {
		assertThat(BylineDetector.isOfficeCredit("Hollis Treadgold")).isFalse();
		assertThat(BylineDetector.isOfficeCredit("Media Relations")).isTrue();
		assertThat(BylineDetector.isOfficeCredit("Public Information Office")).isTrue();
		assertThat(BylineDetector.isOfficeCredit("3 Dec 2026")).isFalse();
		assertThat(BylineDetector.isOfficeCredit("Call the press office")).isFalse();
	}

	// review54c: a title-case crosshead or standfirst under the date speaks through its
	// articles and prepositions, a stop word of its language, where an office's credit
	// has none but a joining "and"; head54's check ended at the last word ("Team",
	// "Editor", "Club", "Committee") and dropped each.
	@Test
	void aTitleCaseCrossheadWithAStopWordUnderTheDateStays() {
		for (String first : new String[] { "Meet the Team", "Letters to the Editor", "Welcome to the Club",
				"Join the Committee", "Thank You to Our Volunteers" }) {
			ParsedArticle article = extract(newsroomPage("3 Dec 2026", first));
			assertThat(article.body()).as(first).startsWith(first + "\n\nThe museum's Victorian gallery");
		}
	}

	// review54c: a name with its job after a comma is the writer's line, read as the
	// byline, never an office's credit; head54's check read "Correspondent" and took it
	// for one, so a name the byline reader refuses left the body unread.
	@Test
	void aWritersNameAndJobUnderTheDateIsTheWriterNotAnOffice() {
		assertThat(BylineDetector.isOfficeCredit("Ottoline Marsh, Heritage Correspondent")).isFalse();
		assertThat(BylineDetector.isOfficeCredit("Ottoline Marsh, Press Office")).isFalse();
		ParsedArticle article = extract(newsroomPage("3 Dec 2026", "Ottoline Marsh, Heritage Correspondent"));
		assertThat(article.authorNames()).containsExactly("Ottoline Marsh");
		assertThat(article.body()).startsWith("The museum's Victorian gallery will reopen");
	}

	// review54c: the near miss that must still leave: an office's credit of two words
	// ending in "Relations" or "Department", and with the joining "and".
	@Test
	void anInvestorRelationsOrPoliceDepartmentCreditStillLeaves() {
		for (String credit : new String[] { "Investor Relations", "Fenmoor Police Department",
				"Media & Communications Team" }) {
			assertThat(extract(newsroomPage("3 Dec 2026", credit)).body()).as(credit)
				.startsWith("The museum's Victorian gallery will reopen");
		}
	}

	private static final String GERMAN_TEXT = """
			Das Dampfmaschinenmuseum in Fenmoor öffnet seine viktorianische Halle am 14. Dezember wieder, nachdem das Glasdach zehn Monate lang repariert wurde.

			Die Arbeiter haben mehr als 400 Scheiben ersetzt und das eiserne Gerüst von Hand gereinigt, bevor sie es wieder dunkelgrün gestrichen haben.

			„Endlich sieht man die Maschinen wieder bei Tageslicht“, sagte die Leiterin des Museums, Hollis Treadgold.

			Der Eintritt in die Halle ist im ersten Monat frei, und jeden Samstag gibt es Führungen.
			""";

	// review54c, in German: "Unser Team" (our team) and "Grüße aus der Redaktion" open
	// with or hold a stop word and stay the text's first line; "Redaktion" alone, a
	// newsroom's credit, leaves.
	@Test
	void aGermanTitleLineWithAStopWordStaysAndTheNewsroomLeaves() {
		String page = """
				Viktorianische Halle wieder offen - Museum Fenmoor

				Museum Fenmoor

				Besuch

				Sammlung

				Viktorianische Halle wieder offen

				3. Dezember 2026

				""";
		for (String first : new String[] { "Unser Team", "Grüße aus der Redaktion" }) {
			assertThat(extract(page + first + "\n\n" + GERMAN_TEXT).body()).as(first)
				.startsWith(first + "\n\nDas Dampfmaschinenmuseum");
		}
		assertThat(extract(page + "Redaktion\n\n" + GERMAN_TEXT).body()).startsWith("Das Dampfmaschinenmuseum");
	}

	// review54c: the desk word "meja" was read in every language, and refused a Swedish
	// writer named Meja and a surname; "berita" alone keeps the Malay desk
	// ("Oleh Meja Berita") no writer.
	@Test
	void aWriterNamedMejaIsNamed() {
		assertThat(BylineDetector.byline("Av Meja Lindqvist")).containsExactly("Meja Lindqvist");
		assertThat(BylineDetector.byline("Autori: Arben Meja")).containsExactly("Arben Meja");
		assertThat(BylineDetector.byline("Oleh Meja Berita")).isNull();
	}

	private static String malayPage(String byline) {
		return """
				Berita Teluk Intan

				Utama

				Semasa

				Sukan

				Jambatan gantung baharu di Kampung Sungai Lati siap dibina

				""" + byline + "\n\n"
				+ """
						3 Disember 2026, 9:15 pagi

						Jambatan gantung baharu yang menghubungkan Kampung Sungai Lati dengan sekolah rendah di seberang sungai siap dibina minggu lalu, selepas penduduk menunggu hampir dua tahun.

						Jambatan sepanjang 60 meter itu menggantikan bot kecil yang digunakan oleh murid setiap pagi untuk menyeberang ke sekolah.

						"Anak-anak kami tidak perlu lagi basah kuyup pada musim hujan," kata ketua kampung, Hassan Yusof.

						Jambatan itu akan dibuka secara rasmi oleh pegawai daerah pada minggu hadapan.
						""";
	}

	// "Oleh Meja Berita" (by the news desk): the base gave "Meja Berita" as the writer.
	@Test
	void aMalayNewsDeskAfterTheBylineLabelIsNoWriter() {
		ParsedArticle article = extract(malayPage("Oleh Meja Berita"));
		assertThat(article.authors()).isNull();
		assertThat(article.body()).startsWith("Jambatan gantung baharu yang");
	}

	// Look-alike: a person after the same label is the writer.
	@Test
	void aMalayWriterAfterTheBylineLabelStays() {
		ParsedArticle article = extract(malayPage("Oleh Nurul Aisyah Kamal"));
		assertThat(article.authorNames()).containsExactly("Nurul Aisyah Kamal");
	}

	// A newsroom's word after a byline label and before another word ("Penulis: Tim
	// Redaksi", the editorial team; Romanian, Catalan, Basque, Estonian newsrooms): the
	// base read each as a writer of two names.
	@Test
	void aNewsroomAfterABylineLabelIsNoWriter() {
		for (String line : new String[] { "Penulis: Tim Redaksi", "Autor: Redacția Locală", "Autor: Redacţia Locală",
				"Autor: Redacció Girona", "Egilea: Erredakzioa Bilbo", "Autor: Saarte Toimetus" }) {
			assertThat(BylineDetector.byline(line)).as(line).isNull();
		}
	}

	// Look-alike: a person after the same labels is the writer.
	@Test
	void aWriterAfterTheSameLabelsIsNamed() {
		assertThat(BylineDetector.byline("Penulis: Rina Hapsari")).containsExactly("Rina Hapsari");
		assertThat(BylineDetector.byline("Autor: Ioana Popescu")).containsExactly("Ioana Popescu");
		assertThat(BylineDetector.byline("Autor: Jordi Puig")).containsExactly("Jordi Puig");
		assertThat(BylineDetector.byline("Egilea: Miren Etxeberria")).containsExactly("Miren Etxeberria");
		assertThat(BylineDetector.byline("Autor: Kadri Tamm")).containsExactly("Kadri Tamm");
	}

}
