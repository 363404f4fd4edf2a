package io.broadsheet.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A set of prefixes held as a tree of characters, so that testing a line against hundreds
 * of labels reads the line's first few characters once, however many labels share its
 * first letter (up to 64 of the prompts start with "t", 60 of the promo labels with "l",
 * 40 of the byline labels with "a").
 */
final class Prefixes {

	private static final char[] NO_KEYS = new char[0];

	private static final Node[] NO_NODES = new Node[0];

	// The nodes under the root, by first character: the ASCII ones in an array (most
	// lines start with one, and an index neither boxes nor hashes), the others in a map
	// while the set is built.
	private final Node[] asciiFirsts = new Node[128];

	private final Map<Character, Node> otherFirsts = new HashMap<>();

	// The other first characters sorted, each with its node (the map's entries once the
	// set is built): searched without boxing the character, which a map's key needs
	// past U+007F.
	private char[] otherKeys = NO_KEYS;

	private Node[] otherNodes = NO_NODES;

	// The ASCII characters some prefix starts with, one bit each (0-63, 64-127): most
	// lines asked start with a character no prefix of the set starts with, and the bits,
	// held in this object beside the array's reference, turn them away without reading
	// the array and its node (a tree's first touch is most of what a line costs it).
	private long asciiLow;

	private long asciiHigh;

	private Prefixes() {
	}

	static Prefixes of(String... prefixes) {
		Prefixes set = new Prefixes();
		for (String prefix : prefixes) {
			set.add(prefix);
		}
		set.otherKeys = new char[set.otherFirsts.size()];
		set.otherNodes = new Node[set.otherKeys.length];
		int k = 0;
		for (char c : new TreeSet<>(set.otherFirsts.keySet())) {
			set.otherKeys[k] = c;
			set.otherNodes[k++] = set.otherFirsts.get(c);
		}
		return set;
	}

	/**
	 * The values of a language key as the words a line opens with: each followed by a
	 * space, so that it matches only whole words ("get " is no prefix of "getty").
	 * @param key a {@link Languages} key
	 */
	static Prefixes openings(String key) {
		return of(Languages.values(key).stream().map((word) -> word + " ").toArray(String[]::new));
	}

	private void add(String prefix) {
		char first = prefix.charAt(0);
		Node node = (first < 128) ? this.asciiFirsts[first] : this.otherFirsts.get(first);
		if (node == null) {
			node = new Node();
			if (first < 128) {
				this.asciiFirsts[first] = node;
				if (first < 64) {
					this.asciiLow |= 1L << first;
				}
				else {
					this.asciiHigh |= 1L << first;
				}
			}
			else {
				this.otherFirsts.put(first, node);
			}
		}
		for (int i = 1; i < prefix.length(); i++) {
			node = node.childOrNew(prefix.charAt(i));
		}
		node.prefix = prefix;
	}

	private Node first(char c) {
		if (c < 128) {
			// (a shift of a long reads only the count's low six bits)
			long bits = (c < 64) ? this.asciiLow : this.asciiHigh;
			return ((bits >>> c & 1) != 0) ? this.asciiFirsts[c] : null;
		}
		int k = Arrays.binarySearch(this.otherKeys, c);
		return (k >= 0) ? this.otherNodes[k] : null;
	}

	/** The longest prefix the text starts with, or {@code null}. */
	String find(String text) {
		if (text.isEmpty()) {
			return null;
		}
		Node node = first(text.charAt(0));
		String longest = null;
		int i = 1;
		while (node != null) {
			if (node.prefix != null) {
				// the deeper a prefix ends, the longer it is: the last one read wins
				longest = node.prefix;
			}
			node = (i < text.length()) ? node.child(text.charAt(i++)) : null;
		}
		return longest;
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
		Node node = first(Character.toLowerCase(text.charAt(from)));
		int i = from + 1;
		while (node != null) {
			if (node.prefix != null) {
				return true;
			}
			node = (i < end) ? node.child(Character.toLowerCase(text.charAt(i++))) : null;
		}
		return false;
	}

	/**
	 * A character read after the ones on the way to this node: the characters that may
	 * follow, each with its node, and the prefix that ends here, if one does.
	 */
	private static final class Node {

		private char[] keys = NO_KEYS;

		private Node[] children = NO_NODES;

		private String prefix;

		Node child(char c) {
			char[] keys = this.keys;
			for (int k = 0; k < keys.length; k++) {
				if (keys[k] == c) {
					return this.children[k];
				}
			}
			return null;
		}

		Node childOrNew(char c) {
			Node child = child(c);
			if (child == null) {
				child = new Node();
				int n = this.keys.length;
				this.keys = Arrays.copyOf(this.keys, n + 1);
				this.children = Arrays.copyOf(this.children, n + 1);
				this.keys[n] = c;
				this.children[n] = child;
			}
			return child;
		}

	}

}
