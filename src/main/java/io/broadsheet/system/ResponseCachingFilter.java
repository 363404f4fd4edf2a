package io.broadsheet.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.support.NoOpCache;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the bytes of answers derived from the corpus and sends them again, without Spring
 * MVC, the query or the JSON writer, when the same request comes back before the corpus
 * changes. The module caches ({@link CorpusAnswerCaching}) keep the answers as objects,
 * from which every representation is written again each time; this keeps the one written,
 * the way a caching proxy in front of the service would. A page of twenty articles asked
 * for again then costs about what a {@code 304} costs.
 * <p>
 * Only what a proxy may reuse is kept: the {@code 200} answers to plain {@code GET}s of
 * the modules' paths (conditional and range requests go through, so the validators are
 * checked as always), written in one piece during the request (never a streamed export),
 * up to {@link #MAX_ENTRY_BYTES}, that vary by nothing but {@code Accept}, {@code Origin}
 * and the encoding, which the key holds or the connector applies afterwards. The key
 * holds the served corpus generation as the module caches' keys do, so an answer computed
 * from the previous version is never sent after a sync. The headers the answer was
 * written with are kept and sent again; those the filters before this one set, they set
 * again.
 * <p>
 * The cache is {@value #CACHE} of the application's cache manager, bounded by the bytes
 * it holds (its share of the caches' budget, {@link CacheBudget}, or
 * {@code broadsheet.http.response-cache-size}); {@code spring.cache.type=none} turns it
 * off with the other caches, and a budget of nothing skips it.
 */
@Component
// After Spring Boot's own filters (request observation, character encoding) and the
// security headers, so that a replayed answer is observed, counted and headed like any
// other.
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class ResponseCachingFilter extends OncePerRequestFilter {

	/** The cache of whole answers in the application's cache manager. */
	static final String CACHE = "http-responses";

	/** Larger answers (a page of 100 long excerpts is about 60 KB) are sent, not kept. */
	static final int MAX_ENTRY_BYTES = 256 * 1024;

	private static final List<String> VALIDATING_HEADERS = List.of(HttpHeaders.IF_NONE_MATCH,
			HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.IF_MATCH, HttpHeaders.IF_UNMODIFIED_SINCE, HttpHeaders.IF_RANGE,
			HttpHeaders.RANGE);

	// Request headers an answer may vary by and still be kept: the key holds the first
	// two, the connector compresses after this filter, and the CORS preflight headers
	// only matter to OPTIONS.
	private static final Set<String> KEYED_VARY = Set.of("accept", "origin", "accept-encoding",
			"access-control-request-method", "access-control-request-headers");

	// Headers the connector writes when it sends an answer (by then they are among the
	// answer's headers): sent again, they would describe the first sending, not this one;
	// a compressed first answer's Content-Encoding would describe bytes not kept here.
	private static final Set<String> CONNECTOR_HEADERS = Set.of("content-length", "content-type", "transfer-encoding",
			"content-encoding", "date", "connection", "keep-alive", "server");

	private final ServedCorpus served;

	private final ObjectProvider<CacheManager> cacheManager;

	private final List<PathPattern> paths;

	// Looked up at the first request: the cache manager's caches are all known by then.
	private volatile Optional<Cache> cache;

	// A provider: an MVC test slice has filters but no cache manager, and then keeps
	// nothing.
	ResponseCachingFilter(ServedCorpus served, ObjectProvider<CacheManager> cacheManager,
			List<CorpusAnswerCaching> modules) {
		this.served = served;
		this.cacheManager = cacheManager;
		this.paths = modules.stream()
			.flatMap((module) -> module.paths().stream())
			.map(PathPatternParser.defaultInstance::parse)
			.toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || this.served.current() == null) {
			return true;
		}
		// The key holds the query string: parameters from anywhere else (a test's mock
		// request) would go unseen.
		if (request.getQueryString() == null && !request.getParameterMap().isEmpty()) {
			return true;
		}
		for (String header : VALIDATING_HEADERS) {
			if (request.getHeader(header) != null) {
				return true;
			}
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return this.paths.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cache cache = cache().orElse(null);
		if (cache == null || holdsNothing(cache)) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(this.served.generation(), request.getRequestURI(), request.getQueryString(),
				request.getHeader(HttpHeaders.ACCEPT), request.getHeader(HttpHeaders.ORIGIN));
		CachedResponse cached = cache.get(key, CachedResponse.class);
		if (cached != null) {
			cached.sendTo(request, response);
			return;
		}
		Map<String, List<String>> before = headers(response);
		CopyingResponse copying = new CopyingResponse(response);
		chain.doFilter(request, copying);
		CachedResponse written = copying.toCachedResponse(request, before);
		if (written != null) {
			cache.put(key, written);
		}
	}

	/**
	 * Frees the answers of the previous version now; their keys hold its generation, so
	 * none would be sent again anyway.
	 * @param changed the version now served
	 */
	@EventListener
	void corpusChanged(CorpusChanged changed) {
		cache().ifPresent(Cache::clear);
	}

	/** The cache of whole answers; none without a cache manager or with caching off. */
	private Optional<Cache> cache() {
		Optional<Cache> cache = this.cache;
		if (cache == null) {
			CacheManager manager = this.cacheManager.getIfAvailable();
			Cache found = (manager != null) ? manager.getCache(CACHE) : null;
			cache = (found instanceof NoOpCache) ? Optional.empty() : Optional.ofNullable(found);
			this.cache = cache;
		}
		return cache;
	}

	// A budget that leaves this cache nothing (a large corpus in a small heap): copying
	// the answer would only make garbage.
	private static boolean holdsNothing(Cache cache) {
		return cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine
				&& caffeine.policy().eviction().map((eviction) -> eviction.getMaximum() == 0).orElse(false);
	}

	private static Map<String, List<String>> headers(HttpServletResponse response) {
		Collection<String> names = response.getHeaderNames();
		Map<String, List<String>> headers = new HashMap<>(names.size() * 2);
		for (String name : names) {
			headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(response.getHeaders(name)));
		}
		return headers;
	}

	private record Key(long generation, String path, String query, String accept, String origin) {
	}

	/**
	 * One answer as it was written: what the filters before this one did not set, and the
	 * body.
	 *
	 * @param contentType the {@code Content-Type}, which the container keeps apart from
	 * the other headers
	 * @param headers the headers written after this filter, in the order written
	 * @param body the bytes of the body, in the pieces they were copied into
	 * @param pathPattern the handler's path pattern, for the request metrics' {@code uri}
	 */
	record CachedResponse(String contentType, Map<String, List<String>> headers, List<byte[]> body,
			String pathPattern) {

		/** About what the entry costs in memory, for the cache's bound. */
		int weight() {
			return length() + 16 * this.body.size() + 64 * (this.headers.size() + 1);
		}

		private int length() {
			int length = 0;
			for (byte[] piece : this.body) {
				length += piece.length;
			}
			return length;
		}

		void sendTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			if (this.pathPattern != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((context) -> context.setPathPattern(this.pathPattern));
			}
			response.setStatus(HttpServletResponse.SC_OK);
			if (this.contentType != null) {
				response.setContentType(this.contentType);
			}
			this.headers.forEach((name, values) -> {
				response.setHeader(name, values.get(0));
				for (int i = 1; i < values.size(); i++) {
					response.addHeader(name, values.get(i));
				}
			});
			response.setContentLength(length());
			ServletOutputStream out = response.getOutputStream();
			for (byte[] piece : this.body) {
				out.write(piece);
			}
		}

	}

	/**
	 * Writes through to the client as it is written, and keeps a copy of what is written
	 * through the output stream until it grows past {@link #MAX_ENTRY_BYTES}. An answer
	 * written through a {@link PrintWriter}, reset, or sent as an error is not kept.
	 */
	private static final class CopyingResponse extends HttpServletResponseWrapper {

		private PieceCopy copy = new PieceCopy();

		private ServletOutputStream stream;

		CopyingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CopyingStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.copy = null;
			return super.getWriter();
		}

		@Override
		public void sendError(int status) throws IOException {
			this.copy = null;
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			this.copy = null;
			super.sendError(status, message);
		}

		@Override
		public void reset() {
			this.copy = null;
			super.reset();
		}

		@Override
		public void resetBuffer() {
			this.copy = null;
			super.resetBuffer();
		}

		private void copied(int b) {
			if (this.copy != null && !this.copy.add(b)) {
				this.copy = null;
			}
		}

		private void copied(byte[] bytes, int offset, int length) {
			if (this.copy != null && !this.copy.add(bytes, offset, length)) {
				this.copy = null;
			}
		}

		/** The answer to keep, or {@code null} when it may not be kept. */
		CachedResponse toCachedResponse(HttpServletRequest request, Map<String, List<String>> before) {
			if (this.copy == null || request.isAsyncStarted() || getStatus() != HttpServletResponse.SC_OK
					|| getHeader(HttpHeaders.SET_COOKIE) != null || !variesOnlyByKey(getHeaders(HttpHeaders.VARY))) {
				return null;
			}
			Map<String, List<String>> written = new LinkedHashMap<>();
			for (String name : getHeaderNames()) {
				List<String> values = List.copyOf(getHeaders(name));
				String lowerCase = name.toLowerCase(Locale.ROOT);
				if (!values.equals(before.get(lowerCase)) && !CONNECTOR_HEADERS.contains(lowerCase)) {
					written.put(name, values);
				}
			}
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			return new CachedResponse(getContentType(), written, this.copy.pieces(),
					(pattern instanceof String string) ? string : null);
		}

		private static boolean variesOnlyByKey(Collection<String> vary) {
			List<String> names = new ArrayList<>();
			for (String value : vary) {
				for (String name : value.split(",")) {
					names.add(name.strip().toLowerCase(Locale.ROOT));
				}
			}
			return KEYED_VARY.containsAll(names);
		}

		private final class CopyingStream extends ServletOutputStream {

			private final ServletOutputStream target;

			CopyingStream(ServletOutputStream target) {
				this.target = target;
			}

			@Override
			public void write(int b) throws IOException {
				this.target.write(b);
				copied(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				this.target.write(bytes, offset, length);
				copied(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				this.target.flush();
			}

			@Override
			public void close() throws IOException {
				this.target.close();
			}

			@Override
			public boolean isReady() {
				return this.target.isReady();
			}

			@Override
			public void setWriteListener(WriteListener listener) {
				this.target.setWriteListener(listener);
			}

		}

	}

	/**
	 * The bytes of an answer as it is written, kept in pieces of {@value #PIECE_BYTES}
	 * bytes up to {@link #MAX_ENTRY_BYTES}. One growing array would be copied again at
	 * each doubling (8 to 64 KB for a page of 20 summaries) and once more to trim it: the
	 * garbage of every answer not yet cached.
	 */
	static final class PieceCopy {

		static final int PIECE_BYTES = 8192;

		private final List<byte[]> full = new ArrayList<>();

		private byte[] piece = new byte[PIECE_BYTES];

		private int used;

		private int size;

		/** Copies one byte; {@code false} when the answer is now too large to keep. */
		boolean add(int b) {
			if (this.size + 1 > MAX_ENTRY_BYTES) {
				return false;
			}
			if (this.used == this.piece.length) {
				next();
			}
			this.piece[this.used++] = (byte) b;
			this.size++;
			return true;
		}

		/** Copies the bytes; {@code false} when the answer is now too large to keep. */
		boolean add(byte[] bytes, int offset, int length) {
			if (this.size + length > MAX_ENTRY_BYTES) {
				return false;
			}
			int from = offset;
			int left = length;
			while (left > 0) {
				if (this.used == this.piece.length) {
					next();
				}
				int chunk = Math.min(left, this.piece.length - this.used);
				System.arraycopy(bytes, from, this.piece, this.used, chunk);
				this.used += chunk;
				from += chunk;
				left -= chunk;
			}
			this.size += length;
			return true;
		}

		/** The bytes copied: the full pieces, then the last one cut to what it holds. */
		List<byte[]> pieces() {
			List<byte[]> pieces = new ArrayList<>(this.full.size() + 1);
			pieces.addAll(this.full);
			if (this.used > 0) {
				pieces.add((this.used == this.piece.length) ? this.piece : Arrays.copyOf(this.piece, this.used));
			}
			return List.copyOf(pieces);
		}

		int size() {
			return this.size;
		}

		private void next() {
			this.full.add(this.piece);
			this.piece = new byte[PIECE_BYTES];
			this.used = 0;
		}

	}

}
