package io.broadsheet.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.broadsheet.article.ArticleQuery;
import io.broadsheet.system.InvalidParameterException;
import io.broadsheet.system.PageQuery;

/**
 * What a reader asked the home page for, as it appears in the address bar: every state of
 * the page is a URL a person can bookmark and share. Pages count from 1 here, as people
 * count; the API counts from 0.
 *
 * @param q the words to search for, {@code null} when none
 * @param author author ids or names; several mean any of them
 * @param date a year, month or day of publication
 * @param publisher a publisher name
 * @param language an ISO 639-1 language code
 * @param sort {@code newest}, {@code oldest}, {@code title}, or with words to search for
 * {@code relevance} (their default)
 * @param page the 1-based page number
 */
record ReaderQuery(String q, List<String> author, String date, String publisher, String language, String sort,
		int page) {

	static final int PAGE_SIZE = 20;

	/** Sort names a person reads in the URL, and the API's sort order each stands for. */
	static final Map<String, String> SORTS = Map.of("relevance", "relevance", "newest", "publishedDate,desc", "oldest",
			"publishedDate,asc", "title", "title,asc");

	static final String SEARCH_SORT = "relevance";

	static final String DEFAULT_SORT = "newest";

	ReaderQuery {
		q = blankToNull(q);
		author = (author != null) ? author.stream().map(ReaderQuery::blankToNull).filter((a) -> a != null).toList()
				: List.of();
		date = blankToNull(date);
		publisher = blankToNull(publisher);
		language = blankToNull(language);
		sort = (blankToNull(sort) != null) ? sort.strip().toLowerCase(Locale.ROOT) : defaultSort(q);
		if (!SORTS.containsKey(sort) || (sort.equals(SEARCH_SORT) && q == null)) {
			throw new InvalidParameterException("sort", sort,
					(q != null) ? "must be relevance, newest, oldest or title" : "must be newest, oldest or title");
		}
		if (page < 1) {
			throw new InvalidParameterException("page", page, "must be 1 or more");
		}
	}

	/**
	 * Reads the parameters as sent; {@code page} is parsed here so a typo gets a page.
	 */
	static ReaderQuery of(String q, List<String> author, String date, String publisher, String language, String sort,
			String page) {
		int number = 1;
		if (blankToNull(page) != null) {
			try {
				number = Integer.parseInt(page.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidParameterException("page", page, "must be a whole number");
			}
		}
		return new ReaderQuery(q, author, date, publisher, language, sort, number);
	}

	// Relevance orders a search, newest first everything else: the URL names only
	// another.
	private static String defaultSort(String q) {
		return (q != null) ? SEARCH_SORT : DEFAULT_SORT;
	}

	/** Whether anything narrows the list, apart from words to search for. */
	public boolean isFiltered() {
		return !this.author.isEmpty() || this.date != null || this.publisher != null || this.language != null;
	}

	/** The same question as an API query. */
	ArticleQuery toArticleQuery() {
		return new ArticleQuery(this.q, this.author, this.date, null, null, this.publisher, this.language);
	}

	/** The page shown, as the API counts pages, in the order chosen. */
	PageQuery toPageQuery() {
		return new PageQuery(this.page - 1, PAGE_SIZE, List.of(SORTS.get(this.sort)));
	}

	// Links to other states of the page. Each keeps every other parameter as it is, and
	// goes back to the first page, since the list it pages through changes.

	/** This page with the author added, or removed when already chosen. */
	public String toggleAuthor(String authorId) {
		List<String> authors = new ArrayList<>(this.author);
		if (!authors.remove(authorId)) {
			authors.add(authorId);
		}
		return new ReaderQuery(this.q, authors, this.date, this.publisher, this.language, this.sort, 1).toUrl();
	}

	/** This page restricted to a year, month or day, or unrestricted when already so. */
	public String toggleDate(String period) {
		String chosen = period.equals(this.date) ? null : period;
		return new ReaderQuery(this.q, this.author, chosen, this.publisher, this.language, this.sort, 1).toUrl();
	}

	/** This page restricted to a publisher, or unrestricted when already so. */
	public String togglePublisher(String name) {
		String chosen = name.equalsIgnoreCase(String.valueOf(this.publisher)) ? null : name;
		return new ReaderQuery(this.q, this.author, this.date, chosen, this.language, this.sort, 1).toUrl();
	}

	/** This page restricted to a language, or unrestricted when already so. */
	public String toggleLanguage(String code) {
		String chosen = code.equalsIgnoreCase(String.valueOf(this.language)) ? null : code;
		return new ReaderQuery(this.q, this.author, this.date, this.publisher, chosen, this.sort, 1).toUrl();
	}

	/** This page in another order. */
	public String withSort(String order) {
		return new ReaderQuery(this.q, this.author, this.date, this.publisher, this.language, order, 1).toUrl();
	}

	public boolean isAuthorChosen(String authorId) {
		return this.author.contains(authorId);
	}

	public boolean isDateChosen(String period) {
		return period.equals(this.date);
	}

	public boolean isPublisherChosen(String name) {
		return name.equalsIgnoreCase(String.valueOf(this.publisher));
	}

	public boolean isLanguageChosen(String code) {
		return code.equalsIgnoreCase(String.valueOf(this.language));
	}

	/** This page without the words searched for. */
	public String withoutText() {
		// Without words there is no relevance to order by: back to the default order.
		String order = SEARCH_SORT.equals(this.sort) ? DEFAULT_SORT : this.sort;
		return new ReaderQuery(null, this.author, this.date, this.publisher, this.language, order, 1).toUrl();
	}

	/** Another page of the same list. */
	public String toPage(int number) {
		return new ReaderQuery(this.q, this.author, this.date, this.publisher, this.language, this.sort, number)
			.toUrl();
	}

	/** The path and query string that give this state, parameters in a stable order. */
	public String toUrl() {
		StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
		add(query, "q", this.q);
		this.author.forEach((value) -> add(query, "author", value));
		add(query, "date", this.date);
		add(query, "publisher", this.publisher);
		add(query, "language", this.language);
		if (!defaultSort(this.q).equals(this.sort)) {
			add(query, "sort", this.sort);
		}
		if (this.page != 1) {
			add(query, "page", Integer.toString(this.page));
		}
		return query.toString();
	}

	// Form encoding, as a browser submits the search form: a '+' in a value must not
	// come back as a space.
	private static void add(StringJoiner query, String name, String value) {
		if (value != null) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
