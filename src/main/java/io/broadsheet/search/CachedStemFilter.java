package io.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Stems words with a Snowball stemmer as Lucene's {@code SnowballFilter} does,
 * remembering the stems of the words it has seen. Building the index of 100,000 articles
 * spent a quarter of its time in the stemmer, on a vocabulary in which a few thousand
 * words make up most of the text; the stem of a word is always the same, so the terms are
 * exactly those of {@code SnowballFilter}.
 * <p>
 * Only the analyzer that indexes uses it (one or two threads): each filter keeps a cache
 * of its own, and one per request thread would cost memory for no gain.
 */
final class CachedStemFilter extends TokenFilter {

	/**
	 * Words remembered per filter: the cache is emptied when it holds more, which bounds
	 * its memory (about 1.5 MB) and keeps the frequent words, which come back first.
	 */
	static final int MAX_CACHED = 16_384;

	private final SnowballStemmer stemmer;

	private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	CachedStemFilter(TokenStream input, String language) {
		super(input);
		this.stemmer = stemmerFor(language);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		char[] stem = this.stems.get(buffer, 0, length);
		if (stem == null) {
			this.stemmer.setCurrent(buffer, length);
			this.stemmer.stem();
			stem = Arrays.copyOf(this.stemmer.getCurrentBuffer(), this.stemmer.getCurrentBufferLength());
			if (this.stems.size() >= MAX_CACHED) {
				this.stems.clear();
			}
			this.stems.put(Arrays.copyOf(buffer, length), stem);
		}
		this.term.copyBuffer(stem, 0, stem.length);
		return true;
	}

	// As SnowballFilter finds its stemmer: by the language's name.
	private static SnowballStemmer stemmerFor(String language) {
		try {
			return Class.forName("org.tartarus.snowball.ext." + language + "Stemmer")
				.asSubclass(SnowballStemmer.class)
				.getConstructor()
				.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalArgumentException("No Snowball stemmer for " + language, ex);
		}
	}

}
