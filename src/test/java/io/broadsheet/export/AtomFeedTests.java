package io.broadsheet.export;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import io.broadsheet.article.ArticleDetail;
import io.broadsheet.article.AuthorRef;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Test
	void charactersXmlCannotHoldAreLeftOutNotAFailedFeed() throws Exception {
		// A curator's sidecar may give "Curated \x01 title" (a YAML escape): JSON carries
		// it, XML 1.0 cannot, and one such article made every feed holding it a 500.
		AtomFeed feed = new AtomFeed(RequestedQuery.of("format=atom"), Instant.parse("2025-12-04T10:00:00Z"));
		feed.add(
				new ArticleDetail("ctrl", "Curated \u0001 title \uD83D\uDE00",
						List.of(new AuthorRef("bell", "Bell \u0007 Ringer")), LocalDate.of(2024, 5, 6),
						"Pub \u000B lisher", null, 3, null, "ctrl.txt", null, "en"),
				"An excerpt\u001B with\uFFFE an escape \uD800 and a lone surrogate");
		String xml = feed.toXml();
		Document document = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(xml)));
		assertThat(text(document, "entry", "title")).isEqualTo("Curated  title \uD83D\uDE00");
		assertThat(text(document, "author", "name")).isEqualTo("Bell  Ringer");
		assertThat(text(document, "entry", "summary")).isEqualTo("An excerpt with an escape  and a lone surrogate");
	}

	@Test
	void aQueryHoldingCharactersXmlCannotHoldStillMakesAFeed() throws Exception {
		// The feed's title names the client's query, percent-decoded: no curator's value
		// and no parser stands between it and the XML.
		AtomFeed feed = new AtomFeed(RequestedQuery.of("author=Bell%07Ringer&format=atom"),
				Instant.parse("2025-12-04T10:00:00Z"));
		Document document = DocumentBuilderFactory.newDefaultNSInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(feed.toXml())));
		assertThat(text(document, "feed", "title")).isEqualTo("Broadsheet: articles where author=BellRinger");
	}

	private static String text(Document document, String parent, String child) {
		Element element = (Element) document.getElementsByTagNameNS(ATOM, parent).item(0);
		return element.getElementsByTagNameNS(ATOM, child).item(0).getTextContent();
	}

}
