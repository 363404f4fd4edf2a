package io.broadsheet.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a page shows a line's text: the one place the stages ask whether a line stands
 * elsewhere on the page. The locator counts a block shown twice as furniture, the
 * headline finder looks for a table of contents' entries again below, the byline detector
 * for a name written alone above or among menu entries, the tail boxes for a kicker said
 * again and a label's section named above. Each asked by scanning the page on every call,
 * which is quadratic when asked of every line; the index is built once per page and kept
 * on the page's first block.
 * <p>
 * Two forms: a block's text as it stands (stripped, see {@link Paragraph#text()}), and
 * the {@link Texts#key(String) key} of a block of a headline's length (longer blocks are
 * not folded for it). Each caller keeps its own form and window: the whole page, above a
 * line, or within a reach of it.
 * <p>
 * Built only where it pays, as the index built whole cost 2-3 % of a page where the scans
 * had cost nothing measurable (review58c: the short lines' texts 0.8 % of dev's CPU,
 * their keys 2 %, a scan of a window reading a few nanoseconds a block where indexing one
 * costs a hundred or more). The texts of {@value #LONG} characters or more are indexed on
 * their first question: the locator asks of every page whether each long block is shown
 * twice. Any other question scans its window, until the scans of a form have read
 * {@value #SCANS} pages' worth of blocks; then that form is indexed, so a page asked of
 * every line still costs linear time.
 */
final class LineIndex {

	// A block this long or longer is one the locator asks of.
	private static final int LONG = ArticleLocator.SHORT;

	// Reading a block in a scan costs about this share of indexing it.
	private static final int SCANS = 32;

	private final List<Paragraph> page;

	private final int size;

	// Built on the first question that needs each: the texts of long blocks, of short
	// ones, and the keys of a headline's length.
	private Copies longTexts;

	private Copies shortTexts;

	private Copies keys;

	// Blocks read by scans so far, per form.
	private int textsScanned;

	private int keysScanned;

	private LineIndex(List<Paragraph> page) {
		this.page = page;
		this.size = page.size();
	}

	/**
	 * The page's index, built on first use and kept with the page.
	 * @param page the page's blocks
	 * @return the index of their texts
	 */
	static LineIndex of(List<Paragraph> page) {
		if (page.isEmpty()) {
			return new LineIndex(page);
		}
		Paragraph first = page.get(0);
		LineIndex kept = first.lineIndex();
		if (kept == null || kept.page != page || kept.size != page.size()) {
			kept = new LineIndex(page);
			first.keepLineIndex(kept);
		}
		return kept;
	}

	/**
	 * Whether another block of the page has the block's text.
	 * @param i the block
	 * @return whether its text stands elsewhere on the page
	 */
	boolean isShownElsewhere(int i) {
		String text = this.page.get(i).text();
		if (text.length() >= LONG) {
			return longTexts().copiesOf(i) > 1;
		}
		return indexOfText(text, 0, i) >= 0 || indexOfText(text, i + 1, this.size) >= 0;
	}

	/**
	 * How many blocks of the page have the text.
	 * @param text a block's text
	 * @return the blocks of that text
	 */
	int count(String text) {
		if (text.length() >= LONG) {
			return longTexts().count(text);
		}
		int copies = 0;
		for (int i = indexOfText(text, 0, this.size); i >= 0; i = indexOfText(text, i + 1, this.size)) {
			copies++;
		}
		return copies;
	}

	/**
	 * The first block between two whose text is the given one.
	 * @param text the text
	 * @param from the first block looked at
	 * @param to the block after the last looked at
	 * @return the block, or -1
	 */
	int indexOfText(String text, int from, int to) {
		Copies index = (text.length() >= LONG) ? this.longTexts : this.shortTexts;
		if (index == null && from < to) {
			this.textsScanned += to - from;
			if (this.textsScanned > SCANS * this.size) {
				index = (text.length() >= LONG) ? longTexts() : shortTexts();
			}
		}
		if (index != null) {
			return index.indexOf(text, from, to);
		}
		for (int i = from; i < to; i++) {
			if (this.page.get(i).text().equals(text)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The first block of a headline's length ({@value HeadlineFinder#MAX_HEADLINE}
	 * characters at most) between two whose {@link Texts#key(String) key} is the given
	 * one; longer blocks are not folded into keys for it.
	 * @param key the key
	 * @param from the first block looked at
	 * @param to the block after the last looked at
	 * @return the block, or -1
	 */
	int indexOfKey(String key, int from, int to) {
		if (this.keys == null && from < to) {
			this.keysScanned += to - from;
			if (this.keysScanned > SCANS * this.size) {
				String[] forms = new String[this.size];
				for (int i = 0; i < this.size; i++) {
					Paragraph block = this.page.get(i);
					forms[i] = (block.text().length() <= HeadlineFinder.MAX_HEADLINE) ? block.key() : null;
				}
				this.keys = new Copies(forms);
			}
		}
		if (this.keys != null) {
			return this.keys.indexOf(key, from, to);
		}
		for (int i = from; i < to; i++) {
			Paragraph block = this.page.get(i);
			if (block.text().length() <= HeadlineFinder.MAX_HEADLINE && block.key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	private Copies longTexts() {
		if (this.longTexts == null) {
			this.longTexts = new Copies(texts(true));
		}
		return this.longTexts;
	}

	private Copies shortTexts() {
		if (this.shortTexts == null) {
			this.shortTexts = new Copies(texts(false));
		}
		return this.shortTexts;
	}

	// The page's texts of long blocks or of short ones, the others' null.
	private String[] texts(boolean longer) {
		String[] forms = new String[this.size];
		for (int i = 0; i < this.size; i++) {
			String text = this.page.get(i).text();
			forms[i] = (text.length() >= LONG == longer) ? text : null;
		}
		return forms;
	}

	/**
	 * The blocks of each form, in page order: the blocks grouped by form in one array, so
	 * a window is found by a binary search however many copies a form has. Only a form
	 * whose length another block's shares can stand twice, and only those are hashed: a
	 * string's hash reads all of it, and an article's long paragraphs are most of its
	 * page (hashing every long block cost the locator 3 %, HISTORY.md's `0f79408`); a
	 * form of a length of its own is found by its length.
	 */
	private static final class Copies {

		private final String[] forms;

		// per length, the one block of that length, or -1 when blocks share it
		private final Map<Integer, Integer> lengths = new HashMap<>();

		// per form of a shared length, its first block
		private final Map<String, Integer> first = new HashMap<>();

		// per block: the first block of its form (-1: the block has none)
		private final int[] group;

		// per first block: where its copies start in blocks, and how many there are
		private final int[] offset;

		private final int[] count;

		private final int[] blocks;

		Copies(String[] forms) {
			this.forms = forms;
			int size = forms.length;
			this.group = new int[size];
			this.offset = new int[size];
			this.count = new int[size];
			for (int i = 0; i < size; i++) {
				if (forms[i] != null) {
					this.lengths.merge(forms[i].length(), i, (one, other) -> -1);
				}
			}
			for (int i = 0; i < size; i++) {
				if (forms[i] == null) {
					this.group[i] = -1;
					continue;
				}
				int head = i;
				if (this.lengths.get(forms[i].length()) < 0) {
					Integer earlier = this.first.putIfAbsent(forms[i], i);
					head = (earlier != null) ? earlier : i;
				}
				this.group[i] = head;
				this.count[head]++;
			}
			int filled = 0;
			for (int i = 0; i < size; i++) {
				if (this.group[i] == i) {
					this.offset[i] = filled;
					filled += this.count[i];
				}
			}
			this.blocks = new int[filled];
			int[] next = this.offset.clone();
			for (int i = 0; i < size; i++) {
				if (this.group[i] >= 0) {
					this.blocks[next[this.group[i]]++] = i;
				}
			}
		}

		int copiesOf(int i) {
			return (this.group[i] >= 0) ? this.count[this.group[i]] : 0;
		}

		int count(String form) {
			int head = firstOf(form);
			return (head >= 0) ? this.count[head] : 0;
		}

		int indexOf(String form, int from, int to) {
			int head = firstOf(form);
			if (head < 0) {
				return -1;
			}
			int low = this.offset[head];
			int end = low + this.count[head];
			int high = end;
			// the first copy at or after from
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (this.blocks[middle] < from) {
					low = middle + 1;
				}
				else {
					high = middle;
				}
			}
			return (low < end && this.blocks[low] < to) ? this.blocks[low] : -1;
		}

		// The first block of the form, or -1.
		private int firstOf(String form) {
			Integer alone = this.lengths.get(form.length());
			if (alone == null) {
				return -1;
			}
			if (alone >= 0) {
				return this.forms[alone].equals(form) ? alone : -1;
			}
			Integer head = this.first.get(form);
			return (head != null) ? head : -1;
		}

	}

}
