package io.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.broadsheet.system.CacheBudget;

/**
 * The summaries of every article of one served corpus version, packed into a few flat
 * arrays; an {@link ArticleSummary} is made only for the articles of a page.
 * <p>
 * Held as a record and a string per field, 100k summaries took about 60 MB of a 256 MB
 * heap (0.6 KB an article: object headers, a map entry and three strings each), enough
 * that the old generation filled under load and G1 fell back to full collections. Packed,
 * each article costs one byte array (its id, title and excerpt in UTF-8) and a few ints;
 * publishers, languages and authors are numbers into tables of the distinct values, the
 * publication day its epoch day.
 */
final class PackedSummaries {

	static final PackedSummaries EMPTY = new Builder().build();

	/** {@link #days}' value of an undated article. */
	private static final int UNDATED = Integer.MIN_VALUE;

	/** {@link #publishers}' and {@link #languages}' value of an unknown one. */
	private static final int UNKNOWN = -1;

	/**
	 * Per article: the id's length, then the title's and the excerpt's length plus one
	 * (zero: {@code null}), each as a variable-length int, then the three in UTF-8.
	 */
	private final byte[][] texts;

	private final int[] days;

	private final int[] wordCounts;

	private final int[] publishers;

	private final int[] languages;

	/** Article {@code i}'s authors are {@code credits[bylines[i]..bylines[i + 1])}. */
	private final int[] bylines;

	private final int[] credits;

	private final String[] publisherNames;

	private final String[] languageCodes;

	private final AuthorRef[] authors;

	/**
	 * Open addressing by the id's hash: each slot holds an article's index plus one, zero
	 * when empty. Twice as many slots as articles keeps the probes short.
	 */
	private final int[] slots;

	private PackedSummaries(Builder builder) {
		int count = builder.count;
		this.texts = Arrays.copyOf(builder.texts, count);
		this.days = Arrays.copyOf(builder.days, count);
		this.wordCounts = Arrays.copyOf(builder.wordCounts, count);
		this.publishers = Arrays.copyOf(builder.publishers, count);
		this.languages = Arrays.copyOf(builder.languages, count);
		this.bylines = Arrays.copyOf(builder.bylines, count + 1);
		this.credits = Arrays.copyOf(builder.credits, builder.creditCount);
		this.publisherNames = builder.publisherNames.toArray(String[]::new);
		this.languageCodes = builder.languageCodes.toArray(String[]::new);
		this.authors = builder.authors.toArray(AuthorRef[]::new);
		this.slots = new int[Integer.highestOneBit(Math.max(count, 1) * 2) * 2];
		for (int article = 0; article < count; article++) {
			byte[] text = this.texts[article];
			int length = readLength(text, 0);
			int at = indexOf(text, idStart(text), length);
			// An id given twice: the later summary is the one kept.
			this.slots[(at >= 0) ? at : -at - 1] = article + 1;
		}
	}

	int size() {
		return this.texts.length;
	}

	/**
	 * About what these summaries keep in the heap: their arrays, the texts' and the
	 * tables', the distinct authors and the names they share.
	 */
	long bytes() {
		long bytes = 16L + 4L * this.texts.length;
		for (byte[] text : this.texts) {
			bytes += 16 + text.length;
		}
		bytes += 16L * 7 + 4L * (this.days.length + this.wordCounts.length + this.publishers.length
				+ this.languages.length + this.bylines.length + this.credits.length + this.slots.length);
		for (AuthorRef author : this.authors) {
			bytes += 24 + CacheBudget.bytesOf(author.id()) + CacheBudget.bytesOf(author.name());
		}
		for (String name : this.publisherNames) {
			bytes += CacheBudget.bytesOf(name);
		}
		return bytes;
	}

	/**
	 * The summary of an article, made now.
	 * @param id the article's id
	 * @return its summary, {@code null} when this version does not hold it
	 */
	ArticleSummary get(String id) {
		byte[] key = id.getBytes(StandardCharsets.UTF_8);
		int at = indexOf(key, 0, key.length);
		return (at >= 0) ? summary(this.slots[at] - 1, id) : null;
	}

