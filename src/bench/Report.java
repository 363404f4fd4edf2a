import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the raw figures of {@code run.sh} into {@code RESULTS.md} (medians, ratios, targets
 * met or missed) and a gnuplot script for the throughput chart. Run by {@code run.sh}:
 *
 * <pre>
 * java src/bench/Report.java target/bench/out src/bench/results
 * </pre>
 */
public class Report {

	static final List<String> ENDPOINTS = List.of("mixed", "search", "facets", "author", "month", "deep-page", "by-id",
			"authors", "cached");

	/** The endpoints that repeat one URL: the answer cache's best case. */
	static final List<String> SINGLE_URL = List.of("author", "month", "deep-page", "by-id", "authors", "cached");

	static final Map<String, String> LABELS = Map.of("mixed",
			"mixed long tail (random author page, list page or article)", "author", "`/articles?author=`", "month",
			"`/articles?date=YYYY-MM`", "deep-page", "`/articles?page=<deep>`", "by-id", "`/articles/{id}`", "authors",
			"`/authors`", "search", "`/articles?q=` (random queries)", "facets",
			"`/articles/facets?q=` (random queries)", "cached",
			"`/articles?author=` repeated with `If-None-Match` (304)", "static", "static file");

	static final int TARGET_CONNECTIONS = 16;

	/** Broadsheet started with {@code spring.cache.type=none}. */
	static final String UNCACHED = "broadsheet-uncached";

	record Load(int size, String server, String endpoint, int connections, String run, double rps, double p50,
			double p99, long errors, double cpuMs) {
	}

	record Ingest(int size, int run, double corpusMb, double ready, double syncMs, double rssMb, double hwmMb,
			double restart, double restartSyncMs) {
	}

	record Stat(double rps, double rpsMin, double rpsMax, double p50, double p99, long errors, int runs, double cpuMs) {
	}

	public static void main(String[] args) throws IOException {
		Path in = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Properties meta = new Properties();
		meta.load(new StringReader(Files.readString(in.resolve("meta.properties"), StandardCharsets.UTF_8)));
		List<Load> loads = new ArrayList<>();
		for (String[] f : rows(in.resolve("load.tsv"))) {
			loads.add(new Load(Integer.parseInt(f[0]), f[1], f[2], Integer.parseInt(f[3]), f[4], num(f[5]), num(f[6]),
					num(f[7]), (long) num(f[8]), (f.length > 9) ? num(f[9]) : Double.NaN));
		}
		List<Ingest> ingests = new ArrayList<>();
		for (String[] f : rows(in.resolve("ingest.tsv"))) {
			ingests.add(new Ingest(Integer.parseInt(f[0]), Integer.parseInt(f[1]), num(f[2]), num(f[3]), num(f[4]),
					num(f[5]), num(f[6]), num(f[7]), num(f[8])));
		}
		List<String[]> notes = rows(in.resolve("notes.tsv"));
		List<String[]> sql = rows(in.resolve("sql.tsv"));
		Report report = new Report(meta, loads, ingests, notes, sql);
		Files.writeString(out.resolve("RESULTS.md"), report.markdown(), StandardCharsets.UTF_8);
		Files.writeString(in.resolve("throughput.dat"), report.plotData(), StandardCharsets.UTF_8);
		Files.writeString(in.resolve("throughput.gnuplot"),
				report.plotScript(in.resolve("throughput.dat"), out.resolve("throughput.png")), StandardCharsets.UTF_8);
	}

