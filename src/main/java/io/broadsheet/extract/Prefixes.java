package io.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of prefixes, bucketed by first character, so that testing a line against dozens
 * of labels costs a few comparisons instead of dozens.
 */
final class Prefixes {

	private static final String[] NONE = new String[0];

	private final Map<Character, String[]> buckets;

	// The buckets of the ASCII characters, by character: most lines start with one, and
	// an array index neither boxes the character nor hashes it.
	private final String[][] asciiBuckets = new String[128][];

	private Prefixes(Map<Character, String[]> buckets) {
		this.buckets = buckets;
		buckets.forEach((c, bucket) -> {
			if (c < 128) {
				this.asciiBuckets[c] = bucket;
			}
		});
	}

	static Prefixes of(String... prefixes) {
		Map<Character, List<String>> lists = new HashMap<>();
		for (String prefix : prefixes) {
			lists.computeIfAbsent(prefix.charAt(0), (c) -> new ArrayList<>()).add(prefix);
		}
		Map<Character, String[]> buckets = new HashMap<>();
		lists.forEach((c, list) -> {
			// Longest first, so the most specific label wins.
			list.sort((a, b) -> b.length() - a.length());
			buckets.put(c, list.toArray(NONE));
		});
		return new Prefixes(buckets);
	}

	/** The longest prefix the text starts with, or {@code null}. */
	String find(String text) {
		if (text.isEmpty()) {
			return null;
		}
		char first = text.charAt(0);
		String[] bucket = (first < 128) ? this.asciiBuckets[first] : this.buckets.get(first);
		if (bucket != null) {
			for (String prefix : bucket) {
				if (text.startsWith(prefix)) {
					return prefix;
				}
			}
		}
		return null;
	}

	boolean matches(String text) {
		return find(text) != null;
	}

	/**
	 * Whether a prefix may stand in {@code text} at {@code from}, the text before
	 * {@code end} compared in place, one lower-cased character at a time: true whenever
	 * {@link #find(String)} finds one in {@code text.substring(from, end)} lower-cased
	 * ({@code Locale.ROOT}), so that a line it turns away need not be cut out and
	 * lower-cased to be asked. A character lower-cases alone as in a string but for 'İ'
	 * (the string's "i" and a combining dot, which no prefix holds after the "i") and a
	 * capital sigma (by what follows it; no prefix holds a sigma), so a text this lets
	 * pass may still hold no prefix, never the other way round.
	 * @param text the text
	 * @param from where the prefix would start
	 * @param end where the text compared ends
	 * @return whether a prefix may start there
	 */
	boolean mayStartAt(String text, int from, int end) {
		if (from >= end) {
			return false;
		}
		char first = Character.toLowerCase(text.charAt(from));
		String[] bucket = (first < 128) ? this.asciiBuckets[first] : this.buckets.get(first);
		if (bucket == null) {
			return false;
		}
		for (String prefix : bucket) {
			int length = prefix.length();
			if (from + length <= end) {
				int k = 1;
				while (k < length && Character.toLowerCase(text.charAt(from + k)) == prefix.charAt(k)) {
					k++;
				}
				if (k == length) {
					return true;
				}
			}
		}
		return false;
	}

}
