package io.broadsheet.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus folder changes while a bounded load runs on 127.0.0.1: an article is added,
 * rewritten and removed, each change served within the configured interval without a
 * restart, with no failed request, no request ever seeing half of a change, and nothing
 * stale once a sync has committed. Intervals are small here so that the test takes
 * seconds; the defaults are in {@link CorpusProperties.Watch}.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "broadsheet.corpus.watch.rescan-interval=2s",
				"broadsheet.corpus.watch.debounce=100ms", "broadsheet.corpus.watch.settle-time=1500ms" })
class LiveReloadTests {

	private static final Path CORPUS = copyOfTheBundledCorpus();

	private static final String ID = "live-report";

	// A change is served within the rescan interval plus the debounce and settle times
	// (with events, within the last two), plus the sync itself: up to seconds on two
	// cores shared with other builds.
	private static final Duration SERVED_WITHIN = Duration.ofMillis(2000 + 100 + 1500).plusSeconds(10);

	// Generous: a failed request must mean a server that failed, not a busy machine.
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final int LOAD_THREADS = 4;

	private static final int MAX_REQUESTS = 20_000;

	private static final Duration MAX_LOAD_TIME = Duration.ofSeconds(90);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void corpus(DynamicPropertyRegistry registry) {
		registry.add("broadsheet.corpus.path", CORPUS::toString);
	}

