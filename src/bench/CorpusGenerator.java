import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic corpus of scraped-looking article files, deterministic from a seed,
 * for the benchmarks. Run with the JDK's source launcher, no build needed:
 *
 * <pre>
 * java src/bench/CorpusGenerator.java --count 10000 --seed 42 --out target/bench/corpus-10000
 * java src/bench/CorpusGenerator.java --count 10000 --seed 42 --vocabulary flat --out /tmp/flat-10000
 * </pre>
 *
 * It writes, under {@code --out}:
 * <ul>
 * <li>{@code corpus/*.txt}: the article files, named like real ones
 * ({@code 000042_1f0c...txt});</li>
 * <li>{@code db.json}: the same articles for json-server,
 * {@code {"articles":[{"id","title","author","authors","date","publisher","body"}]}}, with
 * the true metadata (what the generator put in, whether or not the text shows it);</li>
 * <li>{@code queries.env}: the shell variables the benchmark script needs (a mid-frequency
 * author, a month, a deep page, one article id);</li>
 * <li>{@code mixed-broadsheet.txt} and {@code mixed-json-server.txt}: the long-tail workload,
 * the same {@value #MIXED_URLS} requests for each server, one path a line, in equal shares: a
 * random author (uniform over every credited author, so mostly the tail) and one of its
 * pages, a random page of the whole list, a random article by id.</li>
 * <li>{@code search-broadsheet.txt}, {@code search-json-server.txt} and
 * {@code facets-broadsheet.txt}: the search workload, {@value #MIXED_URLS} queries drawn
 * at random as people type them (a content word, alone or within a year, two words, a
 * two-word phrase, two words with {@code OR}, a word with an author; the first pages), the
 * same queries for each server and for the facets.</li>
 * </ul>
 * About 80% of files use the plain layout that the current extractor understands (headline,
 * "By Name" line, ISO date line); the rest vary: two authors, a bio sentence at the end
 * instead of a byline, long-form and widget date lines, no headline, no date. Authors
 * follow a Zipf-like long tail of about N/50 names; dates spread over ten years; bodies
 * have 300 to 2,000 words (log-uniform, about 900 words or 5.5 KB on average).
 * <p>
 * Body words ({@code --vocabulary}): {@code zipf}, the default since gen55, draws them as
 * real text has them ({@link ZipfVocabulary}: a Zipf law over 100,000 words, a third of
 * the tokens function words, an article's words repeated within it); {@code flat}, the
 * draw of every corpus before, draws them from {@link #WORDS} alone, each content word as
 * likely, and writes those corpora again byte for byte. Both give an article the same
 * title, metadata, layout and token count.
 */
public class CorpusGenerator {

	static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

	static final int DAYS = 3653; // 2016-01-01 .. 2025-12-31

	static final String BENCH_MONTH = "2021-06";

	static final int PAGE_SIZE = 20;

	static final int MIXED_URLS = 30_000;

	static final String[] FIRST = { "Anna", "Tigran", "Emil", "Maria", "David", "Sofia", "James", "Elena", "Amin",
			"Laura", "Peter", "Nino", "Olga", "Samuel", "Irene", "Victor", "Hannah", "Lucas", "Mariam", "Paul", "Rosa",
			"Daniel", "Clara", "Armen", "Teresa", "Martin", "Alice", "George", "Nora", "Felix", "Julia", "Simon",
			"Lena", "Oscar", "Vera", "Arthur", "Grace", "Leon", "Eva", "Henry", "Marta", "Thomas", "Ruth", "Karl",
			"Diana", "Adam", "Ines", "Robert", "Sara", "Michael" };

	// A few accented names: slugs drop the accents.
	static final String[] FIRST_ACCENTED = { "José", "Zoë", "Jürgen", "Agnès", "Łukasz", "Søren" };

	static final String[] LAST = { "Grigoryan", "Avdaliani", "Bagheri", "Petrosyan", "Miller", "Kowalski", "Novak",
			"Schmidt", "Rossi", "Dubois", "Jansen", "Larsen", "Horvat", "Popescu", "Ivanova", "Meyer", "Fischer",
			"Costa", "Silva", "Moreau", "Weber", "Hoffmann", "Wagner", "Becker", "Kaya", "Demir", "Aliyev", "Mammadov",
			"Harutyunyan", "Sargsyan", "Kapanadze", "Beridze", "Tanaka", "Chen", "Kim", "Nguyen", "Okafor", "Mensah",
			"Haddad", "Nasser", "Berg", "Lindqvist", "Kovacs", "Szabo", "Varga", "Marino", "Greco", "Brown", "Walker",
			"Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts" };

	static final String[] LAST_ACCENTED = { "Müller", "Gonçalves", "Nuñez", "Åberg", "Dvořák", "Çelik" };

	static final String[] PUBLISHERS = { "News.Az", "Eurasia Review", "Center for European Policy Analysis",
			"The Diplomat", "Modern Diplomacy", "OC Media", "CivilNet", "Caucasus Watch", "Foreign Policy Research Institute",
			"The National Interest" };

	static final String[] INSTITUTES = { "the Center for Strategic Studies", "the Institute for Regional Security",
			"the European Policy Forum", "the Caucasus Research Centre", "the Atlantic Studies Institute",
			"the Foreign Policy Research Institute", "the International Studies Association" };

	static final String[] ROLES = { "a senior fellow at", "a research fellow at", "a non-resident fellow at",
			"the director of the foreign policy programme at", "an analyst at", "a professor of international relations at" };

	static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December" };

	static final String[] WORDS = ("the of and to in a is that for on as with by was at from it be this an are which "
			+ "has its not but have were or their been also more after will than between they over new two into "
			+ "policy region security government minister talks trade energy border peace agreement foreign "
			+ "relations economic military support power state states war crisis visit leaders country countries "
			+ "alliance strategy influence pressure dialogue reform growth market markets investment sanctions "
			+ "pipeline gas oil transit corridor election parliament opposition coalition president prime cabinet "
			+ "ministry officials diplomats envoy summit meeting statement press conference treaty union council "
			+ "partners partnership cooperation integration tension conflict ceasefire troops defence weapons "
			+ "arms deal deals exports imports budget inflation currency bank banks loans debt aid donors "
			+ "villages cities capital north south east west regional local national international global "
			+ "public private media reports analysts experts observers critics voters citizens community "
			+ "history future present decade years months weeks recent early late long short key major minor "
			+ "clear open closed strong weak rapid slow careful cautious bold modest significant limited broad "
			+ "shift change balance order stability risk risks cost costs gain gains loss losses goal goals "
			+ "plan plans path road route rail port ports network networks system systems role roles ties bloc")
		.split(" ");

	// The first entries of WORDS are short function words, most frequent first.
	static final int FUNCTION_WORDS = 40;

	// Mixed into an article's seed for its stream of zipf-drawn words.
	static final long WORDS_STREAM = 0x9E3779B97F4A7C15L;

	static final String[] JUNK_TOP = { "Share this article", "Print", "Click to share on Facebook (Opens in new window)",
			"Share on X", "Listen to this article", "Photo's source:; Reuters" };

	static final String[] JUNK_TAIL = { "Leave a reply", "Post a comment", "Print Friendly, PDF & Email",
			"Subscribe to our newsletter for the latest analysis.", "Explore our flagship event.",
			"Related articles", "Tags: Politics, Security, Region" };

	static final String[] TITLE_WORDS = { "Crisis", "Management", "Alliance", "Revival", "Shift", "Pivot", "Balance",
			"Power", "Corridor", "Ceasefire", "Talks", "Deal", "Energy", "Border", "Reform", "Election", "Security",
			"Strategy", "Influence", "Partnership", "Sanctions", "Transit", "Summit", "Dialogue", "Order" };

	static final String[] TITLE_PLACES = { "Armenia", "Georgia", "Azerbaijan", "Yerevan", "Tbilisi", "Baku",
			"Moscow", "Brussels", "Ankara", "Tehran", "the Caucasus", "the Black Sea", "Central Asia", "Europe" };

	public static void main(String[] args) throws IOException {
		Map<String, String> options = parse(args);
		int count = Integer.parseInt(options.getOrDefault("--count", "1000"));
		long seed = Long.parseLong(options.getOrDefault("--seed", "42"));
		Path out = Path.of(options.getOrDefault("--out", "target/bench/corpus-" + count));
		boolean flat = "flat".equals(options.getOrDefault("--vocabulary", "zipf"));
		if (count < 1) {
			throw new IllegalArgumentException("--count must be at least 1");
		}
		if (!Set.of("zipf", "flat").contains(options.getOrDefault("--vocabulary", "zipf"))) {
			throw new IllegalArgumentException("--vocabulary must be zipf or flat");
		}
		long started = System.nanoTime();
		new CorpusGenerator(count, seed, flat ? null : ZipfVocabulary.INSTANCE).write(out);
		System.out.printf(Locale.ROOT, "Wrote %d articles to %s in %.1f s%n", count, out,
				(System.nanoTime() - started) / 1e9);
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String name = args[i];
			if (!Set.of("--count", "--seed", "--out", "--vocabulary").contains(name) || i + 1 >= args.length) {
				System.err.println(
						"usage: java src/bench/CorpusGenerator.java --count N --seed S --out DIR [--vocabulary zipf|flat]");
				System.exit(2);
			}
			options.put(name, args[++i]);
		}
		return options;
	}

	private final int count;

	private final long seed;

	private final List<String> authors;

	private final double[] cumulative;

	// Null for the flat draw of the corpora before gen55.
	private final ZipfVocabulary vocabulary;

	CorpusGenerator(int count, long seed, ZipfVocabulary vocabulary) {
		this.count = count;
		this.seed = seed;
		this.vocabulary = vocabulary;
		this.authors = authorNames(Math.max(2, count / 50), new SplittableRandom(seed));
		// Zipf, exponent 1: the author of rank r is credited in proportion to 1/r.
		this.cumulative = new double[this.authors.size()];
		double sum = 0;
		for (int r = 0; r < this.cumulative.length; r++) {
			sum += 1.0 / (r + 1);
			this.cumulative[r] = sum;
		}
		for (int r = 0; r < this.cumulative.length; r++) {
			this.cumulative[r] /= sum;
		}
	}

	void write(Path out) throws IOException {
		Path corpus = out.resolve("corpus");
		if (Files.isDirectory(corpus)) {
			try (Stream<Path> old = Files.list(corpus)) {
				for (Path file : (Iterable<Path>) old::iterator) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(corpus);
		int[] credits = new int[this.authors.size()];
		String sampleId = null;
		String[] ids = new String[this.count];
		Path dbTmp = out.resolve("db.json.tmp");
		try (Writer db = new BufferedWriter(Files.newBufferedWriter(dbTmp, StandardCharsets.UTF_8), 1 << 20)) {
			db.write("{\"articles\":[\n");
			for (int i = 0; i < this.count; i++) {
				Generated article = generate(i);
				ids[i] = article.id;
				Files.writeString(corpus.resolve(article.id + ".txt"), article.text, StandardCharsets.UTF_8);
				for (int rank : article.authorRanks) {
					credits[rank]++;
				}
				if (i == this.count / 2) {
					sampleId = article.id;
				}
				if (i > 0) {
					db.write(",\n");
				}
				writeJson(db, article);
			}
			db.write("\n]}\n");
		}
		Files.move(dbTmp, out.resolve("db.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		// Mid-frequency: the author at the 10th percentile of ranks, skipping accented
		// names so that the query string is plain.
		int rank = Math.max(1, (int) Math.ceil(this.authors.size() * 0.1)) - 1;
		while (rank < this.authors.size() - 1 && !isAscii(this.authors.get(rank))) {
			rank++;
		}
		String author = this.authors.get(rank);
		int deepPage = (int) Math.floor(0.9 * this.count / PAGE_SIZE);
		String env = "# Written by CorpusGenerator --count " + this.count + " --seed " + this.seed
				+ ((this.vocabulary != null) ? " --vocabulary zipf" : "") + "\n"
				+ "BENCH_COUNT=" + this.count + "\n" + "BENCH_AUTHOR_NAME='" + author + "'\n" + "BENCH_AUTHOR_QUERY="
				+ URLEncoder.encode(author, StandardCharsets.UTF_8).replace("+", "%20") + "\n" + "BENCH_AUTHOR_SLUG="
				+ slug(author) + "\n" + "BENCH_AUTHOR_ARTICLES=" + credits[rank] + "\n" + "BENCH_AUTHORS="
				+ this.authors.size() + "\n" + "BENCH_MONTH=" + BENCH_MONTH + "\n" + "BENCH_DEEP_PAGE=" + deepPage
				+ "\n" + "BENCH_ARTICLE_ID=" + sampleId + "\n";
		Files.writeString(out.resolve("queries.env"), env, StandardCharsets.UTF_8);
		writeMixedUrls(out, ids, credits);
		writeSearchUrls(out, credits);
	}

	// Queries as people type them, drawn anew for each request: a word of the vocabulary
	// or a place, the same within a year, two words, a phrase or an alternative, a word
	// within an author's articles; mostly the first page. Frequent words repeat (the flat
	// draw has only 183 words to ask for), so the answer cache serves some of these; the
	// run without the cache shows what each costs. json-server's q is a substring scan of
	// every field: it gets the same words, a page of 20 (a phrase or an OR is a literal
	// substring to it, so those mostly find nothing there).
	private void writeSearchUrls(Path out, int[] credits) throws IOException {
		List<Integer> credited = new ArrayList<>();
		for (int rank = 0; rank < credits.length; rank++) {
			if (credits[rank] > 0) {
				credited.add(rank);
			}
		}
		SplittableRandom random = new SplittableRandom(this.seed * 57 + 11);
		StringBuilder broadsheet = new StringBuilder(MIXED_URLS * 40);
		StringBuilder facets = new StringBuilder(MIXED_URLS * 40);
		StringBuilder jsonServer = new StringBuilder(MIXED_URLS * 48);
		for (int i = 0; i < MIXED_URLS; i++) {
			String first = searchWord(random, this.vocabulary);
			String second = searchWord(random, this.vocabulary);
			String query = first;
			String author = null;
			String year = null;
			switch (i % 5) {
				case 0 -> {
				}
				case 1 -> year = String.valueOf(FIRST_DAY.getYear() + random.nextInt(DAYS / 365));
				case 2 -> query = first + " " + second;
				case 3 -> query = (!random.nextBoolean()) ? first + " OR " + second
						: "\"" + ((this.vocabulary != null) ? phrase(random) : first + " " + second) + "\"";
				default -> author = this.authors.get(credited.get(random.nextInt(credited.size())));
			}
			int page = (random.nextInt(4) == 0) ? 1 + random.nextInt(2) : 0;
			String q = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
			broadsheet.append("/articles?q=").append(q);
			facets.append("/articles/facets?q=").append(q);
			jsonServer.append("/articles?q=").append(q);
			if (author != null) {
				broadsheet.append("&author=").append(slug(author));
				facets.append("&author=").append(slug(author));
				jsonServer.append("&author=")
					.append(URLEncoder.encode(author, StandardCharsets.UTF_8).replace("+", "%20"));
			}
			if (year != null) {
				broadsheet.append("&date=").append(year);
				facets.append("&date=").append(year);
				jsonServer.append("&date_like=").append(year);
			}
			if (page > 0) {
				broadsheet.append("&page=").append(page);
			}
			jsonServer.append("&_page=").append(page + 1).append("&_limit=").append(PAGE_SIZE);
			broadsheet.append('\n');
			facets.append('\n');
			jsonServer.append('\n');
		}
		Files.writeString(out.resolve("search-broadsheet.txt"), broadsheet, StandardCharsets.UTF_8);
		Files.writeString(out.resolve("facets-broadsheet.txt"), facets, StandardCharsets.UTF_8);
		Files.writeString(out.resolve("search-json-server.txt"), jsonServer, StandardCharsets.UTF_8);
	}

	// A content word (not a function word), by the vocabulary's law or, flat, any of WORDS's
	// as likely; or a place's last word.
	private static String searchWord(SplittableRandom random, ZipfVocabulary vocabulary) {
		if (random.nextInt(5) == 0) {
			String place = TITLE_PLACES[random.nextInt(TITLE_PLACES.length)];
			return place.substring(place.lastIndexOf(' ') + 1);
		}
		return (vocabulary != null) ? vocabulary.contentWord(random)
				: WORDS[FUNCTION_WORDS + random.nextInt(WORDS.length - FUNCTION_WORDS)];
	}

	// A phrase as a reader types it: two consecutive words of an article's body, within a
	// sentence, at least one of them a content word, lower case.
	private String phrase(SplittableRandom random) {
		while (true) {
			String[] words = generate(random.nextInt(this.count)).body().split("[ \n]+");
			for (int tries = 0; tries < 20; tries++) {
				int at = random.nextInt(words.length - 1);
				if (words[at].endsWith(".")) {
					continue;
				}
				String first = words[at].toLowerCase(Locale.ROOT);
				String second = words[at + 1].toLowerCase(Locale.ROOT).replace(".", "");
				if (!this.vocabulary.isFunctionWord(first) || !this.vocabulary.isFunctionWord(second)) {
					return first + " " + second;
				}
			}
		}
	}

	// The long tail: every request is drawn anew, so an answer cache sees few repeats. Both
	// files hold the same requests in the same order, in each server's own syntax.
	private void writeMixedUrls(Path out, String[] ids, int[] credits) throws IOException {
		List<Integer> credited = new ArrayList<>();
		for (int rank = 0; rank < credits.length; rank++) {
			if (credits[rank] > 0) {
				credited.add(rank);
			}
		}
		int pages = (this.count + PAGE_SIZE - 1) / PAGE_SIZE;
		SplittableRandom random = new SplittableRandom(this.seed * 31 + 7);
		StringBuilder broadsheet = new StringBuilder(MIXED_URLS * 48);
		StringBuilder jsonServer = new StringBuilder(MIXED_URLS * 64);
		for (int i = 0; i < MIXED_URLS; i++) {
			switch (i % 3) {
				case 0 -> {
					int rank = credited.get(random.nextInt(credited.size()));
					String name = this.authors.get(rank);
					int page = random.nextInt((credits[rank] + PAGE_SIZE - 1) / PAGE_SIZE);
					broadsheet.append("/articles?author=").append(slug(name)).append("&page=").append(page);
					jsonServer.append("/articles?author=")
						.append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
						.append("&_page=")
						.append(page + 1)
						.append("&_limit=")
						.append(PAGE_SIZE);
				}
				case 1 -> {
					int page = random.nextInt(pages);
					broadsheet.append("/articles?page=").append(page);
					jsonServer.append("/articles?_page=").append(page + 1).append("&_limit=").append(PAGE_SIZE);
				}
				default -> {
					String id = ids[random.nextInt(ids.length)];
					broadsheet.append("/articles/").append(id);
					jsonServer.append("/articles/").append(id);
				}
			}
			broadsheet.append('\n');
			jsonServer.append('\n');
		}
		Files.writeString(out.resolve("mixed-broadsheet.txt"), broadsheet, StandardCharsets.UTF_8);
		Files.writeString(out.resolve("mixed-json-server.txt"), jsonServer, StandardCharsets.UTF_8);
	}

	record Generated(String id, String title, List<String> names, int[] authorRanks, LocalDate date, String publisher,
			String body, String text) {
	}

	// Each article draws from its own generator, so article i is the same whatever N.
	Generated generate(int index) {
		SplittableRandom random = new SplittableRandom(this.seed * 1_000_003L + index);
		String id = String.format(Locale.ROOT, "%06d_%016x", index, random.nextLong());
		String title = title(random);
		int first = zipf(random);
		LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
		String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
		// The zipf draw picks each word from a stream of its own, so that both draws give an
		// article the same title, metadata, layout and sentence lengths: only the words differ.
		ZipfVocabulary.Article words = (this.vocabulary != null)
				? this.vocabulary.article(new SplittableRandom((this.seed * 1_000_003L + index) ^ WORDS_STREAM)) : null;
		String body = body(random, words);
		// Layouts: 80% plain (headline, "By Name", ISO date); the rest vary.
		int layout = random.nextInt(100);
		int[] ranks;
		if (layout >= 80 && layout < 85) {
			int second = zipf(random);
			ranks = (second != first) ? new int[] { first, second } : new int[] { first };
		}
		else {
			ranks = new int[] { first };
		}
		List<String> names = new ArrayList<>();
		for (int rank : ranks) {
			names.add(this.authors.get(rank));
		}
		boolean undated = layout >= 96;
		StringBuilder text = new StringBuilder(body.length() + 600);
		boolean hasTitle = layout < 80 || layout % 3 != 0;
		if (hasTitle) {
			text.append(title).append("\n\n");
		}
		String iso = date.toString();
		if (layout < 80) {
			text.append("By ").append(names.get(0)).append("\n\n").append(iso).append("\n\n");
		}
		else if (layout < 85) {
			// Two authors: "By A and B".
			text.append("By ").append(String.join(" and ", names)).append("\n\n").append(iso).append("\n\n");
		}
		else if (layout < 90) {
			// Long-form date, bio at the end instead of a byline.
			text.append(MONTHS[date.getMonthValue() - 1])
				.append(' ')
				.append(date.getDayOfMonth())
				.append(", ")
				.append(date.getYear())
				.append("\n\n");
		}
		else if (layout < 94) {
			// Date widget left over from the page, no byline.
			text.append(" date ").append(iso).append(" + ↺ − 16 px\n\n");
		}
		else if (layout < 96) {
			text.append("By ").append(names.get(0)).append("\n").append("Published ").append(iso).append("\n\n");
		}
		else {
			// Undated: byline only.
			text.append("By ").append(names.get(0)).append("\n\n");
		}
		if (random.nextInt(4) == 0) {
			text.append(JUNK_TOP[random.nextInt(JUNK_TOP.length)]).append("\n\n");
		}
		text.append(body).append("\n\n");
		if (layout >= 85 && layout < 94) {
			text.append("About the author:\n\n")
				.append(names.get(0))
				.append(" is ")
				.append(ROLES[random.nextInt(ROLES.length)])
				.append(' ')
				.append(INSTITUTES[random.nextInt(INSTITUTES.length)])
				.append(".\n\n");
		}
		int junk = random.nextInt(3);
		for (int j = 0; j < junk; j++) {
			text.append(JUNK_TAIL[random.nextInt(JUNK_TAIL.length)]).append("\n");
		}
		if (random.nextInt(3) == 0) {
			text.append('\n').append(publisher);
		}
		return new Generated(id, hasTitle ? title : null, names, ranks, undated ? null : date, publisher, body,
				text.toString());
	}

	private static String title(SplittableRandom random) {
		String a = TITLE_WORDS[random.nextInt(TITLE_WORDS.length)];
		String b = TITLE_WORDS[random.nextInt(TITLE_WORDS.length)];
		String place = TITLE_PLACES[random.nextInt(TITLE_PLACES.length)];
		return switch (random.nextInt(4)) {
			case 0 -> place + "’s " + a + ": " + b + " Without Illusions";
			case 1 -> a + " and " + b + " in " + place;
			case 2 -> "Why " + place + " Needs a New " + a;
			default -> "The " + a + " of " + place + " After the " + b;
		};
	}

	// 300 to 2,000 words, log-uniform; paragraphs of 40 to 150 words. With no words of an
	// article's own (the flat draw), four words in ten are one of the 40 function words and
	// the rest any word of WORDS, each as likely.
	private static String body(SplittableRandom random, ZipfVocabulary.Article drawn) {
		int words = (int) Math.round(300 * Math.exp(random.nextDouble() * Math.log(2000.0 / 300)));
		StringBuilder body = new StringBuilder(words * 7);
		int left = words;
		while (left > 0) {
			int paragraph = Math.min(left, 40 + random.nextInt(111));
			if (left - paragraph < 20) {
				paragraph = left;
			}
			if (body.length() > 0) {
				body.append("\n\n");
			}
			int inSentence = 0;
			int sentenceLength = 8 + random.nextInt(18);
			for (int w = 0; w < paragraph; w++) {
				// The flat draw is made in either case, to keep the article's other draws the same.
				String flat = (random.nextInt(10) < 4) ? WORDS[random.nextInt(FUNCTION_WORDS)]
						: WORDS[random.nextInt(WORDS.length)];
				String word = (drawn != null) ? drawn.next() : flat;
				if (inSentence == 0) {
					body.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
				}
				else {
					body.append(' ').append(word);
				}
				inSentence++;
				if (inSentence == sentenceLength || w == paragraph - 1) {
					body.append('.');
					if (w < paragraph - 1) {
						body.append(' ');
					}
					inSentence = 0;
					sentenceLength = 8 + random.nextInt(18);
				}
			}
			left -= paragraph;
		}
		return body.toString();
	}

	private int zipf(SplittableRandom random) {
		return rank(this.cumulative, random.nextDouble());
	}

	// The first rank whose cumulative share reaches the uniform draw.
	static int rank(double[] cumulative, double uniform) {
		int index = Arrays.binarySearch(cumulative, uniform);
		return Math.min(cumulative.length - 1, (index >= 0) ? index : -index - 1);
	}

	/**
	 * The words of a body as real text has them (gen55): one Zipf law, exponent
	 * {@value #EXPONENT}, over {@value #SIZE} words ranked by frequency. The 40 function
	 * words of {@link CorpusGenerator#WORDS} come first, in their order (about a third of
	 * the tokens, as in real English); the list's 169 content words are spread over the
	 * first 4,400 content ranks, every {@value #REAL_WORD_SPACING}th (over eval-web/dev's
	 * pages they have a median rank of about 2,155); generated pseudo-words fill the rest.
	 * Real text is also bursty: a word an article uses, it uses again, so fewer articles
	 * hold a frequent word than independent draws would give it. So the content ranks are
	 * dealt into {@value #THEMES} themes, an article takes two of them, and a share
	 * {@value #THEME_SHARE} of its content words are drawn again by the same law within its
	 * themes: each word keeps its share of all tokens, and its document frequency falls
	 * towards real text's (gen55's entry in HISTORY.md has the figures).
	 */
	static final class ZipfVocabulary {

		static final double EXPONENT = 1.0;

		// About the distinct words of the 10k corpus's 9.35 million tokens by Heaps' law
		// (K = 44, beta = 0.49, which agrees with eval-web/dev's bodies at their size).
		static final int SIZE = 100_000;

		static final int REAL_WORD_SPACING = 26;

		static final int THEMES = 16;

		static final double THEME_SHARE = 0.5;

		// The vocabulary is the same whatever the corpus's seed.
		private static final long VOCABULARY_SEED = 55;

		// No e and no y, and the last vowel a, o or u: no English suffix ends so, so the
		// Snowball stemmer leaves a pseudo-word as it is and never merges two.
		private static final String CONSONANTS = "bdfgklmnprstvz";

		private static final String VOWELS = "aiou";

		private static final String LAST_VOWELS = "aou";

		static final ZipfVocabulary INSTANCE = new ZipfVocabulary();

		/** Every word, by rank: the most frequent first. */
		final String[] words;

		private final Set<String> functionWords = Set.of(Arrays.copyOf(WORDS, FUNCTION_WORDS));

		private final double[] cumulative;

		private final int[][] themeRanks;

		private final double[][] themeCumulative;

		private ZipfVocabulary() {
			this.words = words();
			double[] weights = new double[SIZE];
			for (int rank = 0; rank < SIZE; rank++) {
				weights[rank] = Math.pow(rank + 1, -EXPONENT);
			}
			this.cumulative = cumulative(weights);
			int content = SIZE - FUNCTION_WORDS;
			this.themeRanks = new int[THEMES][];
			this.themeCumulative = new double[THEMES][];
			for (int theme = 0; theme < THEMES; theme++) {
				int size = (content - theme + THEMES - 1) / THEMES;
				this.themeRanks[theme] = new int[size];
				double[] themeWeights = new double[size];
				for (int i = 0; i < size; i++) {
					int rank = FUNCTION_WORDS + theme + i * THEMES;
					this.themeRanks[theme][i] = rank;
					themeWeights[i] = weights[rank];
				}
				this.themeCumulative[theme] = cumulative(themeWeights);
			}
		}

		private static double[] cumulative(double[] weights) {
			double[] cumulative = new double[weights.length];
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				sum += weights[i];
				cumulative[i] = sum;
			}
			for (int i = 0; i < weights.length; i++) {
				cumulative[i] /= sum;
			}
			return cumulative;
		}

		private static String[] words() {
			String[] words = new String[SIZE];
			Set<String> taken = new HashSet<>();
			for (String word : WORDS) {
				taken.add(word);
			}
			for (String[] names : List.of(FIRST, LAST, TITLE_WORDS, TITLE_PLACES, MONTHS)) {
				for (String name : names) {
					for (String part : name.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
						taken.add(part);
					}
				}
			}
			System.arraycopy(WORDS, 0, words, 0, FUNCTION_WORDS);
			for (int i = FUNCTION_WORDS; i < WORDS.length; i++) {
				words[FUNCTION_WORDS + (i - FUNCTION_WORDS) * REAL_WORD_SPACING] = WORDS[i];
			}
			SplittableRandom random = new SplittableRandom(VOCABULARY_SEED);
			for (int rank = FUNCTION_WORDS; rank < SIZE; rank++) {
				if (words[rank] != null) {
					continue;
				}
				// Frequent words are short: two syllables in the first thousand, three to
				// the ten thousandth, then three or four.
				int content = rank - FUNCTION_WORDS;
				int syllables = (content < 1_000) ? 2 : (content < 10_000) ? 3 : 3 + random.nextInt(2);
				String word;
				do {
					word = pseudoWord(random, syllables);
				}
				while (!taken.add(word));
				words[rank] = word;
			}
			return words;
		}

		private static String pseudoWord(SplittableRandom random, int syllables) {
			StringBuilder word = new StringBuilder(2 * syllables);
			for (int i = 0; i < syllables; i++) {
				String vowels = (i == syllables - 1) ? LAST_VOWELS : VOWELS;
				word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())))
					.append(vowels.charAt(random.nextInt(vowels.length())));
			}
			return word.toString();
		}

		boolean isFunctionWord(String word) {
			return this.functionWords.contains(word);
		}

		/** A content word (no function word) by the law, as a search draws one. */
		String contentWord(SplittableRandom random) {
			double functionShare = this.cumulative[FUNCTION_WORDS - 1];
			return this.words[rank(this.cumulative, functionShare + random.nextDouble() * (1 - functionShare))];
		}

		/** An article's words, drawn from its own stream, with its themes. */
		Article article(SplittableRandom random) {
			int first = random.nextInt(THEMES);
			int second = (first + 1 + random.nextInt(THEMES - 1)) % THEMES;
			return new Article(random, new int[] { first, second });
		}

		final class Article {

			private final SplittableRandom random;

			private final int[] themes;

			private Article(SplittableRandom random, int[] themes) {
				this.random = random;
				this.themes = themes;
			}

			String next() {
				int rank = rank(ZipfVocabulary.this.cumulative, this.random.nextDouble());
				if (rank >= FUNCTION_WORDS && this.random.nextDouble() < THEME_SHARE) {
					int theme = this.themes[this.random.nextInt(this.themes.length)];
					rank = ZipfVocabulary.this.themeRanks[theme][rank(ZipfVocabulary.this.themeCumulative[theme],
							this.random.nextDouble())];
				}
				return ZipfVocabulary.this.words[rank];
			}

		}

	}

	private static List<String> authorNames(int count, SplittableRandom random) {
		Set<String> names = new HashSet<>();
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < count) {
			boolean accented = random.nextInt(40) == 0;
			String first = accented && random.nextBoolean() ? FIRST_ACCENTED[random.nextInt(FIRST_ACCENTED.length)]
					: FIRST[random.nextInt(FIRST.length)];
			String last = accented ? LAST_ACCENTED[random.nextInt(LAST_ACCENTED.length)]
					: LAST[random.nextInt(LAST.length)];
			String name = first + " " + last;
			if (names.size() >= FIRST.length * LAST.length / 2) {
				// Past half the combinations, add a middle initial to keep names unique.
				name = first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
			}
			if (names.add(slug(name))) {
				ordered.add(name);
			}
		}
		return ordered;
	}

	static boolean isAscii(String text) {
		return text.chars().allMatch((c) -> c < 128);
	}

	// As Broadsheet's author ids (AuthorSlug) for the names generated here: accents dropped,
	// lower case, runs of other characters one dash.
	static String slug(String name) {
		String letters = name.replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o");
		String ascii = java.text.Normalizer.normalize(letters, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		return slug.replaceAll("^-+|-+$", "");
	}

	private static void writeJson(Writer out, Generated article) throws IOException {
		out.write("{\"id\":");
		string(out, article.id);
		out.write(",\"title\":");
		string(out, article.title);
		out.write(",\"author\":");
		string(out, article.names.get(0));
		out.write(",\"authors\":[");
		for (int i = 0; i < article.names.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			string(out, article.names.get(i));
		}
		out.write("],\"date\":");
		string(out, (article.date != null) ? article.date.format(DateTimeFormatter.ISO_LOCAL_DATE) : null);
		out.write(",\"publisher\":");
		string(out, article.publisher);
		out.write(",\"body\":");
		string(out, article.body);
		out.write('}');
	}

	private static void string(Writer out, String value) throws IOException {
		if (value == null) {
			out.write("null");
			return;
		}
		out.write('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.write("\\\"");
				case '\\' -> out.write("\\\\");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				case '\t' -> out.write("\\t");
				default -> {
					if (c < 0x20) {
						out.write(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.write(c);
					}
				}
			}
		}
		out.write('"');
	}

}
