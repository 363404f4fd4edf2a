package io.broadsheet.extract;

import java.util.Collection;

/**
 * A quick "no" for a set of keys: one bit per first character, last character and length
 * of the set's keys, so that a line whose key has a shape no key of the set has is told
 * from the bits, without hashing it and probing the set. Most lines a set is asked of
 * (menus, footers, a page's short lines) are in no set; a line this lets pass is then
 * asked of the set itself, so the answer is the set's.
 */
final class KeyShapes {

	// a bit per length (modulo 64) in the slot of the first and last characters
	private static final int SLOTS = 1024;

	private final long[] shapes = new long[SLOTS];

	private final boolean empty;

	KeyShapes(Collection<String> keys) {
		boolean hasEmpty = false;
		for (String key : keys) {
			if (key.isEmpty()) {
				hasEmpty = true;
			}
			else {
				this.shapes[slot(key.charAt(0), key.charAt(key.length() - 1))] |= 1L << key.length();
			}
		}
		this.empty = hasEmpty;
	}

	/** Whether the set may hold the key: false only where it does not. */
	boolean mayHold(String key) {
		return mayHold(key, 0, key.length());
	}

	/**
	 * Whether the set may hold {@code text.substring(from, to)}: false only where it does
	 * not, told without cutting the key out.
	 */
	boolean mayHold(String text, int from, int to) {
		if (from >= to) {
			return this.empty;
		}
		// (a shift of a long reads only the count's low six bits)
		return (this.shapes[slot(text.charAt(from), text.charAt(to - 1))] >>> (to - from) & 1) != 0;
	}

	private static int slot(char first, char last) {
		return (31 * first + last) & (SLOTS - 1);
	}

}