	@AfterAll
	static void deleteCorpus() throws IOException {
		try (Stream<Path> files = Files.walk(CORPUS)) {
			files.sorted(Collections.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

	@Test
	void anArticleAddedChangedAndRemovedUnderLoadIsServedInTimeAndNeverHalfApplied() throws Exception {
		assertThat(getJson("/corpus").path("watch").path("mode").asString()).isEqualTo("events");
		List<String> urls = urls();
		// Each URL once before the load, so that the load measures serving, not a cold
		// JVM.
		for (String url : urls) {
			get(url, null);
		}
		List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger sent = new AtomicInteger();
		ExecutorService load = Executors.newFixedThreadPool(LOAD_THREADS);
		long loadStarted = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int thread = 0; thread < LOAD_THREADS; thread++) {
			int offset = thread;
			workers.add(load.submit(() -> {
				for (int i = offset; !stop.get() && sent.incrementAndGet() <= MAX_REQUESTS
						&& System.nanoTime() - loadStarted < MAX_LOAD_TIME.toNanos(); i++) {
					String url = urls.get(i % urls.size());
					try {
						samples.add(sample(url));
					}
					catch (IOException | RuntimeException ex) {
						failures.add(url + ": " + ex);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}));
		}
		Map<String, Stage> stageByEtag = new HashMap<>();
		List<Duration> latencies = new ArrayList<>();
		try {
			String absentEtag = etag();
			stageByEtag.put(absentEtag, Stage.ABSENT);

			long added = System.nanoTime();
			Files.writeString(CORPUS.resolve(ID + ".txt"), article(Stage.FIRST));
			latencies.add(awaitServed(Stage.FIRST, added, absentEtag));
			String firstEtag = etag();
			stageByEtag.put(firstEtag, Stage.FIRST);

			long changed = System.nanoTime();
			Files.writeString(CORPUS.resolve(ID + ".txt"), article(Stage.SECOND));
			latencies.add(awaitServed(Stage.SECOND, changed, firstEtag));
			String secondEtag = etag();
			stageByEtag.put(secondEtag, Stage.SECOND);
			// A client holding the previous answer sees the change.
			HttpResponse<String> revalidated = get("/articles/" + ID, firstEtag);
			assertThat(revalidated.statusCode()).isEqualTo(200);
			assertThat(revalidated.body()).contains(Stage.SECOND.title);

			long removed = System.nanoTime();
			Files.delete(CORPUS.resolve(ID + ".txt"));
			latencies.add(awaitServed(Stage.ABSENT, removed, secondEtag));
			stageByEtag.put(etag(), Stage.ABSENT);
			assertThat(get("/articles?size=100", secondEtag).statusCode()).isEqualTo(200);
		}
		finally {
			stop.set(true);
			for (Future<?> worker : workers) {
				worker.get(30, TimeUnit.SECONDS);
			}
			load.shutdownNow();
		}
		System.out.printf("Live reload: add, change, remove served after %s ms; %d requests in %d s, %d failed%n",
				latencies.stream().map(Duration::toMillis).toList(), samples.size(),
				Duration.ofNanos(System.nanoTime() - loadStarted).toSeconds(), failures.size());

		assertThat(failures).isEmpty();
		assertThat(samples).as("requests the load made").hasSizeGreaterThan(2 * urls.size());
		assertThat(samples).filteredOn((sample) -> sample.status() != 200 && sample.status() != 404)
			.as("answers other than 200 and the new article's 404")
			.isEmpty();
		assertThat(samples).filteredOn((sample) -> sample.status() == 404 && !sample.url().endsWith(ID))
			.as("404s for anything but the new article")
			.isEmpty();
		assertThat(samples).filteredOn((sample) -> sample.stage() == Stage.HALF)
			.as("answers showing half of a change")
			.isEmpty();
		// A listing and a detail of the same version agree.
		for (Stage stage : List.of(Stage.FIRST, Stage.SECOND)) {
			assertThat(samples.stream()
				.filter((sample) -> sample.stage() == stage)
				.map(Sample::wordCount)
				.collect(Collectors.toSet())).as("word counts of %s in listings and details", stage).hasSize(1);
		}
		// Nothing stale once a sync has committed: an answer under a version's ETag shows
		// that version, or the next one while the next sync writes before it commits its
		// version, never the one before.
		for (Sample sample : samples) {
			Stage stage = stageByEtag.get(sample.etag());
			if (stage != null && sample.stage() != null) {
				assertThat(Set.of(stage, stage.next()))
					.as("%s answered with ETag %s of stage %s", sample.url(), sample.etag(), stage)
					.contains(sample.stage());
			}
		}
		assertThat(latencies).allSatisfy((latency) -> assertThat(latency).isLessThan(SERVED_WITHIN));
		assertThat(getJson("/actuator/health/readiness").path("status").asString()).isEqualTo("UP");
		JsonNode report = getJson("/corpus");
		assertThat(report.path("trigger").asString()).isEqualTo("change");
		assertThat(report.path("removed").asInt()).isOne();
	}

	@Test
	void aFileWrittenInTwoPartsIsNotServedUntilItIsComplete() throws Exception {
		String id = "written-slowly";
		Path file = CORPUS.resolve(id + ".txt");
		String whole = article(Stage.FIRST);
		int half = whole.indexOf("Paragraph 3");
		List<Stage> seen = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService watcher = Executors.newSingleThreadExecutor();
		Future<?> polling = watcher.submit(() -> {
			while (!stop.get()) {
				seen.add(sample("/articles/" + id).stage());
				Thread.sleep(20);
			}
			return null;
		});
		try {
			Files.writeString(file, whole.substring(0, half));
			// Shorter than the settle time, longer than the debounce: a sync without the
			// second look would read the file now.
			Thread.sleep(300);
			Files.writeString(file, whole.substring(half), StandardOpenOption.APPEND);
			long deadline = System.nanoTime() + SERVED_WITHIN.toNanos() * 2;
			while (!seen.contains(Stage.FIRST) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		finally {
			stop.set(true);
			polling.get(30, TimeUnit.SECONDS);
			watcher.shutdownNow();
			Files.deleteIfExists(file);
		}
		assertThat(seen).contains(Stage.FIRST).doesNotContain(Stage.HALF, Stage.SECOND);
	}

	// Served means the new content and the new version's validator: the articles are
	// readable once the sync's batches commit, and the version is served once every
	// module has caught up with it (the search index among them), a moment later.
	private Duration awaitServed(Stage stage, long changedAt, String previousEtag) throws Exception {
		long deadline = changedAt + SERVED_WITHIN.toNanos() * 3;
		while (System.nanoTime() < deadline) {
			Sample detail = sample("/articles/" + ID);
			Sample listing = sample("/articles?size=100");
			if (detail.stage() == stage && listing.stage() == stage && !previousEtag.equals(listing.etag())) {
				return Duration.ofNanos(System.nanoTime() - changedAt);
			}
			Thread.sleep(20);
		}
		throw new AssertionError(stage + " was not served within " + SERVED_WITHIN.multipliedBy(3));
	}

	private Sample sample(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = get(url, null);
		String etag = response.headers().firstValue("ETag").orElse(null);
		Stage stage = null;
		Integer wordCount = null;
		if (url.equals("/articles/" + ID) || url.equals("/articles/written-slowly")) {
			if (response.statusCode() == 404) {
				stage = Stage.ABSENT;
			}
			else if (response.statusCode() == 200) {
				JsonNode article = this.json.readTree(response.body());
				stage = Stage.ofDetail(article);
				wordCount = article.path("wordCount").asInt();
			}
		}
		else if (url.startsWith("/articles?size=100") && response.statusCode() == 200) {
			stage = Stage.ABSENT;
			for (JsonNode summary : this.json.readTree(response.body()).path("content")) {
				if (summary.path("id").asString().equals(ID)) {
					stage = Stage.ofSummary(summary);
					wordCount = summary.path("wordCount").asInt();
				}
			}
		}
		return new Sample(url, response.statusCode(), etag, stage, wordCount);
	}

	private String etag() throws IOException, InterruptedException {
		return get("/articles?size=100", null).headers().firstValue("ETag").orElseThrow();
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(REQUEST_TIMEOUT);
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode getJson(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path, null);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	// Many different URLs: pages, sorts, filters, single articles, authors, dates.
	private List<String> urls() throws IOException, InterruptedException {
		List<String> urls = new ArrayList<>(List.of("/articles?size=100", "/articles/" + ID, "/articles",
				"/articles?sort=title,asc", "/articles?size=2&page=1", "/articles?date=2025", "/authors",
				"/authors?sort=articleCount,desc", "/dates?granularity=year", "/dates?granularity=month",
				"/articles?author=" + URLEncoder.encode("Lena Live", StandardCharsets.UTF_8), "/corpus",
				"/actuator/health/readiness"));
		for (JsonNode summary : getJson("/articles?size=100").path("content")) {
			urls.add("/articles/" + summary.path("id").asString());
		}
		return urls;
	}

	private static String article(Stage stage) {
		StringBuilder text = new StringBuilder(stage.title).append("\n\nBy Lena Live\n\n2025-11-20\n\n");
		for (int paragraph = 1; paragraph <= stage.paragraphs; paragraph++) {
			text.append("Paragraph ")
				.append(paragraph)
				.append(" of the ")
				.append(stage.name().toLowerCase())
				.append(" version. The newsroom reported on the talks, and observers expect more.\n\n");
		}
		return text.append(stage.ending).append('\n').toString();
	}

	private static Path copyOfTheBundledCorpus() {
		try {
			Path corpus = Files.createTempDirectory("live-corpus");
			try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "corpus"))) {
				for (Path file : files.toList()) {
					Files.copy(file, corpus.resolve(file.getFileName()));
				}
			}
			return corpus;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What an answer showed of the article that comes and goes. */
	private enum Stage {

		ABSENT(null, 0, null), FIRST("Live Reload Reaches the Newsroom", 6, "The first version ends here."),
		SECOND("Live Reload Changes the Newsroom Again", 9, "The second version ends here."),
		/** Anything else: a mix of two versions, or a version cut short. */
		HALF(null, 0, null);

		final String title;

		final int paragraphs;

		final String ending;

		Stage(String title, int paragraphs, String ending) {
			this.title = title;
			this.paragraphs = paragraphs;
			this.ending = ending;
		}

		Stage next() {
			return switch (this) {
				case ABSENT -> FIRST;
				case FIRST -> SECOND;
				case SECOND, HALF -> ABSENT;
			};
		}

		static Stage ofDetail(JsonNode article) {
			String title = article.path("title").asString();
			String body = article.path("body").asString();
			for (Stage stage : List.of(FIRST, SECOND)) {
				if (stage.title.equals(title) && body.endsWith(stage.ending)
						&& body.contains("Paragraph " + stage.paragraphs + " of the " + stage.name().toLowerCase())) {
					return stage;
				}
			}
			return HALF;
		}

		// A summary has no body: its word count is checked against the detail's.
		static Stage ofSummary(JsonNode summary) {
			String title = summary.path("title").asString();
			for (Stage stage : List.of(FIRST, SECOND)) {
				if (stage.title.equals(title)) {
					return stage;
				}
			}
			return HALF;
		}

	}

	private record Sample(String url, int status, String etag, Stage stage, Integer wordCount) {
	}

}
