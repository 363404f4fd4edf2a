package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's index of its lines' texts answers as the scans it replaced did (each
 * caller's loop over the page, once for every question), in every window.
 */
class LineIndexTests {

	// A menu said twice, a kicker over each teaser, a headline in capitals and in mixed
	// case (one key), a line longer than a headline that repeats, in two scripts.
	private static final List<String> PAGE = List.of("Politik", "Sport", "Kultur", "POLITICS",
			"Jeff Dougan donates $2,800 to the mayor's campaign", "Politics", "Politik", "高橋健太", "Politics:",
			"“Politics”", "x".repeat(260), "Sport", "高橋健太", "x".repeat(260), "Kultur", "Politics");

	@Test
	void findsEachTextInEveryWindowAsAScanDoes() {
		List<Paragraph> page = page();
		LineIndex lines = LineIndex.of(page);
		for (Paragraph block : page) {
			String text = block.text();
			assertEveryWindow(page, (from, to) -> lines.indexOfText(text, from, to), (b) -> b.text().equals(text));
			long copies = page.stream().filter((b) -> b.text().equals(text)).count();
			assertThat(lines.count(text)).as(text).isEqualTo(copies);
		}
		assertThat(lines.indexOfText("Wetter", 0, page.size())).isEqualTo(-1);
		assertThat(lines.count("Wetter")).isZero();
	}

	@Test
	void findsEachKeyOfAHeadlinesLengthInEveryWindowAsAScanDoes() {
		List<Paragraph> page = page();
		LineIndex lines = LineIndex.of(page);
		for (Paragraph block : page) {
			String key = block.key();
			assertEveryWindow(page, (from, to) -> lines.indexOfKey(key, from, to),
					(b) -> b.text().length() <= HeadlineFinder.MAX_HEADLINE && b.key().equals(key));
		}
		// "POLITICS", "Politics", "Politics:" and "“Politics”" share one key
		assertThat(lines.indexOfKey("politics", 4, 16)).isEqualTo(5);
		// a line longer than a headline is not folded into a key
		assertThat(lines.indexOfKey(Texts.key("x".repeat(260)), 0, page.size())).isEqualTo(-1);
	}

	@Test
	void tellsALineShownElsewhere() {
		List<Paragraph> page = page();
		LineIndex lines = LineIndex.of(page);
		for (int i = 0; i < page.size(); i++) {
			String text = page.get(i).text();
			int at = i;
			boolean elsewhere = scan(page, 0, page.size(), (b) -> b != page.get(at) && b.text().equals(text)) >= 0;
			assertThat(lines.isShownElsewhere(i)).as(text).isEqualTo(elsewhere);
		}
	}

	@Test
	void isKeptWithItsPageAndBuiltAgainForAnother() {
		List<Paragraph> page = page();
		assertThat(LineIndex.of(page)).isSameAs(LineIndex.of(page));
		List<Paragraph> shorter = new ArrayList<>(page.subList(0, 3));
		assertThat(LineIndex.of(shorter)).isNotSameAs(LineIndex.of(page));
		assertThat(LineIndex.of(shorter).indexOfText("Politik", 1, 3)).isEqualTo(-1);
		assertThat(LineIndex.of(page).indexOfText("Politik", 1, 7)).isEqualTo(6);
		assertThat(LineIndex.of(List.of()).indexOfText("Politik", 0, 0)).isEqualTo(-1);
	}

	// review58c: the index scans until its scans have read enough blocks and indexes
	// then; asked in random windows and order, from a fresh index each round, it answers
	// as a scan both before and after (lines drawn from a few, long and short, of one
	// length in several scripts, keys folding case and quotes).
	@Test
	void answersAsAScanBeforeAndAfterItIndexes() {
		List<String> pool = List.of("Politik", "Politic", "POLITIK", "«Politik»", "Спорт", "رياضة", "高橋健太", "高橋健大",
				"Weather: rain", "a".repeat(70), "b".repeat(70), "a".repeat(69),
				"Der Bundestag hat am Donnerstag "
						+ "über den Haushalt beraten und ihn mit knapper Mehrheit beschlossen.",
				"Парламент в четверг обсудил бюджет страны и принял его небольшим большинством голосов.");
		Random random = new Random(58);
		for (int round = 0; round < 200; round++) {
			List<Paragraph> page = new ArrayList<>();
			int size = 1 + random.nextInt(40);
			for (int i = 0; i < size; i++) {
				page.add(new Paragraph(pool.get(random.nextInt(pool.size())), i + 1));
			}
			LineIndex lines = LineIndex.of(page);
			for (int question = 0; question < 100; question++) {
				int from = random.nextInt(size + 1);
				int to = random.nextInt(size + 1);
				String text = pool.get(random.nextInt(pool.size()));
				String key = Texts.key(text);
				int at = random.nextInt(size);
				String own = page.get(at).text();
				switch (random.nextInt(4)) {
					case 0 -> assertThat(lines.indexOfText(text, from, to))
						.isEqualTo(scan(page, from, to, (b) -> b.text().equals(text)));
					case 1 -> assertThat(lines.indexOfKey(key, from, to)).isEqualTo(scan(page, from, to,
							(b) -> b.text().length() <= HeadlineFinder.MAX_HEADLINE && b.key().equals(key)));
					case 2 -> assertThat(lines.isShownElsewhere(at))
						.isEqualTo(scan(page, 0, size, (b) -> b != page.get(at) && b.text().equals(own)) >= 0);
					default -> assertThat(lines.count(text))
						.isEqualTo(page.stream().filter((b) -> b.text().equals(text)).count());
				}
			}
		}
	}

	@Test
	void answersOnAPageOfOneLine() {
		List<Paragraph> page = List.of(new Paragraph("Спорт", 1));
		LineIndex lines = LineIndex.of(page);
		assertThat(lines.isShownElsewhere(0)).isFalse();
		assertThat(lines.count("Спорт")).isOne();
		assertThat(lines.indexOfText("Спорт", 0, 1)).isZero();
		assertThat(lines.indexOfText("Спорт", 1, 1)).isEqualTo(-1);
		// a window that ends before it starts (the menu's reach on a page of one line)
		assertThat(lines.indexOfText("Спорт", 2, -1)).isEqualTo(-1);
		assertThat(lines.indexOfKey("спорт", 0, 1)).isZero();
	}

	@Test
	void answersAPageAskedThroughTwoLists() {
		List<Paragraph> page = page();
		List<Paragraph> copy = new ArrayList<>(page);
		copy.set(6, new Paragraph("Wetter", 7));
		for (int i = 0; i < 3; i++) {
			assertThat(LineIndex.of(page).indexOfText("Politik", 1, page.size())).isEqualTo(6);
			assertThat(LineIndex.of(copy).indexOfText("Politik", 1, copy.size())).isEqualTo(-1);
			assertThat(LineIndex.of(page).isShownElsewhere(0)).isTrue();
			assertThat(LineIndex.of(copy).isShownElsewhere(0)).isFalse();
		}
	}

	private static List<Paragraph> page() {
		List<Paragraph> page = new ArrayList<>();
		for (String text : PAGE) {
			page.add(new Paragraph(text, page.size() + 1));
		}
		return page;
	}

	// The index's answer in every window of the page is the first block a scan of the
	// window finds.
	private static void assertEveryWindow(List<Paragraph> page, IntBinaryOperator indexOf,
			Predicate<Paragraph> matches) {
		for (int from = 0; from <= page.size(); from++) {
			for (int to = from; to <= page.size(); to++) {
				assertThat(indexOf.applyAsInt(from, to)).as(from + "-" + to).isEqualTo(scan(page, from, to, matches));
			}
		}
	}

	private static int scan(List<Paragraph> page, int from, int to, Predicate<Paragraph> matches) {
		for (int i = from; i < to; i++) {
			if (matches.test(page.get(i))) {
				return i;
			}
		}
		return -1;
	}

}
