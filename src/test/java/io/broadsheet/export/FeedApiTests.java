package io.broadsheet.export;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.BroadsheetIntegrationTest;
import io.broadsheet.support.LoopbackHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atom feeds of {@code /articles} queries over the bundled corpus, read back by Rome as a
 * feed reader would.
 */
@BroadsheetIntegrationTest
class FeedApiTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@Test
	void feedIsAtomWithTheNewestArticlesFirst() throws Exception {
		HttpResponse<String> response = get("/articles?format=atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
		Feed feed = parse(response.body());
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getId()).startsWith("urn:uuid:");
		assertThat(feed.getTitle()).isNotBlank();
		// The corpus's time: the same instant as Last-Modified.
		ZonedDateTime lastModified = ZonedDateTime.parse(response.headers().firstValue("Last-Modified").orElseThrow(),
				DateTimeFormatter.RFC_1123_DATE_TIME);
		assertThat(feed.getUpdated().toInstant().getEpochSecond()).isEqualTo(lastModified.toEpochSecond());
		assertThat(feed.getOtherLinks()).singleElement().satisfies((self) -> {
			assertThat(self.getRel()).isEqualTo("self");
			assertThat(self.getHref()).isEqualTo("/articles?format=atom");
		});
		List<String> newest = ids("/articles?sort=publishedDate,desc");
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactlyElementsOf(newest.stream().map(AtomFeed::entryId).toList());
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(entry.getAuthors()).isNotEmpty();
			assertThat(entry.getSummary().getValue()).isNotBlank();
		}
	}

	@Test
	void feedOfOneAuthorLinksEachEntryToTheApiAndTheOriginal() throws Exception {
		Feed feed = parse(get("/articles?author=Tigran%20Grigoryan&format=atom").body());
		assertThat(feed.getTitle()).contains("author=Tigran Grigoryan");
		assertThat(feed.getOtherLinks().get(0).getHref()).isEqualTo("/articles?author=Tigran%20Grigoryan&format=atom");
		Entry entry = feed.getEntries().get(0);
		assertThat(feed.getEntries()).hasSize(1);
		JsonNode article = this.json.readTree(get("/articles/000_a9e816bf096b0a86").body());
		assertThat(entry.getTitle()).isEqualTo(article.get("title").asString());
		assertThat(entry.getAuthors()).singleElement()
			.satisfies((author) -> assertThat(author.getName()).isEqualTo("Tigran Grigoryan"));
		assertThat(entry.getAlternateLinks()).extracting(Link::getType, Link::getHref)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("application/json", "/articles/000_a9e816bf096b0a86"),
					org.assertj.core.groups.Tuple.tuple("text/html", article.get("url").asString()));
	}

	@Test
	void feedIdsAreTheSameWhateverTheContextAndHowTheFeedWasAskedFor() throws Exception {
		Feed byFormat = parse(get("/articles?author=Tigran%20Grigoryan&format=atom").body());
		Feed byAccept = parse(send(LoopbackHttp.request(this.port, "/articles?author=Tigran%20Grigoryan")
			.header("Accept", "application/atom+xml")).body());
		assertThat(byAccept.getId()).isEqualTo(byFormat.getId());
		// Pinned: feed readers recognise entries and feeds by these ids, so they must
		// never change. LargeExportTests checks them in another application context.
		assertThat(byFormat.getId()).isEqualTo(StableFeedIds.TIGRAN_GRIGORYAN_FEED);
		assertThat(byFormat.getEntries().get(0).getId()).isEqualTo(StableFeedIds.LAVROV_VISIT_ENTRY);
	}

	@Test
	void feedOfAPeriodHoldsOnlyThatPeriod() throws Exception {
		Feed feed = parse(get("/articles?date=2025-12&format=atom").body());
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactlyElementsOf(ids("/articles?date=2025-12").stream().map(AtomFeed::entryId).toList());
		assertThat(parse(get("/articles?date=1999&format=atom").body()).getEntries()).isEmpty();
	}

	@Test
	void feedOfATextQueryHoldsOnlyTheMatchingArticles() throws Exception {
		// Two of the five bundled articles name Georgia.
		List<String> newest = ids("/articles?q=Georgia&sort=publishedDate,desc");
		assertThat(newest).hasSize(2);
		Feed feed = parse(get("/articles?q=Georgia&format=atom").body());
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactlyElementsOf(newest.stream().map(AtomFeed::entryId).toList());
	}

	private static Feed parse(String xml) throws Exception {
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private List<String> ids(String path) throws Exception {
		List<String> ids = new ArrayList<>();
		this.json.readTree(get(path).body()).get("content").forEach((summary) -> ids.add(summary.get("id").asString()));
		return ids;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(LoopbackHttp.request(this.port, path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return LoopbackHttp.send(request.build());
	}

}