	private static List<String[]> rows(Path file) throws IOException {
		List<String[]> rows = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					rows.add(line.split("\t", -1));
				}
			}
		}
		return rows;
	}

	private static double num(String text) {
		return (text == null || text.isBlank()) ? Double.NaN : Double.parseDouble(text.strip());
	}

	private final Properties meta;

	private final List<Load> loads;

	private final List<Ingest> ingests;

	private final List<String[]> notes;

	private final List<String[]> sql;

	private final TreeSet<Integer> sizes = new TreeSet<>();

	Report(Properties meta, List<Load> loads, List<Ingest> ingests, List<String[]> notes, List<String[]> sql) {
		this.meta = meta;
		this.loads = loads;
		this.ingests = ingests;
		this.notes = notes;
		this.sql = sql;
		loads.forEach((l) -> this.sizes.add(l.size()));
		ingests.forEach((i) -> this.sizes.add(i.size()));
	}

	Stat stat(int size, String server, String endpoint, int connections) {
		List<Load> runs = this.loads.stream()
			.filter((l) -> l.size() == size && l.server().equals(server) && l.endpoint().equals(endpoint)
					&& l.connections() == connections)
			.toList();
		if (runs.isEmpty()) {
			return null;
		}
		List<Double> rps = runs.stream().map(Load::rps).sorted().toList();
		return new Stat(median(rps), rps.get(0), rps.get(rps.size() - 1), median(runs, Load::p50),
				median(runs, Load::p99), runs.stream().mapToLong(Load::errors).sum(), runs.size(),
				median(runs, Load::cpuMs));
	}

	static <T> double median(List<T> items, Function<T, Double> value) {
		return median(items.stream().map(value).toList());
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.removeIf((v) -> v.isNaN());
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	List<Integer> connections() {
		return this.loads.stream().map(Load::connections).distinct().sorted().toList();
	}

	// With --jit-settle each instance first served the long-tail loads until its C2
	// compiler threads went quiet: the figures are then a warm server's.
	private String jitSettle() {
		String settle = this.meta.getProperty("jit_settle", "none");
		if ("none".equals(settle)) {
			return " (the JVM may still be compiling: C2 takes a quarter of the CPU for the first two minutes of a "
					+ "search load)";
		}
		StringBuilder text = new StringBuilder(", each instance first loaded with the long-tail workloads until "
				+ "its C2 compiler threads used under 3 % of its CPU in three 10 s slices in a row (at most " + settle
				+ "):");
		for (String[] note : this.notes) {
			if (note.length > 2 && note[1].startsWith("jit-settle-")) {
				text.append(' ')
					.append(note[0])
					.append(" articles, ")
					.append(note[1].substring("jit-settle-".length()))
					.append(": ")
					.append(note[2])
					.append(';');
			}
		}
		text.setLength(text.length() - 1);
		return text.toString();
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		boolean smoke = "1".equals(this.meta.getProperty("smoke"));
		md.append("# Broadsheet benchmark results\n\n");
		if (smoke) {
			md.append("**Smoke run**: too short to quote; it only shows that the harness works.\n\n");
		}
		md.append("Broadsheet against json-server 0.17.4 (same articles as `db.json`) and nginx (one of Broadsheet's own "
				+ "responses as a static file), in one run, all on 127.0.0.1. Figures are **medians of "
				+ this.meta.getProperty("runs") + " run(s)** of `wrk -d " + this.meta.getProperty("duration")
				+ " --latency` (threads = min(2, connections)), after a " + this.meta.getProperty("warmup")
				+ " warm-up per endpoint" + jitSettle() + "; req/s ranges are min–max over the runs. Ratios are of medians. "
				+ "The machine is shared (2 cores, other engineers building and testing on it; wrk and the server "
				+ "share the 2 cores): expect ±20–30% between runs, and trust ratios more than absolute figures. "
				+ "CPU ms/req is the server process's user+system CPU time (from /proc) over the requests wrk "
				+ "completed: it is the figure least disturbed by other load, and json-server / Broadsheet CPU per "
				+ "request estimates the throughput ratio on an idle machine.\n\n"
				+ "Broadsheet keeps its answers in memory until the corpus changes (Spring's cache abstraction with "
				+ "Caffeine), and wrk repeats one URL: all but the first of Broadsheet's requests in the main tables are "
				+ "cache hits, as any popular query would be. The **without the answer cache** rows run the same requests "
				+ "against Broadsheet started with `spring.cache.type=none`, so that every request queries the store: "
				+ "that is what a first request, or a stream of queries too varied to cache, costs.\n\n");
		md.append("Command: `").append(this.meta.getProperty("command")).append("`\n\n");
		md.append("| | |\n|---|---|\n");
		row(md, "date", this.meta.getProperty("started") + " → " + this.meta.getProperty("finished"));
		row(md, "commit", this.meta.getProperty("commit"));
		row(md, "machine", this.meta.getProperty("nproc") + " cores, " + this.meta.getProperty("cpu") + ", "
				+ this.meta.getProperty("ram") + " RAM; load average at the end " + this.meta.getProperty("load"));
		row(md, "JDK", this.meta.getProperty("jdk"));
		row(md, "Broadsheet JVM flags", "`" + this.meta.getProperty("java_opts") + "`");
		row(md, "Broadsheet started as", this.meta.getProperty("launch", "java -jar"));
		row(md, "store", "H2 file mode (`jdbc:h2:file:…`), fresh for each full ingest");
		row(md, "others", "json-server 0.17.4 on node " + this.meta.getProperty("node") + ", nginx "
				+ this.meta.getProperty("nginx") + ", " + this.meta.getProperty("wrk"));
		md.append('\n');

		md.append("## Targets: long-tail traffic\n\n");
		md.append("Each request of the mixed workload is drawn at random from 30,000 (equal shares: a random author, "
				+ "uniform over all credited authors, and one of its pages; a random page of the whole list; a random "
				+ "article by id), the same requests for both servers (`mixed-*.txt` from the generator, "
				+ "`src/bench/mixed.lua`).\n\n");
		longTailTargets(md);
		md.append("\n## Targets: one URL repeated (the answer cache's best case)\n\n");
		targets(md);

		md.append("\n## Ingest, restart and memory\n\n");
		md.append("Time to readiness is from the java command to `/actuator/health/readiness` = UP (JVM and Spring start "
				+ "included); sync is the corpus sync alone (`/corpus` durationMillis). RSS is VmRSS right after "
				+ "readiness. The restart reuses the store with nothing changed.\n\n");
		md.append("| articles | corpus MB | runs | ready, full ingest (s) | sync (s) | MB/s to ready | MB/s sync | "
				+ "RSS after ingest (MB) | peak RSS (MB) | ready, restart (s) | restart sync (s) | restart / full |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (int size : this.sizes) {
			List<Ingest> runs = this.ingests.stream().filter((i) -> i.size() == size).toList();
			if (runs.isEmpty()) {
				continue;
			}
			double mb = runs.get(0).corpusMb();
			double ready = median(runs, Ingest::ready);
			double sync = median(runs, Ingest::syncMs) / 1000;
			double restart = median(runs, Ingest::restart);
			md.append(String.format(Locale.ROOT,
					"| %s | %.1f | %d | %s | %.1f | %.1f | %.1f | %.0f | %.0f | %s | %.1f | %.2f |\n", count(size), mb,
					runs.size(), range(runs, Ingest::ready), sync, mb / ready, mb / sync, median(runs, Ingest::rssMb),
					median(runs, Ingest::hwmMb), range(runs, Ingest::restart), median(runs, Ingest::restartSyncMs) / 1000,
					restart / ready));
		}

		for (int size : this.sizes) {
			if (this.loads.stream().noneMatch((l) -> l.size() == size)) {
				continue;
			}
			md.append("\n## Throughput and latency, ").append(count(size)).append(" articles\n\n");
			md.append("| endpoint | conns | Broadsheet req/s (min–max) | p50 ms | p99 ms | CPU ms/req | "
					+ "json-server req/s (min–max) | p50 ms | p99 ms | CPU ms/req | Broadsheet / json-server (req/s) | "
					+ "json-server / Broadsheet (CPU per req) | Broadsheet / nginx (req/s) |\n");
			md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
			for (String endpoint : ENDPOINTS) {
				for (int c : connections()) {
					Stat bs = stat(size, "broadsheet", endpoint, c);
					if (bs == null) {
						continue;
					}
					Stat js = stat(size, "json-server", endpoint, c);
					Stat ng = stat(size, "nginx", "static", c);
					md.append("| ").append(LABELS.get(endpoint)).append(" | ").append(c).append(" | ");
					md.append(rate(bs)).append(" | ").append(ms(bs.p50())).append(" | ").append(ms(bs.p99())).append(" | ")
						.append(ms(bs.cpuMs())).append(" | ");
					if (js != null) {
						md.append(rate(js)).append(" | ").append(ms(js.p50())).append(" | ").append(ms(js.p99()))
							.append(" | ").append(ms(js.cpuMs())).append(" | ").append(ratio(bs.rps() / js.rps()))
							.append(" | ").append(ratio(js.cpuMs() / bs.cpuMs()));
					}
					else {
						md.append("— | — | — | — | — | —");
					}
					md.append(" | ").append((ng != null) ? ratio(bs.rps() / ng.rps()) : "—").append(" |\n");
				}
			}
			for (int c : connections()) {
				Stat ng = stat(size, "nginx", "static", c);
				if (ng != null) {
					md.append("| nginx, static copy of the author page | ").append(c).append(" | ").append(rate(ng))
						.append(" | ").append(ms(ng.p50())).append(" | ").append(ms(ng.p99())).append(" | ")
						.append(ms(ng.cpuMs())).append(" | | | | | | | 1× |\n");
				}
			}
			uncached(md, size);
			long errors = this.loads.stream().filter((l) -> l.size() == size).mapToLong(Load::errors).sum();
			if (errors > 0) {
				md.append("\nwrk counted ").append(errors)
					.append(" non-2xx responses, socket errors or timeouts (5 s) at this size; see raw/load.tsv.\n");
			}
		}

		if (this.sizes.size() > 1) {
			md.append("\n## Scaling: req/s at ").append(TARGET_CONNECTIONS).append(" connections by corpus size\n\n");
			md.append("| endpoint | server |");
			this.sizes.forEach((s) -> md.append(' ').append(count(s)).append(" |"));
			md.append(" smallest / largest |\n|---|---|");
			this.sizes.forEach((s) -> md.append("---:|"));
			md.append("---:|\n");
			for (String endpoint : ENDPOINTS) {
				for (String server : List.of("broadsheet", UNCACHED, "json-server")) {
					if (endpoint.equals("cached") && !server.equals("broadsheet")) {
						continue;
					}
					List<Stat> stats = this.sizes.stream().map((s) -> stat(s, server, endpoint, TARGET_CONNECTIONS)).toList();
					if (stats.stream().allMatch((s) -> s == null)) {
						continue;
					}
					md.append("| ").append(LABELS.get(endpoint)).append(" | ").append(server).append(" |");
					stats.forEach((s) -> md.append(' ').append((s != null) ? fmt(s.rps()) : "—").append(" |"));
					Stat first = stats.get(0);
					Stat last = stats.get(stats.size() - 1);
					md.append(' ')
						.append((first != null && last != null) ? ratio(first.rps() / last.rps()) : "—")
						.append(" |\n");
				}
			}
			md.append("\n![throughput against corpus size](throughput.png)\n");
		}

		if (!this.sql.isEmpty()) {
			md.append("\n## SQL statements per request\n\nCounted from Hibernate's SQL log on a separate start "
					+ "(`logging.level.org.hibernate.SQL=debug`, `spring.cache.type=none`), second request of each kind.\n\n");
			md.append("| request | statements |\n|---|---:|\n");
			for (String[] s : this.sql) {
				md.append("| `").append(s[0]).append("` | ").append(s[1]).append(" |\n");
			}
		}

		md.append("\n## What was requested\n\n");
		for (String[] note : this.notes) {
			md.append("- ").append(count(Integer.parseInt(note[0]))).append(" articles, ").append(note[1]).append(": ")
				.append(note[2]).append('\n');
		}
		md.append("\njson-server answers the author and month filters with every matching article in full (body "
				+ "included, no paging), as a casual user would query it; Broadsheet answers one page of 20 summaries. "
				+ "Neither side sorts json-server's deep page; Broadsheet's is sorted newest first. db.json holds the "
				+ "generator's true metadata, while Broadsheet holds what its extractor finds in the text (about 90% of "
				+ "bylines and dates with the current plain extractor), so the filtered sets differ slightly.\n");
		return md.toString();
	}

	private void uncached(StringBuilder md, int size) {
		int c = TARGET_CONNECTIONS;
		if (ENDPOINTS.stream().allMatch((e) -> stat(size, UNCACHED, e, c) == null)) {
			return;
		}
		md.append("\n### Without the answer cache, ").append(count(size)).append(" articles, ").append(c)
			.append(" connections\n\n");
		md.append("| endpoint | req/s (min–max) | p50 ms | p99 ms | CPU ms/req | Broadsheet without cache / json-server "
				+ "(req/s) | json-server / Broadsheet without cache (CPU per req) | with cache / without (req/s) |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String endpoint : ENDPOINTS) {
			Stat un = stat(size, UNCACHED, endpoint, c);
			if (un == null) {
				continue;
			}
			Stat js = stat(size, "json-server", endpoint, c);
			Stat bs = stat(size, "broadsheet", endpoint, c);
			md.append("| ").append(LABELS.get(endpoint)).append(" | ").append(rate(un)).append(" | ").append(ms(un.p50()))
				.append(" | ").append(ms(un.p99())).append(" | ").append(ms(un.cpuMs())).append(" | ")
				.append((js != null) ? ratio(un.rps() / js.rps()) : "—").append(" | ")
				.append((js != null) ? ratio(js.cpuMs() / un.cpuMs()) : "—").append(" | ")
				.append((bs != null) ? ratio(bs.rps() / un.rps()) : "—").append(" |\n");
		}
	}

	private void longTailTargets(StringBuilder md) {
		int at = this.sizes.contains(10_000) ? 10_000 : (this.sizes.isEmpty() ? 0 : this.sizes.first());
		String where = (at == 10_000) ? "10k" : count(at) + " (10k not measured in this run)";
		int c = TARGET_CONNECTIONS;
		md.append("| target | measured | verdict |\n|---|---|---|\n");
		Stat bs = stat(at, "broadsheet", "mixed", c);
		Stat un = stat(at, UNCACHED, "mixed", c);
		Stat js = stat(at, "json-server", "mixed", c);
		if (bs == null) {
			md.append("| mixed long tail | not measured | — |\n");
			return;
		}
		if (js != null) {
			double r = bs.rps() / js.rps();
			md.append("| mixed ≥ 20× json-server with the answer cache, ").append(where).append(", ").append(c)
				.append(" conns | ").append(fmt(bs.rps())).append(" vs ").append(fmt(js.rps())).append(" req/s = **")
				.append(ratio(r)).append("** | ").append(verdict(r >= 20)).append(" |\n");
			if (un != null) {
				double u = un.rps() / js.rps();
				md.append("| mixed ≥ 10× json-server without the answer cache, ").append(where).append(" | ")
					.append(fmt(un.rps())).append(" vs ").append(fmt(js.rps())).append(" req/s = **").append(ratio(u))
					.append("** | ").append(verdict(u >= 10)).append(" |\n");
			}
		}
		md.append("| mixed p99 ≤ 15 ms at ").append(c).append(" connections, ").append(where).append(" | ")
			.append(ms(bs.p99())).append(" ms").append((un != null) ? "; without the answer cache " + ms(un.p99()) + " ms" : "")
			.append(" | ").append(verdict(bs.p99() <= 15)).append(" |\n");
		Stat wide = stat(at, "broadsheet", "mixed", 64);
		if (wide != null) {
			md.append("| mixed at 64 connections: no errors, p99 ≤ 60 ms, ").append(where).append(" | ")
				.append(wide.errors()).append(" errors, p99 ").append(ms(wide.p99())).append(" ms | ")
				.append(verdict(wide.errors() == 0 && wide.p99() <= 60)).append(" |\n");
		}
		Stat big = stat(100_000, "broadsheet", "mixed", c);
		Stat ten = stat(10_000, "broadsheet", "mixed", c);
		if (big != null && ten != null) {
			double r = big.rps() / ten.rps();
			Stat bigUn = stat(100_000, UNCACHED, "mixed", c);
			Stat tenUn = stat(10_000, UNCACHED, "mixed", c);
			md.append("| mixed at 100k ≥ 0.7× the 10k figure | ").append(fmt(big.rps())).append(" vs ")
				.append(fmt(ten.rps())).append(" req/s = **").append(ratio(r)).append("**")
				.append((bigUn != null && tenUn != null)
						? "; without the answer cache " + ratio(bigUn.rps() / tenUn.rps()) : "")
				.append(" | ").append(verdict(r >= 0.7)).append(" |\n");
		}
		else {
			md.append("| mixed at 100k ≥ 0.7× the 10k figure | 10k and 100k not both measured in this run | not measured |\n");
		}
		for (String[] note : this.notes) {
			if (note[1].equals("rss-soak")) {
				// Comma-separated RSS samples in MB, one per slice of mixed load; the first is after warm-up.
				List<Double> samples = new ArrayList<>();
				for (String v : note[2].split(",")) {
					samples.add(Double.parseDouble(v.trim()));
				}
				double first = samples.get(0);
				double last = samples.get(samples.size() - 1);
				double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(last);
				double growth = last / first - 1;
				md.append("| RSS ≤ 512 MB after mixed load, growth after warm-up < 10 %, ")
					.append(count(Integer.parseInt(note[0]))).append(" | ")
					.append(String.format(Locale.ROOT, "%.0f MB after warm-up, %.0f MB at the end (max %.0f), %+.1f %%",
							first, last, max, growth * 100))
					.append(" | ").append(verdict(max <= 512 && growth < 0.10)).append(" |\n");
			}
		}
	}

	private void targets(StringBuilder md) {
		int at = this.sizes.contains(10_000) ? 10_000 : (this.sizes.isEmpty() ? 0 : this.sizes.first());
		String where = (at == 10_000) ? "10k" : count(at) + " (10k not measured in this run)";
		int c = TARGET_CONNECTIONS;
		md.append("| target | measured | verdict |\n|---|---|---|\n");
		versus(md, at, where, "author", 50);
		versus(md, at, where, "deep-page", 20);
		versus(md, at, where, "by-id", 10);
		Stat bsAuthor = stat(at, "broadsheet", "author", c);
		Stat bsCached = stat(at, "broadsheet", "cached", c);
		Stat nginx = stat(at, "nginx", "static", c);
		if (bsCached != null && nginx != null) {
			double r = bsCached.rps() / nginx.rps();
			md.append("| repeated (cacheable) request ≥ 0.25× nginx static, ").append(where)
				.append(" | `/articles?author=` with `If-None-Match` (304) ").append(fmt(bsCached.rps()))
				.append(" req/s vs nginx ").append(fmt(nginx.rps())).append(" = **").append(ratio(r)).append("** at ")
				.append(c).append(" conns | ").append(verdict(r >= 0.25)).append(" |\n");
		}
		else if (bsAuthor != null && nginx != null) {
			double r = bsAuthor.rps() / nginx.rps();
			md.append("| repeated (cacheable) request ≥ 0.25× nginx static, ").append(where).append(" | plain `/articles?author=` ")
				.append(fmt(bsAuthor.rps())).append(" req/s vs nginx ").append(fmt(nginx.rps())).append(" = ").append(ratio(r))
				.append(" at ").append(c).append(" conns | **pending**: ETag/304 is another issue; the plain request ")
				.append((r >= 0.25) ? "already meets it" : "misses it").append(" |\n");
		}
		else {
			md.append("| repeated (cacheable) request ≥ 0.25× nginx | not measured | — |\n");
		}
		Map<String, Double> p99s = byEndpoint(SINGLE_URL, (endpoint) -> stat(at, "broadsheet", endpoint, c), Stat::p99);
		Map<String, Double> uncachedP99s = byEndpoint(SINGLE_URL, (endpoint) -> stat(at, UNCACHED, endpoint, c),
				Stat::p99);
		double worst = p99s.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		md.append("| p99 ≤ 10 ms at 16 connections, ").append(where).append(" | ")
			.append(p99s.isEmpty() ? "not measured" : list(p99s, Report::ms) + " ms")
			.append(uncachedP99s.isEmpty() ? ""
					: "; without the answer cache " + list(uncachedP99s, Report::ms) + " ms")
			.append(" | ")
			.append(p99s.isEmpty() ? "—" : verdict(worst <= 10)).append(" |\n");
		if (this.sizes.contains(1_000) && this.sizes.contains(100_000)) {
			Map<String, Double> fallsBy = falls("broadsheet", c);
			Map<String, Double> uncachedFalls = falls(UNCACHED, c);
			double worstFall = fallsBy.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
			List<String> falls = new ArrayList<>(List.of(list(fallsBy, Report::ratio)));
			if (!uncachedFalls.isEmpty()) {
				falls.add("without the answer cache: " + list(uncachedFalls, Report::ratio));
			}
			md.append("| throughput falls < 1.5× from 1k to 100k (16 conns) | ").append(String.join(", ", falls))
				.append(" | ").append(verdict(worstFall < 1.5)).append(" |\n");
		}
		else {
			md.append("| throughput falls < 1.5× from 1k to 100k | 1k and 100k not both measured in this run")
				.append(this.sizes.size() > 1 ? " (see the scaling table for the sizes that were)" : "")
				.append(" | not measured |\n");
		}
		if (!this.sql.isEmpty()) {
			int max = 0;
			for (String[] s : this.sql) {
				if (s[0].startsWith("/articles?")) {
					max = Math.max(max, Integer.parseInt(s[1]));
				}
			}
			md.append("| ≤ 3 SQL statements per `/articles` page | at most ").append(max).append(" | ")
				.append(verdict(max <= 3)).append(" |\n");
		}
		List<Ingest> big = this.ingests.stream().filter((i) -> i.size() == 100_000).toList();
		if (!big.isEmpty()) {
			double ready = median(big, Ingest::ready);
			double rss = median(big, Ingest::rssMb);
			md.append("| 100k articles ingested to readiness ≤ 60 s | ").append(String.format(Locale.ROOT, "%.1f s", ready))
				.append(" | ").append(verdict(ready <= 60)).append(" |\n");
			md.append("| RSS ≤ 512 MB with 100k articles, file-mode H2 | ").append(String.format(Locale.ROOT, "%.0f MB", rss))
				.append(" after ingest | ").append(verdict(rss <= 512)).append(" |\n");
		}
		else {
			md.append("| 100k articles ingested to readiness ≤ 60 s | 100k not measured in this run | not measured |\n");
			md.append("| RSS ≤ 512 MB with 100k articles | 100k not measured in this run | not measured |\n");
		}
		List<String> restarts = new ArrayList<>();
		boolean allMet = true;
		for (int size : this.sizes) {
			List<Ingest> runs = this.ingests.stream().filter((i) -> i.size() == size).toList();
			if (!runs.isEmpty() && !Double.isNaN(median(runs, Ingest::restart))) {
				double r = median(runs, Ingest::restart) / median(runs, Ingest::ready);
				restarts.add(count(size) + " " + ratio(r));
				allMet &= r <= 0.2;
			}
		}
		md.append("| restart with nothing changed ≤ 0.2× the full ingest (time to readiness) | ")
			.append(String.join(", ", restarts)).append(" | ")
			.append(restarts.isEmpty() ? "not measured" : verdict(allMet)).append(" |\n");
	}

	// One value per endpoint measured, in the order given.
	private static Map<String, Double> byEndpoint(List<String> endpoints, Function<String, Stat> stat,
			Function<Stat, Double> value) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (String endpoint : endpoints) {
			Stat s = stat.apply(endpoint);
			if (s != null) {
				values.put(endpoint, value.apply(s));
			}
		}
		return values;
	}

	// How many times fewer requests per second a server answered at 100k than at 1k.
	private Map<String, Double> falls(String server, int connections) {
		Map<String, Double> falls = new LinkedHashMap<>();
		for (String endpoint : SINGLE_URL) {
			Stat small = stat(1_000, server, endpoint, connections);
			Stat large = stat(100_000, server, endpoint, connections);
			if (small != null && large != null) {
				falls.put(endpoint, small.rps() / large.rps());
			}
		}
		return falls;
	}

	private static String list(Map<String, Double> values, Function<Double, String> format) {
		List<String> items = new ArrayList<>();
		values.forEach((endpoint, value) -> items.add(endpoint + " " + format.apply(value)));
		return String.join(", ", items);
	}

	private void versus(StringBuilder md, int at, String where, String endpoint, double factor) {
		int c = TARGET_CONNECTIONS;
		Stat bs = stat(at, "broadsheet", endpoint, c);
		Stat js = stat(at, "json-server", endpoint, c);
		md.append("| ").append(LABELS.get(endpoint)).append(" ≥ ").append(fmt(factor)).append("× json-server, ").append(where)
			.append(" | ");
		if (bs == null || js == null) {
			md.append("not measured | — |\n");
			return;
		}
		double r = bs.rps() / js.rps();
		md.append(fmt(bs.rps())).append(" vs ").append(fmt(js.rps())).append(" req/s = **").append(ratio(r))
			.append("** at ").append(c).append(" conns (CPU per request, json-server / Broadsheet: ")
			.append(ratio(js.cpuMs() / bs.cpuMs())).append(")");
		Stat un = stat(at, UNCACHED, endpoint, c);
		if (un != null) {
			md.append("; without the answer cache ").append(fmt(un.rps())).append(" req/s = ")
				.append(ratio(un.rps() / js.rps()));
		}
		md.append(" | ").append(verdict(r >= factor)).append(" |\n");
	}

	private static String verdict(boolean met) {
		return met ? "**met**" : "**missed**";
	}

	String plotData() {
		StringBuilder data = new StringBuilder("# articles");
		List<String[]> series = new ArrayList<>();
		for (String endpoint : List.of("author", "deep-page", "by-id")) {
			for (String server : List.of("broadsheet", UNCACHED, "json-server")) {
				series.add(new String[] { server, endpoint });
				data.append('\t').append(server).append(':').append(endpoint);
			}
		}
		data.append('\n');
		for (int size : this.sizes) {
			data.append(size);
			for (String[] s : series) {
				Stat stat = stat(size, s[0], s[1], TARGET_CONNECTIONS);
				data.append('\t').append((stat != null) ? String.format(Locale.ROOT, "%.1f", stat.rps()) : "NaN");
			}
			data.append('\n');
		}
		return data.toString();
	}

	String plotScript(Path data, Path png) {
		String d = data.toAbsolutePath().toString();
		StringBuilder gp = new StringBuilder();
		gp.append("set terminal pngcairo size 900,560 font 'sans,10'\n");
		gp.append("set output '").append(png.toAbsolutePath()).append("'\n");
		gp.append("set title 'Throughput against corpus size (").append(TARGET_CONNECTIONS)
			.append(" connections, median of ").append(this.meta.getProperty("runs")).append(" runs)'\n");
		gp.append("set xlabel 'articles'\nset ylabel 'requests per second'\n");
		gp.append("set logscale xy\nset grid\nset key outside right\n");
		gp.append("set xtics (");
		List<String> tics = new ArrayList<>();
		for (int size : this.sizes) {
			tics.add("'" + count(size) + "' " + size);
		}
		gp.append(String.join(", ", tics)).append(")\n");
		gp.append("set xrange [").append(this.sizes.isEmpty() ? 500 : this.sizes.first() / 1.5).append(':')
			.append(this.sizes.isEmpty() ? 200000 : this.sizes.last() * 1.5).append("]\n");
		String[] titles = { "Broadsheet author filter", "Broadsheet author filter, no cache", "json-server author filter",
				"Broadsheet deep page", "Broadsheet deep page, no cache", "json-server deep page", "Broadsheet by id",
				"Broadsheet by id, no cache", "json-server by id" };
		String[] styles = { "lc rgb '#1f77b4' dt 1 pt 7", "lc rgb '#2ca02c' dt 1 pt 7", "lc rgb '#ff7f0e' dt 1 pt 7",
				"lc rgb '#1f77b4' dt 2 pt 5", "lc rgb '#2ca02c' dt 2 pt 5", "lc rgb '#ff7f0e' dt 2 pt 5",
				"lc rgb '#1f77b4' dt 3 pt 9", "lc rgb '#2ca02c' dt 3 pt 9", "lc rgb '#ff7f0e' dt 3 pt 9" };
		List<String> plots = new ArrayList<>();
		for (int i = 0; i < titles.length; i++) {
			plots.add("'" + d + "' using 1:" + (i + 2) + " with linespoints lw 2 " + styles[i] + " title '" + titles[i]
					+ "'");
		}
		gp.append("plot ").append(String.join(", \\\n     ", plots)).append('\n');
		return gp.toString();
	}

	private static void row(StringBuilder md, String key, String value) {
		md.append("| ").append(key).append(" | ").append(value).append(" |\n");
	}

	private static <T> String range(List<T> runs, Function<T, Double> value) {
		double median = median(runs, value);
		if (Double.isNaN(median)) {
			return "—";
		}
		if (runs.size() == 1) {
			return String.format(Locale.ROOT, "%.1f", median);
		}
		double min = runs.stream().map(value).min(Double::compare).orElse(Double.NaN);
		double max = runs.stream().map(value).max(Double::compare).orElse(Double.NaN);
		return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median, min, max);
	}

	private static String rate(Stat s) {
		return (s.runs() > 1) ? fmt(s.rps()) + " (" + fmt(s.rpsMin()) + "–" + fmt(s.rpsMax()) + ")" : fmt(s.rps());
	}

	static String count(int size) {
		return (size % 1000 == 0) ? (size / 1000) + "k" : String.valueOf(size);
	}

	static String fmt(double v) {
		if (Double.isNaN(v)) {
			return "—";
		}
		if (v >= 100) {
			return String.format(Locale.ROOT, "%,.0f", v);
		}
		return (v >= 10) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
	}

	static String ms(double v) {
		return Double.isNaN(v) ? "—" : (v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
				: v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v));
	}

	static String ratio(double r) {
		if (Double.isNaN(r) || Double.isInfinite(r)) {
			return "—";
		}
		return (r >= 10) ? String.format(Locale.ROOT, "%.0f×", r)
				: (r >= 1) ? String.format(Locale.ROOT, "%.1f×", r) : String.format(Locale.ROOT, "%.2f×", r);
	}

}
