package io.broadsheet.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Look-alikes of session 49's teaser rules (review49a). A crosshead that opens with a
 * name spelt like another language's "read" ("Soma Das: Chef of the Year", "Leia Moreno:
 * …") is no read-also label and stays in the text; one headline under a related heading
 * whose paragraph under it says the headline's words again is the next story over its
 * lead, and the article ends above the heading. And what the rules still do: a read-also
 * label with a lower-case adverb leaves the body, a related heading over a teaser the
 * text goes on under is looked past, a sentence that opens with the verb stays.
 */
class NamesAfterReadVerbsAndNextStoriesTests extends WholePageTests {

	private static final String AWARDS_PAGE = """
			The Wellbrook Herald

			Home

			News

			Food

			Food awards: the county's best chefs named at town hall dinner

			By Rhiannon Tull, Food Writer

			09:12, 3 Dec 2026

			The county's food awards were handed out on Thursday night at a dinner in the town hall, with more than 300 chefs, growers and restaurant owners there to see who would win this year.

			The judges said that the standard had never been higher and that they had visited more than 90 kitchens across the county since the spring before they chose the winners.

			CROSSHEAD

			She opened her first restaurant in a former bakery on the high street eight years ago, and it has been full almost every night since then, with a waiting list for tables at the weekend.

			"I never expected this, and I want to thank everyone who works in my kitchen," she said when she was given the award by the mayor.

			The awards will be held again next December, and the judges will start their visits in the spring.

			Share

			Privacy Notice
			""";

	// A name's capital after the verb: read as a teaser, the crosshead left the text.
	@ParameterizedTest
	@ValueSource(strings = { "Soma Das: Chef of the Year", "Baca Ridge Farm: Grower of the Year",
			"Leia Moreno: Young Chef of the Year", "Lees Ferry Lodge: Best Hotel Restaurant",
			"Funda Arslan: Best New Restaurant", "Lue Gim Gong Orchard: Best Citrus" })
	void keepsACrossheadOpeningWithANameSpeltLikeAReadVerb(String crosshead) {
		ParsedArticle article = extract(AWARDS_PAGE.replace("CROSSHEAD", crosshead));
		assertThat(article.body()).contains("they chose the winners.\n\n" + crosshead + "\n\nShe opened")
			.endsWith("start their visits in the spring.");
	}

	private static final String LIBRARY_PAGE = """
			Kabar Kota

			Beranda

			Berita

			Pemerintah kota menambah jam buka perpustakaan pada hari Minggu

			Oleh Dewi Lestari

			3 Desember 2026

			Pemerintah kota memutuskan untuk menambah jam buka perpustakaan umum pada hari Minggu mulai bulan depan setelah banyak warga mengajukan permintaan.

			Kepala perpustakaan mengatakan bahwa hari Minggu adalah hari yang paling ramai dikunjungi oleh keluarga dan anak-anak sekolah di kota ini.

			LABEL

			Perpustakaan itu kini memiliki lebih dari dua puluh ribu buku dan ruang baca khusus untuk anak-anak yang dibuka setiap hari.

			Wali kota berharap lebih banyak warga akan datang ke perpustakaan setelah jam bukanya ditambah.

			Bagikan
			""";

	// What the read verbs are for still holds: a lower-case adverb after the verb.
	@Test
	void leavesAReadAlsoLabelWithALowerCaseAdverbOut() {
		ParsedArticle article = extract(
				LIBRARY_PAGE.replace("LABEL", "Baca selengkapnya di sini: Warga antusias menyambut perpustakaan baru"));
		assertThat(article.body()).startsWith("Pemerintah kota memutuskan")
			.contains("Perpustakaan itu kini memiliki")
			.endsWith("jam bukanya ditambah.")
			.doesNotContain("Baca selengkapnya", "Warga antusias");
	}

	// A sentence of five words before its colon is the text's own.
	@Test
	void keepsASentenceOpeningWithTheVerb() {
		String sentence = "Baca laporan lengkap dinas perpustakaan kota: Jumlah pengunjung naik dua kali lipat";
		ParsedArticle article = extract(LIBRARY_PAGE.replace("LABEL", sentence));
		assertThat(article.body()).contains(sentence).endsWith("jam bukanya ditambah.");
	}

	private static final String NEXT_LEAD = """
			A pensioner whose garden gnome was stolen six years ago has it back, left on her doorstep with a note.

			Margaret Hale, 84, of Carrow Road, said the gnome was a present from her late husband.""";

	// The next story's lead says its headline's words again: read across as a teaser,
	// the page ran on into that story.
	@ParameterizedTest
	@ValueSource(strings = { "Read More", "Related", "Read Next", "Up Next", "Latest", "Trending" })
	void endsAboveTheNextStoryUnderARelatedHeading(String heading) {
		ParsedArticle article = extract(
				TextAroundLongBoxesAndReadMoreTeasersTests.TEASER_PAGE.replace("HEADING", heading)
					.replace("NEXT", NEXT_LEAD));
		assertThat(article.body()).endsWith("put up for sale again before then.")
			.doesNotContain("Pensioner's joy", "A pensioner whose garden gnome", "Margaret Hale");
	}

	// A footer's sentences under the heading and one headline stay out.
	@Test
	void leavesAFootersSentencesUnderAReadMoreHeadlineOut() {
		String footer = """
				The Morning Herald is regulated by the Independent Press Standards Organisation, and you can complain to it about us.

				We use cookies to give you the best experience, and by using the site you agree to that.""";
		ParsedArticle article = extract(
				TextAroundLongBoxesAndReadMoreTeasersTests.TEASER_PAGE.replace("HEADING", "Read More")
					.replace("NEXT", footer));
		assertThat(article.body()).endsWith("put up for sale again before then.")
			.doesNotContain("Independent Press Standards", "We use cookies");
	}

}
