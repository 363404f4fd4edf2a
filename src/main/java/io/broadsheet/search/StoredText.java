package io.broadsheet.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.document.StoredField;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.UnicodeUtil;

/**
 * An article's title and body as the index stores them for snippets: UTF-8 bytes in a
 * binary stored field, read back through a buffer kept for the page.
 * <p>
 * Lucene 9.12 reads a stored string with {@code DataInput.readString}, which copies the
 * bytes into an array of their own before making the string: an array per hit and text,
 * 8.8 % of a search's bytes (search32 in {@code src/bench/results/HISTORY.md}). A binary
 * field is handed to the visitor as the reader's input itself
 * ({@link org.apache.lucene.index.StoredFieldVisitor#binaryField(org.apache.lucene.index.FieldInfo, DataInput, int)}),
 * so its bytes go into the page's buffer and the string is the only copy made per hit.
 * The bytes are the ones Lucene writes for a stored string (its {@link UnicodeUtil}
 * encoding, which turns a lone surrogate into U+FFFD), so a text reads back as a stored
 * string did.
 */
final class StoredText {

	private StoredText() {
	}

	/**
	 * The stored, not indexed, copy of a text: an indexed field of the same name beside
	 * it holds its terms and their offsets.
	 * @param name the field's name
	 * @param text the title or body
	 * @return the field to add to the article's document
	 */
	static StoredField field(String name, String text) {
		byte[] utf8 = new byte[UnicodeUtil.calcUTF16toUTF8Length(text, 0, text.length())];
		UnicodeUtil.UTF16toUTF8(text, 0, text.length(), utf8);
		return new StoredField(name, utf8);
	}

	/**
	 * The buffer one page's stored texts are read into, grown to the longest one read, up
	 * to what the highlighter's length allows. Used by one page, so by one thread.
	 */
	static final class PageBuffer {

		private byte[] bytes = new byte[0];

		/**
		 * Reads a stored text, or as much of it as the highlighter looks at: a prefix of
		 * at least {@code maxChars} characters (Lucene's visitor cuts it to that many),
		 * so that the rest of a long body is neither copied nor decoded.
		 * @param in the stored fields' input, at the text's first byte
		 * @param length the text's length in bytes
		 * @param maxChars the characters the highlighter reads of a text
		 * @return the text, or a prefix of it of at least {@code maxChars} characters
		 */
		String read(DataInput in, int length, int maxChars) throws IOException {
			// A character (UTF-16 unit) takes at most three bytes.
			int read = (int) Math.min(length, 3L * maxChars + 3);
			this.bytes = ArrayUtil.growNoCopy(this.bytes, read);
			in.readBytes(this.bytes, 0, read);
			in.skipBytes(length - read);
			// A UTF-8 text never has more characters than bytes.
			int end = (read <= maxChars) ? read : prefixEnd(this.bytes, read, maxChars);
			return new String(this.bytes, 0, end, StandardCharsets.UTF_8);
		}

		// Where the shortest run of whole UTF-8 sequences holding at least maxChars
		// characters ends: a sequence of four bytes is two characters (a surrogate pair).
		private static int prefixEnd(byte[] utf8, int length, int maxChars) {
			int end = 0;
			int chars = 0;
			while (end < length && chars < maxChars) {
				int lead = utf8[end] & 0xff;
				if (lead < 0xc0) {
					end += 1;
					chars += 1;
				}
				else if (lead < 0xe0) {
					end += 2;
					chars += 1;
				}
				else if (lead < 0xf0) {
					end += 3;
					chars += 1;
				}
				else {
					end += 4;
					chars += 2;
				}
			}
			return Math.min(end, length);
		}

	}

}
