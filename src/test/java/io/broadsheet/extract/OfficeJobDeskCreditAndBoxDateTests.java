package io.broadsheet.extract;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round meta52: the writers and dates blind29 missed, written again as invented pages. A
 * writer's job after the byline's comma in two capitalised words, the last an office's
 * word that is a surname too, the first a word the page writes in lower case ("Parish
 * Clerk"); Lao's "ຂຽນໂດຍ:" (written by); an English desk's credit over the date line
 * ("Staff Reporter"); a box's labelled field inside the text ("Issue date: …"), no
 * publication date.
 */
class OfficeJobDeskCreditAndBoxDateTests extends WholePageTests {

	private static String parishPage(String byline) {
		return """
				Thornbury Parish Council
				Home
				Meetings
				Allotments
				News
				New benches for the village green paid for by the summer fete
				""" + byline + "\n"
				+ """
						Four oak benches were put in on the village green this week, paid for by the money raised at the summer fete.
						The parish had asked residents in the spring where they would most like somewhere to sit, and the green came top by a wide margin.
						Two of the benches face the pond and two the war memorial, and each carries a small plaque naming a local charity.
						The council thanks everyone who baked, ran a stall or simply came along on the day.
						Contact the council
						""";
	}

	// "by Morwenna Tate, Parish Clerk" on a page whose text writes "the parish": one
	// writer (the base gave "Parish Clerk" as a second).
	@Test
	void jobAfterTheCommaWhoseFirstWordThePageWritesInLowerCaseIsNoSecondWriter() {
		ParsedArticle article = extract(parishPage("by Morwenna Tate, Parish Clerk"));
		assertThat(article.authorNames()).containsExactly("Morwenna Tate");
	}

	// Look-alike: a second writer whose surname is an office's word and whose given name
	// the page never writes in lower case stays a writer.
	@Test
	void secondWriterWithAnOfficeSurnameStays() {
		ParsedArticle article = extract(parishPage("by Morwenna Tate, Owen Clerk"));
		assertThat(article.authorNames()).containsExactly("Morwenna Tate", "Owen Clerk");
	}

	private static String laoPage(String byline) {
		return """
				ເສດຖະກິດ

				ລາຄາກາເຟຢູ່ພູພຽງບໍລະເວນເພີ່ມຂຶ້ນໃນປີນີ້

				""" + byline + "\n\n"
				+ """
						03 ທັນວາ 2026

						ຊາວກະສິກອນຢູ່ພູພຽງບໍລະເວນ ແຂວງຈຳປາສັກ ໄດ້ຂາຍກາເຟໃນລາຄາສູງກວ່າປີກາຍ ເນື່ອງຈາກຄວາມຕ້ອງການຈາກຕ່າງປະເທດເພີ່ມຂຶ້ນ.

						ພໍ່ຄ້າຄົນໜຶ່ງກ່າວວ່າ ລາຄາກາເຟດິບເພີ່ມຂຶ້ນປະມານ 20% ເມື່ອທຽບໃສ່ປີຜ່ານມາ.

						ເຈົ້າໜ້າທີ່ແຂວງຄາດວ່າ ຜົນຜະລິດປີນີ້ຈະຫຼາຍກວ່າ 40,000 ໂຕນ.
						""";
	}

	// Lao "ຂຽນໂດຍ:" (written by) and the writer's name (the base read none).
	@Test
	void laoWrittenByLabelNamesTheWriter() {
		ParsedArticle article = extract(laoPage("ຂຽນໂດຍ: ບຸນທະວີ ສີສຸວັນ"));
		assertThat(article.authorNames()).containsExactly("ບຸນທະວີ ສີສຸວັນ");
	}

	// Look-alike: the label before a sentence of the text names no one.
	@Test
	void laoWrittenByLabelBeforeASentenceNamesNoOne() {
		ParsedArticle article = extract(
				laoPage("ຂຽນໂດຍ: ພະນັກງານຂອງພວກເຮົາ ທີ່ໄດ້ລົງໄປຢ້ຽມຢາມສວນກາເຟຫຼາຍແຫ່ງໃນເດືອນນີ້."));
		assertThat(article.authorNames()).isEmpty();
	}

	private static String islandPage(String credit) {
		return """
				Skip to content
				Motu Weekly
				Home
				Local
				Sport
				Ferry timetable cut to two sailings a week over the holidays
				""" + credit + "\n"
				+ """
						05/12/2026
						The inter-island ferry will sail only on Tuesdays and Fridays from next week until the middle of January, its operator said on Friday.
						The company said two of its crew were on leave and a third had left, and that it could not find relief staff in time.
						Passengers already booked on other days will be moved to the nearest sailing or given their money back.
						Share this story
						""";
	}

	// A paper's desk credit over a numbers-only date line: no writer, and no line of the
	// body (the base kept "Staff Reporter" as the body's first line).
	@Test
	void desksCreditOverTheDateLineLeavesTheBody() {
		ParsedArticle article = extract(islandPage("Staff Reporter"));
		assertThat(article.authorNames()).isEmpty();
		assertThat(article.body()).startsWith("The inter-island ferry will sail");
	}

	// Look-alike: a writer's name with the same words as the writer's job under it names
	// the writer.
	@Test
	void desksWordsUnderAWritersNameLeaveTheWriter() {
		ParsedArticle article = extract(islandPage("By Teina Marsters\nStaff Reporter"));
		assertThat(article.authorNames()).containsExactly("Teina Marsters");
		assertThat(article.body()).startsWith("The inter-island ferry will sail");
	}

	private static String stampsPage(String meta) {
		return """
				Harbour Post: Fishing boats painted by pupils chosen for the island's spring stamps

				Harbour Post

				News

				Sport

				Fishing boats painted by pupils chosen for the island's spring stamps

				""" + meta
				+ """
						Five paintings of the harbour's fishing boats by pupils of the island's secondary school will appear on the spring stamps, after a competition that drew 640 entries.

						The judges said the winning pictures caught the colours of the boats better than any photograph could.

						STAMP DETAILS

						Issue date: 11 March 2027

						Values: 60p, 75p, 90p, £1.40, £2.00

						Format: sheets of ten

						Each of the winners' classes will receive £300 for art materials, and the stamps go on sale at every post office on the island.

						Share
						""";
	}

	// A box's "Issue date:" inside the text of a page with no date of its own: the
	// stamps'
	// day of issue, not the page's (the base gave 2027-03-11).
	@Test
	void boxsIssueDateIsNoPublicationDate() {
		ParsedArticle article = extract(stampsPage(""));
		assertThat(article.publishedDate()).isNull();
	}

	// Look-alike: the page's own date line under the headline is still read.
	@Test
	void pagesOwnDateLineIsReadBesideTheBox() {
		ParsedArticle article = extract(stampsPage("Published 2 December 2026\n\n"));
		assertThat(article.publishedDate().value()).isEqualTo(LocalDate.of(2026, 12, 2));
	}

}
