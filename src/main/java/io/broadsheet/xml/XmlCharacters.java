package io.broadsheet.xml;

/**
 * The characters XML 1.0 may hold: tab, line feed, carriage return, U+0020 to U+FFFD but
 * the surrogates, and every supplementary character as a surrogate pair. Not the other C0
 * controls, U+FFFE and U+FFFF, nor a surrogate without its other half: a document holding
 * one is not well-formed, so no writer may write it and no reader would read it.
 */
public final class XmlCharacters {

	private XmlCharacters() {
	}

	/**
	 * Where the first character XML cannot hold is.
	 * @param text the text
	 * @return its index, or {@code -1} when XML may hold the whole text
	 */
	public static int firstIllegal(String text) {
		return firstIllegal(text, 0);
	}

	/**
	 * The text without the characters XML cannot hold, each dropped, the rest kept in
	 * order.
	 * @param text the text
	 * @return the text itself when XML may hold all of it
	 */
	public static String withoutIllegal(String text) {
		int illegal = firstIllegal(text, 0);
		if (illegal < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		int from = 0;
		while (illegal >= 0) {
			kept.append(text, from, illegal);
			from = illegal + 1;
			illegal = firstIllegal(text, from);
		}
		return kept.append(text, from, text.length()).toString();
	}

	// A surrogate pair is read as the one character it spells; a surrogate on its own is
	// illegal, also the low half left behind by an illegal character dropped before it.
	private static int firstIllegal(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			boolean legal = c == '\t' || c == '\n' || c == '\r'
					|| (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
			if (!legal) {
				return i;
			}
		}
		return -1;
	}

}
