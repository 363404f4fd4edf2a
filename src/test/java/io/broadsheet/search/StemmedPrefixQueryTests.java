package io.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prefix query finds, and scores, exactly the articles that a prefix query over an
 * unstemmed copy of every word found (schema 5): an article matches when a word of its
 * title or body, lower-cased and folded, begins with the prefix. The body's copy now
 * holds only the words the stemmer changed, and the rest is read from the stems.
 */
class StemmedPrefixQueryTests {

	// Words of every shape: left alone by the stemmer (talks in German, Lavrov), stemmed
	// to a beginning of theirs (negotiations, negoti), to something else (happy, happi;
	// taking, take; naar, nar), with and without a word of the same stem beside them;
	// possessives, accents, apostrophes, and articles of unknown language.
	private static final List<IndexedArticle> ARTICLES = List.of(
			article("happy", "en", "A quiet week", "They were happy with the talks. Nothing else."),
			article("happiness", "en", null, "Happiness, said the minister, is a distant goal."),
			article("happy-and-happiness", "en", "Happy days", "Happy people seek happiness."),
			article("taking", "en", "Talks", "Taking part was easy; hoping was harder."),
			article("take", "en", "Take two", "They take part. Hope remains."),
			article("takes-and-taking", "en", "Takes", "She takes what taking gives."),
			article("negotiable", "en", "Prices", "The price is negotiable, said Lavrov’s aide."),
			article("negotiations", "en", "Negotiations", "Negotiations resumed; the negotiators met."),
			article("ministers", "en", "Ministers'", "The ministers' meeting in the U.S.-led talks ended."),
			article("energy", "en", "Energy policy", "Energy, policies and the country's military."),
			article("fr", "fr", "Expérience", "L'expérience des présidences nombreuses et chanceuses."),
			article("fr-2", "fr", "Hôpitaux", "Les hôpitaux internationaux, une expérience."),
			article("de", "de", "Verhandlungen", "Die Verhandlungen dauerten Wochen in Genf; Müller sprach."),
			article("es", "es", "Experiencia", "La experiencia y la emergencia de las transferencias."),
			article("it", "it", "Emergenza", "Sull'urgenza dell'assistenza e della presidenza."),
			article("nl", "nl", "Naar huis", "Naar het grote huis, geen tweede teamgenoot voor haar."),
			article("id", "id", "Perkembangan", "Melahirkan perkembangan berbagai kemarahan yang bergerak."),
			article("ru", "ru", "Переговоры", "Переговоры продолжились; переговорами занялись министры."),
			article("und", null, "Unknown", "Their negotiations stalled; happy Lavrov's café."),
			article("untitled", "en", null, "Cafe café CAFÉ Zürich zurich's happier hoped"));

	private static final Map<String, List<String>> ANALYSED = new java.util.concurrent.ConcurrentHashMap<>();

	private static final Set<String> ANALYSES = new TreeSet<>(
			List.of("en", "fr", "de", "es", "it", "nl", "id", "ru", SearchAnalyzer.NEUTRAL));

