package io.broadsheet.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import io.broadsheet.article.ArticleExports;
import io.broadsheet.article.ArticleQuery;
import io.broadsheet.system.PageQuery;

/**
 * {@code GET /articles} in the representations other than JSON pages: CSV and NDJSON
 * exports of the whole matching set, and an Atom feed of the newest articles. Spring
 * picks the handler from {@code Accept}, or from {@code format=}, which wins.
 */
@RestController
class ExportController {

	static final String CSV = "text/csv";

	static final String NDJSON = "application/x-ndjson";

	/**
	 * Entries in a feed: enough for a reader that polls, small enough to write at once.
	 */
	static final int FEED_SIZE = 50;

	private final ArticleExports exports;

	private final JsonMapper json;

	private final CorpusTime corpusTime;

	ExportController(ArticleExports exports, JsonMapper json, CorpusTime corpusTime) {
		this.exports = exports;
		this.json = json;
		this.corpusTime = corpusTime;
	}

	@GetMapping(path = "/articles", produces = CSV)
	// Documented as media types of listArticles (ExportOpenApi), not as operations.
	@Operation(hidden = true)
	ResponseEntity<StreamingResponseBody> csv(@ParameterObject ArticleQuery query, @ParameterObject PageQuery paging,
			HttpServletRequest request) {
		ArticleExports.Selection selection = this.exports.matching(query, paging);
		StreamingResponseBody body = (out) -> {
			Writer writer = writer(out);
			CsvArticles csv = new CsvArticles(writer);
			this.exports.forEach(selection, false, (article, excerpt) -> csv.write(article, excerpt));
			csv.flush();
		};
		return attachment(MediaType.parseMediaType(CSV + ";charset=UTF-8;header=present"), request, "csv", body);
	}

	@GetMapping(path = "/articles", produces = NDJSON)
	// Documented as media types of listArticles (ExportOpenApi), not as operations.
	@Operation(hidden = true)
	ResponseEntity<StreamingResponseBody> ndjson(@ParameterObject ArticleQuery query, @ParameterObject PageQuery paging,
			HttpServletRequest request) {
		ArticleExports.Selection selection = this.exports.matching(query, paging);
		StreamingResponseBody body = (out) -> {
			this.exports.forEach(selection, true, (article, excerpt) -> {
				out.write(this.json.writeValueAsBytes(article));
				out.write('\n');
			});
			out.flush();
		};
		return attachment(MediaType.parseMediaType(NDJSON), request, "ndjson", body);
	}

	@GetMapping(path = "/articles", produces = AtomFeed.MEDIA_TYPE)
	// Documented as media types of listArticles (ExportOpenApi), not as operations.
	@Operation(hidden = true)
	ResponseEntity<String> atom(@ParameterObject ArticleQuery query, @ParameterObject PageQuery paging,
			HttpServletRequest request) throws IOException {
		ArticleExports.Selection selection = this.exports.newest(query, paging, FEED_SIZE);
		Instant corpusTime = this.corpusTime.lastChanged();
		AtomFeed feed = new AtomFeed(RequestedQuery.of(request.getQueryString()),
				(corpusTime != null) ? corpusTime : Instant.EPOCH);
		this.exports.forEach(selection, false, feed::add);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(AtomFeed.MEDIA_TYPE + ";charset=UTF-8"))
			.body(feed.toXml());
	}

	private static ResponseEntity<StreamingResponseBody> attachment(MediaType type, HttpServletRequest request,
			String extension, StreamingResponseBody body) {
		String fileName = RequestedQuery.of(request.getQueryString()).fileNameBase() + "." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

}
