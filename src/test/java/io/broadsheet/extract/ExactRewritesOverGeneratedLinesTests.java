package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * speed49's exact rewrites answer as before on many generated lines (review49a): a prefix
 * set's ASCII bits and its sorted other first characters find what comparing the text
 * with every prefix finds, for the language files' own sets and for prefixes that open
 * with a digit, punctuation, 'ß', 'İ', a combining mark or a surrogate pair; and a
 * block's sign-up check with its own key answers as its text's. The lines open with the
 * same characters, mixed with the prefixes' own openings, upper-cased and cut short.
 */
class ExactRewritesOverGeneratedLinesTests {

	// first characters the rewrites handle apart: digits, punctuation, both halves of the
	// ASCII bits, Latin-1 letters, a letter that lower-cases to two characters, a
	// combining mark, a surrogate pair's halves, a full-width colon, Cyrillic and CJK
	private static final String[] OPENINGS = { "0", "9", "1 of", "(", "?", "@", "[", "_", "`", "~", "\u007f", "«", "»",
			"ß", "SS", "İ", "i\u0307", "I", "ı", "\u0301", "e\u0301", "é", "\ud83d\udcf7", "\ud83d", "\udcf7", "\uff1a",
			"Σ", "σ", "ς", "Ф", "ф", "記", "中", "ǅ", "ǆ", "\u0000", " ", "\u00a0", "read", "Soma", "по" };

	private static final String[] ODD_PREFIXES = { "0", "1 of", "(ad)", "?", "@", "[photo]", "_", "~x", "«", "ß", "ßx",
			"İ", "i\u0307", "ı", "\u0301", "e\u0301", "é", "\ud83d\udcf7", "\ud83d", "\udcf7 ", "\uff1a", "σ", "ς",
			"фото", "記者", "中", "ǆ", "\u00a0" };

	private static final String[] KEYS = { Languages.TEASER_READ_VERBS, Languages.TEASER_SHOP_VERBS,
			"related.heading-openings" };

	@Test
	void prefixSetsAnswerAsComparingEveryPrefix() {
		List<String[]> sets = new ArrayList<>();
		sets.add(ODD_PREFIXES);
		for (String key : KEYS) {
			sets.add(Languages.values(key).stream().map((word) -> word + " ").toArray(String[]::new));
		}
		Random random = new Random(49);
		for (String[] prefixes : sets) {
			assertThat(prefixes).isNotEmpty();
			Prefixes set = Prefixes.of(prefixes);
			for (int n = 0; n < 20_000; n++) {
				String text = line(random, prefixes);
				assertThat(set.find(text)).as("%s", escaped(text)).isEqualTo(longestByComparison(prefixes, text));
				int from = text.isEmpty() ? 0 : random.nextInt(text.length());
				int end = from + random.nextInt(text.length() - from + 1);
				assertThat(set.mayStartAt(text, from, end)).as("%s [%d, %d)", escaped(text), from, end)
					.isEqualTo(startsLowerCased(prefixes, text, from, end));
			}
		}
	}

	@Test
	void aBlocksSignUpCheckAnswersAsItsTexts() {
		String[] words = { "Sign", "up", "to", "our", "newsletter", "NEWSLETTER’s", "inbox", "Donate", "today",
				"Support", "local", "journalism", "said", "the", "council", "İstanbul", "Straße", "\ud83d\udce9", "—",
				"...", "2026", "Get", "it", "now.", "free", "weekly", "email", "give", "what", "you", "can" };
		Random random = new Random(4949);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int count = 1 + random.nextInt((random.nextInt(10) == 0) ? 60 : 14);
			for (int w = 0; w < count; w++) {
				text.append((w == 0) ? "" : (random.nextInt(8) == 0) ? "  " : " ");
				text.append(words[random.nextInt(words.length)]);
			}
			String line = text.toString();
			assertThat(Boilerplate.isSignUpPrompt(new Paragraph(line, 1))).as(line)
				.isEqualTo(Boilerplate.isSignUpPrompt(line));
		}
	}

	// a line that opens with one of the openings or a prefix, at random upper-cased or
	// cut short, and goes on with a few more of them
	private static String line(Random random, String[] prefixes) {
		StringBuilder text = new StringBuilder();
		int parts = random.nextInt(4);
		for (int p = 0; p <= parts; p++) {
			String part = random.nextBoolean() ? OPENINGS[random.nextInt(OPENINGS.length)]
					: prefixes[random.nextInt(prefixes.length)];
			switch (random.nextInt(4)) {
				case 0 -> part = part.toUpperCase(java.util.Locale.ROOT);
				case 1 -> part = part.substring(0, random.nextInt(part.length() + 1));
				default -> {
				}
			}
			text.append(part);
		}
		return text.toString();
	}

	// What the tree answered before it had bits and sorted keys: each prefix compared.
	private static String longestByComparison(String[] prefixes, String text) {
		String longest = null;
		for (String prefix : prefixes) {
			if (text.startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
				longest = prefix;
			}
		}
		return longest;
	}

	private static boolean startsLowerCased(String[] prefixes, String text, int from, int end) {
		for (String prefix : prefixes) {
			if (!prefix.isEmpty() && prefix.length() <= end - from && lowerCasedMatch(prefix, text, from)) {
				return true;
			}
		}
		return false;
	}

	private static boolean lowerCasedMatch(String prefix, String text, int from) {
		for (int k = 0; k < prefix.length(); k++) {
			if (Character.toLowerCase(text.charAt(from + k)) != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			out.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}

}
