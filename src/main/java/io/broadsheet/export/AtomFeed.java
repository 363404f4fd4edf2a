package io.broadsheet.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.AuthorRef;
import io.broadsheet.xml.XmlCharacters;

/**
 * An RFC 4287 Atom feed of articles, written with Rome.
 * <ul>
 * <li>Ids are {@code urn:uuid:} URIs made from the article id (entries) or from the query
 * (the feed), so they are the same across restarts and replicas.</li>
 * <li>The feed's {@code updated} is when the corpus last changed; an entry's is its
 * publication date, or that same time when the date is unknown.</li>
 * <li>Links are path-absolute, like the {@code Link} headers: a forged {@code Host}
 * header cannot get into them, and readers resolve them against the feed's own
 * address.</li>
 * </ul>
 */
final class AtomFeed {

	static final String MEDIA_TYPE = "application/atom+xml";

	private static final String ATOM_1_0 = "atom_1.0";

	/** Atom requires an author for each entry; some articles have none that is known. */
	private static final String UNKNOWN_AUTHOR = "Unknown";

	private final Feed feed = new Feed(ATOM_1_0);

	private final List<Entry> entries = new ArrayList<>();

	private final Instant corpusTime;

	AtomFeed(RequestedQuery query, Instant corpusTime) {
		this.corpusTime = corpusTime;
		this.feed.setEncoding(StandardCharsets.UTF_8.name());
		this.feed.setId(urn("feed " + query.raw()));
		String described = query.describe();
		this.feed.setTitle(xmlText("Broadsheet: articles" + (described.isEmpty() ? "" : " where " + described)));
		this.feed.setUpdated(Date.from(corpusTime));
		this.feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, query.articlesIn("atom"))));
		this.feed.setAlternateLinks(List.of(link("alternate", "application/json", query.articles())));
		Generator generator = new Generator();
		generator.setValue("Broadsheet");
		this.feed.setGenerator(generator);
	}

	void add(ArticleDetail article, String excerpt) {
		Entry entry = new Entry();
		entry.setId(entryId(article.id()));
		entry.setTitle(xmlText((article.title() != null) ? article.title() : article.id()));
		LocalDate published = article.publishedDate();
		if (published != null) {
			entry.setPublished(startOf(published));
		}
		entry.setUpdated((published != null) ? startOf(published) : Date.from(this.corpusTime));
		entry.setAuthors(authors(article.authors()));
		List<Link> alternates = new ArrayList<>();
		alternates.add(link("alternate", "application/json", "/articles/" + article.id()));
		if (article.url() != null) {
			alternates.add(link("alternate", "text/html", article.url()));
		}
		entry.setAlternateLinks(alternates);
		Content summary = new Content();
		summary.setType(Content.TEXT);
		summary.setValue((excerpt != null) ? xmlText(excerpt) : null);
		entry.setSummary(summary);
		this.entries.add(entry);
	}

	String toXml() {
		this.feed.setEntries(this.entries);
		try {
			return new WireFeedOutput().outputString(this.feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Rome could not write the feed", ex);
		}
	}

	/** The id of an article's entry in every feed, the same across restarts. */
	static String entryId(String articleId) {
		return urn("article " + articleId);
	}

	private static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet " + name).getBytes(StandardCharsets.UTF_8));
	}

	private static List<SyndPerson> authors(List<AuthorRef> authors) {
		List<SyndPerson> people = new ArrayList<>();
		for (AuthorRef author : authors) {
			Person person = new Person();
			person.setName(xmlText(author.name()));
			person.setUri("/authors/" + author.id());
			people.add(person);
		}
		if (people.isEmpty()) {
			Person unknown = new Person();
			unknown.setName(UNKNOWN_AUTHOR);
			people.add(unknown);
		}
		return people;
	}

	// The decoder drops the characters XML cannot hold from the files' text and the
	// overrides parser refuses them in a curator's values, but the feed's title holds the
	// client's query, percent-decoded (?author=%01), and articles stored by an earlier
	// version may hold one from a sidecar's "\x01": one such value made every feed that
	// held it a 500. So the feed drops them rather than fail.
	private static String xmlText(String text) {
		return XmlCharacters.withoutIllegal(text);
	}

	private static Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static Link link(String relation, String type, String href) {
		Link link = new Link();
		link.setRel(relation);
		link.setType(type);
		link.setHref(href);
		return link;
	}

}
