package io.broadsheet.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prefix tree must answer as comparing the text with every prefix would: the longest
 * prefix wins, labels that share their first letters ("by", "by staff", "bylined") are
 * each found, and a text compared in place lower-cased finds what its lower-cased copy
 * finds, within the end it is given.
 */
class PrefixesTests {

	private static final String[] LABELS = { "by", "by staff", "bylined", "b", "von", "vom", "photo:", "фото", "記者",
			"written by", "writer:" };

	private static final Prefixes PREFIXES = Prefixes.of(LABELS);

	@ParameterizedTest
	@ValueSource(strings = { "by staff writers", "by Jane Roe", "bylined here", "bystander", "b", "", "Jane Roe",
			"von Anna", "vor Ort", "vo", "photo: AP", "photo AP", "фото: ТАСС", "記者 王小明", "記", "written by me",
			"writer: Ann", "write", "BY STAFF", "by staf" })
	void findsTheLongestPrefixAsAComparisonWithEachWould(String text) {
		assertThat(PREFIXES.find(text)).isEqualTo(longestByComparison(text));
		assertThat(PREFIXES.matches(text)).isEqualTo(longestByComparison(text) != null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "BY STAFF", "By Jane", "«By Jane»", "Written By Me", "WRITER: Ann", "ФОТО: ТАСС",
			"Vom Amt", "The end", "Bystander", "Photo AP", "x", "" })
	void mayStartWhereTheLowerCasedCopyStartsWithAPrefix(String text) {
		for (int from = 0; from <= text.length(); from++) {
			for (int end = from; end <= text.length(); end++) {
				String lower = text.substring(from, end).toLowerCase(Locale.ROOT);
				assertThat(PREFIXES.mayStartAt(text, from, end)).as("%s [%d, %d)", text, from, end)
					.isEqualTo(longestByComparison(lower) != null);
			}
		}
	}

	@Test
	void readsNoFurtherThanTheEndItIsGiven() {
		// "by" alone is a prefix; "bylined" needs the letters after the end
		Prefixes longOnly = Prefixes.of("bylined");
		assertThat(longOnly.mayStartAt("Bylined story", 0, 6)).isFalse();
		assertThat(longOnly.mayStartAt("Bylined story", 0, 7)).isTrue();
		assertThat(longOnly.find("bylin")).isNull();
	}

	@Test
	void findsNothingInTextThatOnlyStartsLikeAPrefix() {
		Prefixes prompts = Prefixes.of("share this", "share on ");
		assertThat(prompts.find("share the road")).isNull();
		assertThat(prompts.find("share on facebook")).isEqualTo("share on ");
		assertThat(prompts.mayStartAt("Share", 0, 5)).isFalse();
	}

	@Test
	void answersEveryFirstCharacterAsAComparisonWould() {
		// first characters on both sides of the ASCII bits' halves (below and from
		// '@', U+0040) and past ASCII, searched among the others sorted
		String[] prefixes = { "(ad)", "1 of", "?", "@", "~x", "«", "»", "é", "фото", "記者", "中", "\uff01" };
		Prefixes set = Prefixes.of(prefixes);
		for (int code = 0; code <= Character.MAX_VALUE; code++) {
			char c = (char) code;
			if (Character.isSurrogate(c)) {
				continue;
			}
			String text = c + "x" + c;
			assertThat(set.find(text)).as("U+%04X", (int) c).isEqualTo(longestByComparison(prefixes, text));
			assertThat(set.mayStartAt(text, 0, text.length())).as("U+%04X", (int) c)
				.isEqualTo(longestByComparison(prefixes, text.toLowerCase(Locale.ROOT)) != null);
		}
		assertThat(set.find("\uff01!")).isEqualTo("\uff01");
		assertThat(set.find("фото: ТАСС")).isEqualTo("фото");
		assertThat(set.find("記者 王小明")).isEqualTo("記者");
		assertThat(set.find("1 of 3")).isEqualTo("1 of");
	}

	// What the prefixes answered before they were a tree: each compared with the text,
	// longest first.
	private static String longestByComparison(String text) {
		return longestByComparison(LABELS, text);
	}

	private static String longestByComparison(String[] labels, String text) {
		List<String> longestFirst = Arrays.stream(labels)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		for (String label : longestFirst) {
			if (text.startsWith(label)) {
				return label;
			}
		}
		return null;
	}

}
