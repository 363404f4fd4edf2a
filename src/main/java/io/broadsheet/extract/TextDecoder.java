package io.broadsheet.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Turns file bytes into clean text: one line separator ({@code \n}), no invisible
 * characters, ordinary spaces. Scraped files arrive in whatever encoding the scraper
 * wrote; files that are not valid UTF-8 are, in practice, Windows-1252 (which also covers
 * ISO-8859-1), so that is the only fallback. A byte-order mark names UTF-16 or UTF-32
 * (Windows' Notepad saves "Unicode" as UTF-16 with one); without one, those are not
 * guessed at ({@link #whyNotText}).
 */
public final class TextDecoder {

	// How much of a file's start is looked at for NUL bytes.
	private static final int INSPECTED_BYTES = 8192;

	// Windows-1252 differs from ISO-8859-1 only in 0x80-0x9F. The five undefined bytes
	// are kept as C1 controls (as WHATWG does) and then dropped with other controls.
	private static final char[] CP1252_HIGH = ("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021"
			+ "\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
			+ "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
		.toCharArray();

	private TextDecoder() {
	}

	static String decode(byte[] content) {
		if (content == null || content.length == 0) {
			return "";
		}
		String raw = decodeCharset(content);
		return normalise(raw);
	}

	/**
	 * Why these bytes are no text file the decoder reads, or {@code null} when they are
	 * one. Text holds no NUL byte in UTF-8 or any single-byte encoding; UTF-16 and UTF-32
	 * hold many, and are read when a byte-order mark says which they are.
	 * @param content the file's bytes
	 * @return the reason to skip the file, or {@code null}
	 */
	public static @Nullable String whyNotText(byte[] content) {
		if (byteOrderMarked(content) != null) {
			String start = decodeCharset(Arrays.copyOf(content, Math.min(content.length, INSPECTED_BYTES)));
			return (start.indexOf('\u0000') < 0) ? null : "binary content, not text";
		}
		int inspected = Math.min(content.length, INSPECTED_BYTES);
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < inspected; i++) {
			if (content[i] == 0) {
				if ((i & 1) == 0) {
					evenNuls++;
				}
				else {
					oddNuls++;
				}
			}
		}
		if (evenNuls + oddNuls == 0) {
			return null;
		}
		// Text in UTF-16 has a NUL beside each character of Latin-1 (every other byte in
		// English, a space's or a digit's in Russian), all on one side; a binary format
		// has them on both (and runs of them), a stray one in a text file is one. Not
		// read: without the mark, the byte order is a guess.
		if ((evenNuls == 0 || oddNuls == 0) && evenNuls + oddNuls >= inspected / 32) {
			return "looks like UTF-16 text (" + ((evenNuls == 0) ? "little" : "big")
					+ "-endian) without a byte-order mark; save it as UTF-8, or as UTF-16 with a byte-order mark";
		}
		return "binary content, not text";
	}

	// The charset a byte-order mark names, or null; UTF-8's is skipped where it is read.
	private static @Nullable Charset byteOrderMarked(byte[] content) {
		int first = (content.length >= 1) ? content[0] & 0xFF : -1;
		int second = (content.length >= 2) ? content[1] & 0xFF : -1;
		// UTF-32LE's mark begins as UTF-16LE's does: test it first.
		if (content.length >= 4 && first == 0xFF && second == 0xFE && content[2] == 0 && content[3] == 0) {
			return Charset.forName("UTF-32LE");
		}
		if (content.length >= 4 && first == 0 && second == 0 && (content[2] & 0xFF) == 0xFE
				&& (content[3] & 0xFF) == 0xFF) {
			return Charset.forName("UTF-32BE");
		}
		if (first == 0xFF && second == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (first == 0xFE && second == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static String decodeCharset(byte[] content) {
		Charset marked = byteOrderMarked(content);
		if (marked != null) {
			int mark = marked.name().startsWith("UTF-32") ? 4 : 2;
			return new String(content, mark, content.length - mark, marked);
		}
		int offset = 0;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			offset = 3;
		}
		// Valid UTF-8, the common case, decodes in one fast pass; a replacement character
		// in the result means malformed bytes (or one the file holds): then decode
		// strictly, to tell the two apart.
		String fast = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
		if (fast.indexOf('\uFFFD') < 0) {
			return fast;
		}
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return windows1252(content, offset);
		}
	}

	private static String windows1252(byte[] content, int offset) {
		char[] chars = new char[content.length - offset];
		for (int i = offset; i < content.length; i++) {
			int b = content[i] & 0xFF;
			chars[i - offset] = (b >= 0x80 && b <= 0x9F) ? CP1252_HIGH[b - 0x80] : (char) b;
		}
		return new String(chars);
	}

	/**
	 * Normalises line separators and invisible or exotic whitespace. Characters are
	 * removed or replaced one for one, never turned into line breaks, so line numbers
	 * stay those of the file.
	 */
	static String normalise(String raw) {
		int length = raw.length();
		// Most files need no change (line feeds and characters kept as they are): then
		// the decoded string is the text, without a copy.
		boolean clean = true;
		boolean anyCombining = false;
		for (int i = 0; i < length && clean; i++) {
			char c = raw.charAt(i);
			clean = KIND[c] == KEEP || c == '\n';
			anyCombining |= c >= FIRST_COMBINING;
		}
		if (clean) {
			return (!anyCombining || Normalizer.isNormalized(raw, Normalizer.Form.NFC)) ? raw
					: Normalizer.normalize(raw, Normalizer.Form.NFC);
		}
		// Cleaned in place after one bulk copy: every write lands at or before the unit
		// being read.
		char[] out = new char[length];
		raw.getChars(0, length, out, 0);
		int n = 0;
		// Text below U+0300 (Latin letters with their precomposed accents, no combining
		// marks) is already in NFC: no need to ask the normalizer.
		boolean maybeDecomposed = false;
		for (int i = 0; i < length; i++) {
			char c = out[i];
			maybeDecomposed |= c >= FIRST_COMBINING;
			byte kind = KIND[c];
			if (kind == KEEP) {
				out[n++] = c;
			}
			else if (kind == SPACE) {
				out[n++] = ' ';
			}
			else if (kind == LINE) {
				out[n++] = '\n';
				if (c == '\r' && i + 1 < length && out[i + 1] == '\n') {
					i++;
				}
			}
		}
		String text = new String(out, 0, n);
		// Decomposed accents (e + combining acute) would defeat name and month matching.
		return (!maybeDecomposed || Normalizer.isNormalized(text, Normalizer.Form.NFC)) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static final char FIRST_COMBINING = '\u0300';

	private static final byte KEEP = 0;

	private static final byte SPACE = 1;

	private static final byte LINE = 2;

	private static final byte DROP = 3;

	// What to do with each UTF-16 unit, looked up rather than tested: decoding is the one
	// step that touches every character.
	private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

	static {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			char ch = (char) c;
			if (ch == '\r' || ch == '\n') {
				KIND[c] = LINE;
			}
			else if (ch == '\t' || isSpace(ch)) {
				KIND[c] = SPACE;
			}
			else if (isInvisible(ch)) {
				KIND[c] = DROP;
			}
		}
	}

	private static boolean isSpace(char c) {
		return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
				|| c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u000B' || c == '\u000C' || c == '\u0085';
	}

	private static boolean isInvisible(char c) {
		if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
			return true;
		}
		switch (c) {
			case '\u00AD': // soft hyphen
			case '\u034F': // combining grapheme joiner
			case '\u061C': // Arabic letter mark
			case '\u180E': // Mongolian vowel separator
			case '\u200B': // zero width space
				// (the zero width non-joiner and joiner stay: they spell words in Persian
				// and the Indic scripts, "بزرگ‌ترین" is two parts of one word, "بزرگترین"
				// another word)
			case '\u200E': // left-to-right mark
			case '\u200F': // right-to-left mark
			case '\u2060': // word joiner
			case '\u2061':
			case '\u2062':
			case '\u2063':
			case '\u2064':
			case '\uFEFF': // byte order mark / zero width no-break space
			case '\uFFFE':
			case '\uFFFF':
			case '\uFFFD': // replacement character: what was there is lost
				return true;
			default:
				return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
						|| (c >= '\uFFF9' && c <= '\uFFFB');
		}
	}

}