	/**
	 * Where the id is in {@link #slots}, or the empty slot it would go to as
	 * {@code -(slot + 1)}.
	 */
	private int indexOf(byte[] id, int from, int length) {
		int mask = this.slots.length - 1;
		int hash = 1;
		for (int i = from; i < from + length; i++) {
			hash = 31 * hash + id[i];
		}
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (this.slots[slot] != 0) {
			byte[] text = this.texts[this.slots[slot] - 1];
			int idLength = readLength(text, 0);
			int idFrom = idStart(text);
			if (Arrays.equals(text, idFrom, idFrom + idLength, id, from, from + length)) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
		return -slot - 1;
	}

	private ArticleSummary summary(int article, String id) {
		byte[] text = this.texts[article];
		int idLength = readLength(text, 0);
		int titleAt = lengthEnd(text, 0);
		int titleLength = readLength(text, titleAt) - 1;
		int excerptAt = lengthEnd(text, titleAt);
		int excerptLength = readLength(text, excerptAt) - 1;
		int at = lengthEnd(text, excerptAt) + idLength;
		String title = (titleLength >= 0) ? new String(text, at, titleLength, StandardCharsets.UTF_8) : null;
		at += Math.max(titleLength, 0);
		String excerpt = (excerptLength >= 0) ? new String(text, at, excerptLength, StandardCharsets.UTF_8) : null;
		AuthorRef[] byline = new AuthorRef[this.bylines[article + 1] - this.bylines[article]];
		for (int i = 0; i < byline.length; i++) {
			byline[i] = this.authors[this.credits[this.bylines[article] + i]];
		}
		int day = this.days[article];
		int publisher = this.publishers[article];
		int language = this.languages[article];
		return new ArticleSummary(id, title, List.of(byline), (day != UNDATED) ? LocalDate.ofEpochDay(day) : null,
				(publisher != UNKNOWN) ? this.publisherNames[publisher] : null, excerpt, this.wordCounts[article],
				(language != UNKNOWN) ? this.languageCodes[language] : null, null);
	}

	// Lengths are written seven bits a byte, low bits first; the high bit says more
	// follow.
	private static int readLength(byte[] text, int at) {
		int value = 0;
		for (int shift = 0;; shift += 7) {
			byte next = text[at++];
			value |= (next & 0x7f) << shift;
			if (next >= 0) {
				return value;
			}
		}
	}

	// Where the id begins: after the three lengths.
	private static int idStart(byte[] text) {
		return lengthEnd(text, lengthEnd(text, lengthEnd(text, 0)));
	}

	private static int lengthEnd(byte[] text, int at) {
		while (text[at] < 0) {
			at++;
		}
		return at + 1;
	}

	private static int writeLength(byte[] text, int at, int value) {
		while ((value & ~0x7f) != 0) {
			text[at++] = (byte) ((value & 0x7f) | 0x80);
			value >>>= 7;
		}
		text[at++] = (byte) value;
		return at;
	}

	/** Collects the summaries one at a time, then packs them. */
	static final class Builder {

		private int count;

		private byte[][] texts = new byte[16][];

		private int[] days = new int[16];

		private int[] wordCounts = new int[16];

		private int[] publishers = new int[16];

		private int[] languages = new int[16];

		private int[] bylines = new int[17];

		private int creditCount;

		private int[] credits = new int[16];

		private final List<String> publisherNames = new ArrayList<>();

		private final Map<String, Integer> publisherNumbers = new HashMap<>();

		private final List<String> languageCodes = new ArrayList<>();

		private final Map<String, Integer> languageNumbers = new HashMap<>();

		private final List<AuthorRef> authors = new ArrayList<>();

		private final Map<AuthorRef, Integer> authorNumbers = new HashMap<>();

		Builder add(ArticleSummary summary) {
			if (this.count == this.texts.length) {
				int grown = this.count * 2;
				this.texts = Arrays.copyOf(this.texts, grown);
				this.days = Arrays.copyOf(this.days, grown);
				this.wordCounts = Arrays.copyOf(this.wordCounts, grown);
				this.publishers = Arrays.copyOf(this.publishers, grown);
				this.languages = Arrays.copyOf(this.languages, grown);
				this.bylines = Arrays.copyOf(this.bylines, grown + 1);
			}
			int article = this.count++;
			this.texts[article] = pack(summary.id(), summary.title(), summary.excerpt());
			LocalDate day = summary.publishedDate();
			this.days[article] = (day != null) ? Math.toIntExact(day.toEpochDay()) : UNDATED;
			this.wordCounts[article] = summary.wordCount();
			this.publishers[article] = number(summary.publisher(), this.publisherNames, this.publisherNumbers);
			this.languages[article] = number(summary.language(), this.languageCodes, this.languageNumbers);
			List<AuthorRef> byline = summary.authors();
			if (this.creditCount + byline.size() > this.credits.length) {
				this.credits = Arrays.copyOf(this.credits,
						Math.max(this.credits.length * 2, this.creditCount + byline.size()));
			}
			for (AuthorRef author : byline) {
				this.credits[this.creditCount++] = number(author, this.authors, this.authorNumbers);
			}
			this.bylines[article + 1] = this.creditCount;
			return this;
		}

		PackedSummaries build() {
			return new PackedSummaries(this);
		}

		private static <T> int number(T value, List<T> values, Map<T, Integer> numbers) {
			if (value == null) {
				return UNKNOWN;
			}
			return numbers.computeIfAbsent(value, (added) -> {
				values.add(added);
				return values.size() - 1;
			});
		}

		private static byte[] pack(String id, String title, String excerpt) {
			byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
			byte[] titleBytes = (title != null) ? title.getBytes(StandardCharsets.UTF_8) : null;
			byte[] excerptBytes = (excerpt != null) ? excerpt.getBytes(StandardCharsets.UTF_8) : null;
			int titleLength = (titleBytes != null) ? titleBytes.length : 0;
			int excerptLength = (excerptBytes != null) ? excerptBytes.length : 0;
			// At most five bytes per length.
			byte[] text = new byte[15 + idBytes.length + titleLength + excerptLength];
			int at = writeLength(text, 0, idBytes.length);
			at = writeLength(text, at, (titleBytes != null) ? titleLength + 1 : 0);
			at = writeLength(text, at, (excerptBytes != null) ? excerptLength + 1 : 0);
			System.arraycopy(idBytes, 0, text, at, idBytes.length);
			at += idBytes.length;
			if (titleBytes != null) {
				System.arraycopy(titleBytes, 0, text, at, titleLength);
				at += titleLength;
			}
			if (excerptBytes != null) {
				System.arraycopy(excerptBytes, 0, text, at, excerptLength);
				at += excerptLength;
			}
			return Arrays.copyOf(text, at);
		}

	}

}
