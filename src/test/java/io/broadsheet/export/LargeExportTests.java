package io.broadsheet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.article.ArticleExports;
import io.broadsheet.article.ArticleQuery;
import io.broadsheet.system.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Exports larger than a chunk and than the socket buffers: a generated corpus of 1,205
 * articles (the five bundled ones among them), some undated, many sharing a date or a
 * title, about 12 MB as NDJSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeExportTests {

	private static final int GENERATED = 1_200;

	private static final List<String> WRITERS = List.of("Anna Petrosyan", "David Miller", "Elena Rossi", "Sofia Novak",
			"James Carter", "Maria Lopez", "Peter Hansen", "Nino Beridze", "Laura Weber", "Samuel Okafor");

	private static final Path CORPUS = createCorpus();

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ArticleExports exports;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private PlatformTransactionManager transactions;

	@DynamicPropertySource
	static void corpus(DynamicPropertyRegistry registry) {
		registry.add("broadsheet.corpus.path", CORPUS::toString);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "&sort=title,asc", "&sort=title,desc", "&sort=publishedDate,asc",
			"&sort=publishedDate,desc&sort=title,desc" })
	void exportsHoldEveryArticleInTheOrderOfThePages(String sort) throws Exception {
		List<String> paged = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode content = this.json.readTree(get("/articles?size=100&page=" + page + sort).body()).get("content");
			if (content.isEmpty()) {
				break;
			}
			content.forEach((summary) -> paged.add(summary.get("id").asString()));
		}
		assertThat(paged).hasSize(GENERATED + 5);
		List<String> exported = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(get("/articles?format=csv" + sort).body()),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord row : parser) {
				exported.add(row.get("id"));
			}
		}
		assertThat(exported).containsExactlyElementsOf(paged);
	}

	@Test
	void ndjsonStreamsEveryArticleWithItsBody() throws Exception {
		HttpResponse<InputStream> response = this.client.send(
				HttpRequest.newBuilder(uri("/articles?format=ndjson&author=Sofia%20Novak")).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long lines;
		try (var reader = new java.io.BufferedReader(
				new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
			lines = reader.lines().map(this.json::readTree).peek((article) -> {
				assertThat(article.get("body").asString()).startsWith("Paragraph one of article");
				assertThat(article.get("authors").get(0).get("name").asString()).isEqualTo("Sofia Novak");
			}).count();
		}
		assertThat(lines).isEqualTo(GENERATED / WRITERS.size());
	}

	@Test
	void aClientThatGoesAwayMidExportLeavesNoConnectionOpen() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		try (Socket socket = new Socket()) {
			// A small window, so the server fills it and waits for the client to read.
			socket.setReceiveBufferSize(4096);
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /articles?format=ndjson HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			byte[] start = socket.getInputStream().readNBytes(2048);
			assertThat(new String(start, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
			// The export now waits on the client, inside its transaction.
			awaitTrue(() -> pool.getHikariPoolMXBean().getActiveConnections() == 1, Duration.ofSeconds(20));
			socket.setSoLinger(true, 0);
		}
		awaitTrue(() -> pool.getHikariPoolMXBean().getActiveConnections() == 0, Duration.ofSeconds(30));
		// And the service answers as before.
		assertThat(get("/articles?format=csv&author=Sofia%20Novak").statusCode()).isEqualTo(200);
	}

	// Lazily, H2 hands the first rows over before it has read the whole table; otherwise
	// a large export writes nothing until H2 has built its whole result. The mode is the
	// connection's, which goes back to the pool: it must come back as it was, also when
	// the client went away mid-export.
	@Test
	void anExportReadsH2LazilyAndGivesItsConnectionBackAsItWas() {
		ArticleExports.Selection everything = this.exports
			.matching(new ArticleQuery(null, null, null, null, null, null, null), new PageQuery(null, null, null));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		List<Boolean> lazyDuringExport = new ArrayList<>();
		List<Boolean> lazyAfterwards = new ArrayList<>();
		transaction.executeWithoutResult((status) -> {
			assertThat(lazyQueryExecution()).as("before the export").isFalse();
			try {
				this.exports.forEach(everything, true,
						(article, excerpt) -> lazyDuringExport.add(lazyQueryExecution()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			lazyAfterwards.add(lazyQueryExecution());
		});
		assertThat(lazyDuringExport).hasSize(GENERATED + 5).containsOnly(true);
		assertThat(lazyAfterwards).containsExactly(false);

		transaction.executeWithoutResult((status) -> {
			assertThatIOException().isThrownBy(() -> this.exports.forEach(everything, false, (article, excerpt) -> {
				throw new IOException("the client went away");
			}));
			lazyAfterwards.add(lazyQueryExecution());
		});
		assertThat(lazyAfterwards).containsExactly(false, false);
	}

	// The mode is not visible in SQL: H2 keeps it in its session object.
	private boolean lazyQueryExecution() {
		return this.entityManager.unwrap(Session.class)
			.doReturningWork((connection) -> ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
				.isLazyQueryExecution());
	}

	@Test
	void feedIdsAreThoseOfEveryOtherStart() throws Exception {
		Feed feed = (Feed) new WireFeedInput()
			.build(new StringReader(get("/articles?author=Tigran%20Grigoryan&format=atom").body()));
		assertThat(feed.getId()).isEqualTo(StableFeedIds.TIGRAN_GRIGORYAN_FEED);
		assertThat(feed.getEntries().get(0).getId()).isEqualTo(StableFeedIds.LAVROV_VISIT_ENTRY);
		Feed newest = (Feed) new WireFeedInput().build(new StringReader(get("/articles?format=atom").body()));
		assertThat(newest.getEntries()).hasSize(ExportController.FEED_SIZE);
	}

	private static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", timeout).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	// Plain layout the extractor reads: headline, byline, ISO date, paragraphs. Every
	// seventh is undated; titles and dates repeat, so that orders need their tie-breaks.
	private static Path createCorpus() {
		try {
			Path corpus = Files.createTempDirectory("broadsheet-large-export");
			corpus.toFile().deleteOnExit();
			for (String seed : List.of("000_a9e816bf096b0a86", "001_68b7a782fc4b3297", "002_62ce8fa616d42fc4",
					"003_b7db214251bb9adf", "004_aa2b845cab8e237c")) {
				for (String extension : List.of(".txt", ".yaml")) {
					try (InputStream in = new ClassPathResource("corpus/" + seed + extension).getInputStream()) {
						Files.copy(in, corpus.resolve(seed + extension));
					}
				}
			}
			String paragraph = "The quick brown fox jumps over the lazy dog, again and again, while the reporters "
					+ "take notes about everything that happens in the small town by the river. ";
			for (int i = 0; i < GENERATED; i++) {
				StringBuilder text = new StringBuilder();
				text.append("Headline number ").append(i % 97).append(" about the river\n\n");
				text.append("By ").append(WRITERS.get(i % WRITERS.size())).append("\n\n");
				if (i % 7 != 0) {
					text.append(LocalDate.of(2020, 1, 1).plusDays(i % 300)).append("\n\n");
				}
				text.append("Paragraph one of article ").append(i).append(". ").append(paragraph.repeat(15));
				for (int p = 0; p < 4; p++) {
					text.append("\n\n").append(paragraph.repeat(10));
				}
				Files.writeString(corpus.resolve(String.format("gen_%05d.txt", i)), text, StandardCharsets.UTF_8);
			}
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