	@ParameterizedTest(name = "a segment each: {0}")
	@ValueSource(booleans = { true, false })
	void findsAndScoresWhatACopyOfEveryWordFound(boolean segmentEach) throws IOException {
		List<String> prefixes = prefixesOfEveryWord(ARTICLES);
		prefixes.addAll(List.of("negotiat", "negoti", "negotiable", "happi", "happy", "take", "takin", "hope", "hopi",
				"nar", "naar", "grot", "groot", "experient", "experienc", "lahir", "melahir", "zz", "qu", "lavrov's",
				"lavrov’s", "ministers'", "U.S", "CAFÉ", "Zür", "переговор", "ПЕРЕГ"));
		assertThat(prefixes).hasSizeGreaterThan(500);
		try (ByteBuffersDirectory directory = PageHighlighterTests.index(ARTICLES, segmentEach, false);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			LuceneQueries queries = new LuceneQueries(new SearchAnalyzer());
			int matched = 0;
			for (String prefix : prefixes) {
				Query query = queries.text(TextQuery.parse(prefix + "*"), ANALYSES);
				Map<String, Float> found = new TreeMap<>();
				for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
					found.put(searcher.storedFields().document(hit.doc).get(ArticleDocuments.ID), hit.score);
				}
				assertThat(found).as(prefix).isEqualTo(expected(prefix));
				matched += found.size();
			}
			assertThat(matched).isGreaterThan(900);
		}
	}

	@Test
	void aBodysCopyHoldsTheWordsTheStemmerChangedAndItsStemsApartThoseThatBeginNoneOfTheirWords() throws IOException {
		try (ByteBuffersDirectory directory = PageHighlighterTests.index(ARTICLES, false, false);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			// "take" only from "taking": apart; from "takes" beside it, not.
			assertThat(terms(reader, "body.en.apart")).contains("happi", "take", "hope", "energi")
				.doesNotContain("negoti", "talk", "happy", "taking");
			assertThat(terms(reader, "body.en.plain"))
				.contains("happy", "taking", "takes", "negotiations", "negotiable", "lavrov's", "ministers")
				.doesNotContain("the", "talk", "take", "lavrov", "week");
			assertThat(terms(reader, "body.nl.apart")).contains("nar", "gen");
		}
	}

	// Asked of the index, whose copy holds only the changed words: an article found
	// through a word the stemmer left alone ("goal", "Hope") matches, with no words to
	// show; one through a changed word ("hoped", "happy") with the copy's; one whose
	// stem begins none of its words ("hope" of "hoping" alone) does not.
	@ParameterizedTest(name = "a segment each: {0}")
	@ValueSource(booleans = { true, false })
	void matchesOfTheIndexAreTheArticlesFound(boolean segmentEach) throws IOException {
		try (ByteBuffersDirectory directory = PageHighlighterTests.index(ARTICLES, segmentEach, false);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			assertThat(matched(searcher, "goa")).containsOnlyKeys("happiness").containsEntry("happiness", Set.of());
			assertThat(matched(searcher, "hope")).containsOnlyKeys("take", "untitled")
				.containsEntry("take", Set.of())
				.containsEntry("untitled", Set.of("body.en.plain"));
			assertThat(matched(searcher, "happ")).containsKeys("happy", "happiness", "happy-and-happiness")
				.containsEntry("happy", Set.of("body.en.plain"));
			assertThat(matched(searcher, "zz")).isEmpty();
			int matched = 0;
			for (String prefix : prefixesOfEveryWord(ARTICLES)) {
				Map<String, Set<String>> matches = matched(searcher, prefix);
				StemmedPrefixQuery query = bodyPrefix(prefix);
				Set<String> found = new TreeSet<>();
				for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
					found.add(searcher.storedFields().document(hit.doc).get(ArticleDocuments.ID));
				}
				assertThat(matches.keySet()).as(prefix).isEqualTo(found);
				matched += found.size();
			}
			assertThat(matched).isGreaterThan(300);
		}
	}

	// The articles the English body's prefix query matches, by id, with the fields of
	// their matches.
	private static Map<String, Set<String>> matched(IndexSearcher searcher, String prefix) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(bodyPrefix(prefix)), ScoreMode.COMPLETE_NO_SCORES, 1f);
		Map<String, Set<String>> matched = new TreeMap<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
				Matches matches = weight.matches(leaf, doc);
				if (matches != null) {
					Set<String> fields = new TreeSet<>();
					matches.forEach(fields::add);
					matched.put(leaf.reader().storedFields().document(doc).get(ArticleDocuments.ID), fields);
				}
			}
		}
		return matched;
	}

	private static StemmedPrefixQuery bodyPrefix(String prefix) {
		return new StemmedPrefixQuery("body.en", "body.en" + SearchAnalyzer.UNSTEMMED,
				"body.en" + SearchAnalyzer.STEMS_APART, new BytesRef(prefix.toLowerCase(Locale.ROOT)));
	}

	// Languages whose stemmer rewrites nearly every word (Serbian to Latin, Greek,
	// Arabic), elisions, Turkish dotted capitals, digits, hyphens, apostrophes, scripts
	// the tokenizer cuts without spaces, and words that are a stem of another word of
	// the article while changed themselves.
	private static final List<IndexedArticle> ADVERSARIAL = List.of(
			article("sr-cyrl", "sr", "Преговори", "Преговори су настављени; министри преговарају у Београду."),
			article("sr-latn", "sr", "Pregovori", "Pregovori su nastavljeni, ministri pregovaraju u Beogradu."),
			article("el", "el", "Διαπραγματεύσεις", "Οι διαπραγματεύσεις συνεχίστηκαν· ΥΠΟΥΡΓΟΙ και υπουργός."),
			article("ar", "ar", "المفاوضات", "استؤنفت المفاوضات والمفاوض في القاهرة، والكتاب كتب."),
			article("tr", "tr", "İstanbul", "İSTANBUL'da müzakereler sürdü; Istanbul ve ıspanak."),
			article("fi", "fi", "Neuvottelut", "Neuvottelut jatkuivat, neuvotteluissa oli taukoja."),
			article("hu", "hu", "Tárgyalások", "A tárgyalások folytatódtak Budapesten."),
			article("hi", "hi", "वार्ता", "वार्ता जारी रही, मंत्रियों ने बातचीत की।"),
			article("ca", "ca", "L'home", "L'home i l'obra de d'Alembert, amb l'experiència."),
			article("ga", "ga", "An tAthair", "Tá an t-athair ag caint le n-athair agus bhí mná ann."),
			article("pt", "pt", "Negociações", "As negociações continuaram; negociação é difícil."),
			article("sv", "sv", "Förhandlingar", "Förhandlingarna fortsatte i Stockholm."),
			article("de-2", "de", "Straße", "Die STRASSE und die Straße; Mädchen, Maedchen, Œuvre, Æble."),
			article("en-digits", "en", "COVID-19", "COVID-19 cases in the 2020s; mp3s, 3D, 4x4s, F-16s and B2B."),
			article("en-apostrophes", "en", "Rock'n'roll", "O'Neill's rock'n'roll; don't, can't, ’tis, James’ car."),
			article("en-hyphens", "en", "Well-known", "A well-known, state-of-the-art, long-running e-mail."),
			article("en-stem-of-another", "en", null,
					"Generally general generals; generate generation; universe universal university."),
			article("en-changed-stem", "en", null, "Happi happiness; taking take; hope hoping; dies die dying."),
			article("en-only-apart", "en", null, "Dying, lying and tying, flies and skies."),
			article("cjk", "en", "日本語", "日本語のテキスト、中文文本、한국어 텍스트, ภาษาไทย และ ລາວ."),
			article("ru-2", "ru", null, "Переговорщики ЁЛКА ёлка ЕЛКА; Москва."),
			article("und-2", null, "Verhandlungen", "Verhandlungen mit Müller; negotiations happily."));

	@ParameterizedTest(name = "a segment each: {0}")
	@ValueSource(booleans = { true, false })
	void findsWhatACopyOfEveryWordFoundInLanguagesWhoseStemmerRewritesMostWordsAndInEveryShapeOfToken(
			boolean segmentEach) throws IOException {
		List<IndexedArticle> articles = new ArrayList<>(ADVERSARIAL);
		articles.addAll(ARTICLES);
		List<String> prefixes = prefixesOfEveryWord(articles);
		prefixes.addAll(List.of("istanbul", "İSTANBUL", "ıs", "strass", "STRASSE", "straß", "maed", "oeuv", "aeb",
				"covid-1", "2020", "f-16", "o'neill", "o’neill", "rock'n", "don'", "'tis", "james'", "well-k",
				"state-of", "e-m", "日本", "日", "텍스", "ภาษา", "ёлк", "елк", "general", "generat", "univers", "happi",
				"die", "dyin", "dy", "li", "fli", "ski", "pregovor", "преговор", "διαπραγματ", "υπουργ", "مفاوض",
				"المفاوض", "l'ho", "d'alemb", "t-ath", "n-ath", "tath", "negocia", "förhandl", "forhandl", "वार्"));
		assertThat(assertSameAsACopyOfEveryWord(articles, prefixes, segmentEach)).isGreaterThan(2 * prefixes.size());
	}

	@Test
	void findsWhatACopyOfEveryWordFoundInArticlesOfRandomWordsOfOtherArticles() throws IOException {
		List<IndexedArticle> shapes = new ArrayList<>(ADVERSARIAL);
		shapes.addAll(ARTICLES);
		java.util.Random random = new java.util.Random(56);
		List<IndexedArticle> articles = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			IndexedArticle language = shapes.get(random.nextInt(shapes.size()));
			StringBuilder body = new StringBuilder();
			for (int w = 1 + random.nextInt(8); w > 0; w--) {
				IndexedArticle from = shapes.get(random.nextInt(shapes.size()));
				String[] words = from.body().split("[\\s,.;:!?]+");
				body.append(words[random.nextInt(words.length)]).append(' ');
			}
			articles.add(article("random-" + i, language.language(), null, body.toString()));
		}
		List<String> prefixes = prefixesOfEveryWord(articles);
		assertThat(assertSameAsACopyOfEveryWord(articles, prefixes, false)).isGreaterThan(2 * prefixes.size());
	}

	@Test
	void findsWhatACopyOfEveryWordFoundAfterArticlesWereUpdatedAndDeleted() throws IOException {
		List<IndexedArticle> articles = new ArrayList<>(ARTICLES);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory,
					new IndexWriterConfig(new SearchAnalyzer(true)).setCodec(new SnippetSourceCodec())
						.setMergePolicy(NoMergePolicy.INSTANCE))) {
				for (IndexedArticle article : ARTICLES) {
					writer.addDocument(ArticleDocuments.toDocument(article));
				}
				writer.commit();
				// "take" was apart in "taking" and is now a word of it; "happy" loses its
				// words; "negotiations" goes.
				replace(writer, articles, article("taking", "en", "Talks", "They take part, hoping."));
				replace(writer, articles, article("happy", "en", "A quiet week", "Nothing else was said."));
				writer.deleteDocuments(new org.apache.lucene.index.Term(ArticleDocuments.ID, "negotiations"));
				articles.removeIf((article) -> article.id().equals("negotiations"));
				replace(writer, articles, article("take", "en", "Take two", "Taking part. Hoping remains."));
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.numDeletedDocs()).isGreaterThan(0);
				assertThat(assertSameAsACopyOfEveryWord(reader, articles, prefixesOfEveryWord(ARTICLES)))
					.isGreaterThan(1000);
			}
		}
	}

	@Test
	void findsWhatACopyOfEveryWordFoundWhenTheStemCacheIsEmptiedWithinAnArticle() throws IOException {
		StringBuilder many = new StringBuilder("Taking happy hoping ");
		for (int i = 0; i < CachedStemFilter.MAX_CACHED + 100; i++) {
			many.append("zq").append(Integer.toString(i, 26).replace('0', 'x')).append(' ');
		}
		many.append("taking happier hoped lying");
		List<IndexedArticle> articles = List.of(article("many", "en", null, many.toString()),
				article("takes", "en", null, "She takes it, lies and hopes."), article("taking", "en", null, "taking"));
		assertThat(assertSameAsACopyOfEveryWord(articles, List.of("tak", "take", "taki", "happ", "happi", "happy",
				"happie", "hop", "hope", "hopi", "ly", "lie", "lyi", "zqx", "zq1"), false))
			.isGreaterThan(30);
	}

	private static void replace(IndexWriter writer, List<IndexedArticle> articles, IndexedArticle article)
			throws IOException {
		writer.updateDocument(new org.apache.lucene.index.Term(ArticleDocuments.ID, article.id()),
				ArticleDocuments.toDocument(article));
		articles.removeIf((held) -> held.id().equals(article.id()));
		articles.add(article);
	}

	private static int assertSameAsACopyOfEveryWord(List<IndexedArticle> articles, List<String> prefixes,
			boolean segmentEach) throws IOException {
		try (ByteBuffersDirectory directory = PageHighlighterTests.index(articles, segmentEach, false);
				DirectoryReader reader = DirectoryReader.open(directory)) {
			return assertSameAsACopyOfEveryWord(reader, articles, prefixes);
		}
	}

	// The hits, their scores and each article's explanation, with the query cache on
	// (each prefix asked twice); how many hits in all.
	private static int assertSameAsACopyOfEveryWord(DirectoryReader reader, List<IndexedArticle> articles,
			List<String> prefixes) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(
				new org.apache.lucene.search.LRUQueryCache(1000, 1 << 20, (leaf) -> true, Float.POSITIVE_INFINITY));
		searcher.setQueryCachingPolicy(new org.apache.lucene.search.QueryCachingPolicy() {

			@Override
			public void onUse(Query query) {
			}

			@Override
			public boolean shouldCache(Query query) {
				return true;
			}

		});
		LuceneQueries queries = new LuceneQueries(new SearchAnalyzer());
		Set<String> analyses = new TreeSet<>();
		articles.forEach((article) -> analyses.add(SearchAnalyzer.analysisOf(article.language())));
		List<String> failures = new ArrayList<>();
		int matched = 0;
		for (String prefix : prefixes) {
			Query query;
			try {
				query = queries.text(TextQuery.parse(prefix + "*"), analyses);
			}
			catch (QuerySyntaxException ex) {
				continue;
			}
			Map<String, Float> expected = expected(articles, prefix);
			for (int round = 0; round < 2; round++) {
				Map<String, Float> found = new TreeMap<>();
				for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
					found.put(searcher.storedFields().document(hit.doc).get(ArticleDocuments.ID), hit.score);
					if (!searcher.explain(query, hit.doc).isMatch()) {
						failures.add(prefix + ": no explained match");
					}
				}
				if (!found.equals(expected)) {
					failures.add(prefix + " -> " + query + ": " + found + " expected " + expected);
				}
				matched += found.size();
			}
		}
		assertThat(failures).isEmpty();
		return matched;
	}

	private static Set<String> terms(DirectoryReader reader, String field) throws IOException {
		Set<String> terms = new TreeSet<>();
		Terms all = MultiTerms.getTerms(reader, field);
		if (all != null) {
			TermsEnum each = all.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				terms.add(term.utf8ToString());
			}
		}
		return terms;
	}

	// As schema 5 answered: a prefix query over the title's and the body's words,
	// lower-cased and folded (the terms of their unstemmed copies; of the fields
	// themselves where the language has no stemmer), 3 for the title and 1 for the body.
	private static Map<String, Float> expected(String prefix) throws IOException {
		return expected(ARTICLES, prefix);
	}

	private static Map<String, Float> expected(List<IndexedArticle> articles, String prefix) throws IOException {
		SearchAnalyzer searching = new SearchAnalyzer();
		String folded = searching.normalize("body.en", prefix).utf8ToString();
		Map<String, Float> expected = new TreeMap<>();
		for (IndexedArticle article : articles) {
			String analysis = SearchAnalyzer.analysisOf(article.language());
			String copy = SearchAnalyzer.stems(analysis) ? SearchAnalyzer.UNSTEMMED : "";
			float score = 0;
			if (article.title() != null
					&& anyBegins(words(searching, SearchAnalyzer.TITLE + analysis + copy, article.title()), folded)) {
				score += LuceneQueries.TITLE_BOOST;
			}
			if (anyBegins(words(searching, SearchAnalyzer.BODY + analysis + copy, article.body()), folded)) {
				score += 1;
			}
			if (score > 0) {
				expected.put(article.id(), score);
			}
		}
		return expected;
	}

	// A text's words in a field, analysed once for every prefix asked.
	private static List<String> words(SearchAnalyzer analyzer, String field, String text) throws IOException {
		String key = field + '\u0000' + text;
		List<String> words = ANALYSED.get(key);
		if (words == null) {
			words = AnalyzedTerms.of(analyzer, field, text);
			ANALYSED.put(key, words);
		}
		return words;
	}

	private static boolean anyBegins(List<String> words, String prefix) {
		return words.stream().anyMatch((word) -> word.startsWith(prefix));
	}

	// Every beginning of two characters or more of every word, as typed.
	private static List<String> prefixesOfEveryWord(List<IndexedArticle> articles) {
		Set<String> prefixes = new TreeSet<>();
		for (IndexedArticle article : articles) {
			String text = ((article.title() != null) ? article.title() + " " : "") + article.body();
			for (String word : text.split("[\\s,.;:!?\"„“]+")) {
				for (int end = TextQueryParser.MIN_PREFIX_LENGTH; end <= word.length(); end++) {
					String prefix = word.substring(0, end);
					// As the parser takes a word: not an exclusion.
					if (prefix.codePoints().anyMatch(Character::isLetterOrDigit) && !prefix.startsWith("-")) {
						prefixes.add(prefix);
					}
				}
			}
		}
		return new ArrayList<>(prefixes);
	}

	private static IndexedArticle article(String id, String language, String title, String body) {
		return new IndexedArticle(id, "hash-" + id, title, body, List.of(), LocalDate.of(2025, 1, 1), null, language);
	}

}
