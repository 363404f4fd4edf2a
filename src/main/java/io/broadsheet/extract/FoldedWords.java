package io.broadsheet.extract;

import java.util.Map;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * A read-only copy of a case-ignoring {@link CharArrayMap} from words to bits, looked up
 * in place exactly as that map looks up (code point by code point, lower-cased with
 * {@link Character#toLowerCase(int)}), only faster: ASCII letters are lower-cased without
 * the Unicode tables, and the table is open-addressed over arrays. Stop words are looked
 * up for nearly every word of every page, so this is one of the extractor's hottest
 * loops.
 */
final class FoldedWords {

	private final char[][] keys;

	private final long[] values;

	// Each slot's spread hash with its lowest bit set, 0 for an empty slot: a probe reads
	// this one compact array, and looks at a key (an array elsewhere in memory) only when
	// the hashes agree. Most words of a text are no stop word and end at an empty slot or
	// another word's hash without touching a key.
	private final int[] hashes;

	// One bit per slot, set where some key's probe starts: a word whose first slot no
	// key starts at is no key, told from this array, a thirty-second of the hashes'
	// size, which stays in the cache where the hashes do not (the table holds every
	// stop word of every language, most words of a text are none, and their first slots
	// are spread over all of it).
	private final long[] starts;

	private final int mask;

	FoldedWords(CharArrayMap<? extends Number> words) {
		int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
		this.keys = new char[capacity][];
		this.values = new long[capacity];
		this.hashes = new int[capacity];
		this.starts = new long[Math.max(1, capacity / Long.SIZE)];
		this.mask = capacity - 1;
		for (Map.Entry<Object, ? extends Number> entry : words.entrySet()) {
			// The map keeps its keys lower-cased already, as char arrays.
			char[] key = (char[]) entry.getKey();
			int hash = spread(hash(key, 0, key.length));
			int slot = hash & this.mask;
			this.starts[slot >>> 6] |= 1L << slot;
			while (this.hashes[slot] != 0) {
				slot = (slot + 1) & this.mask;
			}
			this.keys[slot] = key.clone();
			this.values[slot] = entry.getValue().longValue();
			this.hashes[slot] = hash | 1;
		}
	}

	/** The bits of the word in {@code text[offset, offset + length)}, or 0. */
	long get(char[] text, int offset, int length) {
		return get(text, offset, length, hash(text, offset, length));
	}

	/**
	 * {@link #get(char[], int, int)} for a caller that has hashed the word as it read it
	 * ({@link #hash(char[], int, int)}): the same answer, without a second pass over the
	 * word's characters.
	 * @param text characters holding the word
	 * @param offset where the word starts
	 * @param length how long it is
	 * @param wordHash the word's {@link #hash(char[], int, int) hash}
	 * @return the bits, or 0
	 */
	long get(char[] text, int offset, int length, int wordHash) {
		int hash = spread(wordHash);
		int slot = hash & this.mask;
		if ((this.starts[slot >>> 6] & (1L << slot)) == 0) {
			return 0L;
		}
		int marked = hash | 1;
		int stored;
		while ((stored = this.hashes[slot]) != 0) {
			if (stored == marked && matches(this.keys[slot], text, offset, length)) {
				return this.values[slot];
			}
			slot = (slot + 1) & this.mask;
		}
		return 0L;
	}

	/**
	 * The hash a word is looked up by: {@code 31 * hash + c} over the word's code points,
	 * each lower-cased ({@link Character#toLowerCase(int)}), from 0. A reader of a word's
	 * characters below {@link CharTables#TABLED} may add each one's
	 * {@link CharTables#lowerTabled(char) lower case} to it as it goes.
	 */
	static int hash(char[] text, int offset, int length) {
		int end = offset + length;
		int hash = 0;
		for (int i = offset; i < end;) {
			char c = text[i];
			if (c < CharTables.TABLED) {
				hash = 31 * hash + CharTables.lowerTabled(c);
				i++;
			}
			else {
				int codePoint = Character.codePointAt(text, i, end);
				hash = 31 * hash + Character.toLowerCase(codePoint);
				i += Character.charCount(codePoint);
			}
		}
		return hash;
	}

	// What CharArrayMap's case-ignoring equals compares: the word lower-cased code point
	// by code point against the stored key.
	private static boolean matches(char[] key, char[] text, int offset, int length) {
		if (key.length != length) {
			return false;
		}
		int end = offset + length;
		for (int i = 0; i < length;) {
			char c = text[offset + i];
			if (c < CharTables.TABLED) {
				if (CharTables.lowerTabled(c) != key[i]) {
					return false;
				}
				i++;
			}
			else {
				int codePoint = Character.codePointAt(text, offset + i, end);
				if (Character.toLowerCase(codePoint) != Character.codePointAt(key, i, key.length)) {
					return false;
				}
				i += Character.charCount(codePoint);
			}
		}
		return true;
	}

	// Spreads the polynomial hash's low bits, which short words leave poorly mixed.
	private static int spread(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

}
