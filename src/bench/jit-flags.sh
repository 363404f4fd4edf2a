#!/usr/bin/env bash
# JIT flag sets side by side: for each, one process ingests the generated corpus (with the
# index, as users run it) and then serves a short bounded load, so that what a flag saves
# the ingest and what it costs a request are measured on the same JVM. On 127.0.0.1 only;
# every load bounded in time (wrk -d, under timeout) and every process stopped.
#
#   bash src/bench/jit-flags.sh --jar JAR --count 10000 --runs 2 \
#       base: c1:-XX:TieredStopAtLevel=1 'late:-XX:Tier4InvocationThreshold=20000 ...'
#
# Sets are "label:flags" (flags may be empty). Runs alternate the order (odd runs as
# given, even runs reversed) so that no set always meets the same machine. Per run:
# ingest.sh's start (-Xmx256m, lib.sh's G1 flags, a fresh file-mode H2 store) and its
# readiness poll, the process's CPU at readiness and its threads' (C1 and C2 apart; "sync"
# is main, which /proc names "java", the extraction's pool, the corpus threads and the
# threads that had ended: the store thread, and with the index Lucene's merges), then a mixed
# warm-up and two measured loads (search, mixed; wrk -t2 -c16 with mixed.lua over the
# generator's URL lists, cache off as in ab.sh) with CPU per request for the process, the
# process less the compiler threads, and the request threads (http-nio), as mixed58.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=src/bench/lib.sh
source "$ROOT/src/bench/lib.sh"
COUNT=10000 RUNS=2 JAR= WARMUP=15s DURATION=12s OUT=
while [ $# -gt 0 ]; do
	case "$1" in
		--jar) JAR=$2; shift 2 ;;
		--count) COUNT=$2; shift 2 ;;
		--runs) RUNS=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--out) OUT=$2; shift 2 ;;
		--) shift; break ;;
		-*) echo "unknown option $1" >&2; exit 2 ;;
		*) break ;;
	esac
done
[ -f "$JAR" ] && [ $# -gt 0 ] || { echo "usage: jit-flags.sh --jar JAR [--count N] [--runs N] label:flags ..." >&2; exit 2; }
corpus=$ROOT/target/bench/corpus-$COUNT-s42
[ -f "$corpus/queries.env" ] || { echo "no $corpus: run ingest.sh --count $COUNT first" >&2; exit 2; }
OUT=${OUT:-$ROOT/target/bench/jit-$COUNT}
mkdir -p "$OUT" && cp "$JAR" "$OUT/broadsheet.jar"
read -r -a gc_flags <<<"$RECOMMENDED_GC_FLAGS"
ticks=$(getconf CLK_TCK)
port=18490
while ss -Hltn "sport = :$port" | grep -q .; do port=$((port + 1)); done
PID=
trap 'stop_process "$PID"' EXIT
trap 'exit 143' INT TERM
sec() { awk -v s="$1" -v t="$ticks" 'BEGIN { printf "%.1f", s / t }'; }
# Ticks of the compiler threads ("C1 CompilerThre", "C2 CompilerThre") and the request threads.
jit_ticks() { echo $(($(thread_ticks "$1" "C1 Compiler") + $(thread_ticks "$1" "C2 Compiler"))); }
results=$OUT/results.tsv
[ -f "$results" ] || printf 'set\trun\tready (s)\tCPU (s)\tC1 (s)\tC2 (s)\tG1+VM (s)\tindex threads (s)\tsync (s)\tload\tsearch req\tsearch ms/req\tsearch ms/req -JIT\tsearch ms/req http\tmixed req\tmixed ms/req\tmixed ms/req -JIT\tmixed ms/req http\tload after\n' >"$results"

one() {
	local label=$1 flags=$2 r=$3 dir=$OUT/$1-$3
	rm -rf "$dir" && mkdir -p "$dir"
	# shellcheck disable=SC2086 # flags, split on purpose
	java $RECOMMENDED_HEAP "${gc_flags[@]}" $flags -jar "$OUT/broadsheet.jar" --server.address=127.0.0.1 --server.port="$port" \
		--spring.datasource.url="jdbc:h2:file:$dir/store/broadsheet" --broadsheet.corpus.path="$corpus/corpus" \
		--spring.cache.type=none >"$dir/app.log" 2>&1 &
	PID=$!
	local started; started=$(date +%s.%N)
	until curl -sf --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$PID" 2>/dev/null || { tail -20 "$dir/app.log" >&2; exit 1; }
		sleep 0.25
	done
	local ready cpu; ready=$(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f')
	cpu=$(process_ticks "$PID")
	thread_table "$PID" | awk -F'\t' -v t="$ticks" -v cpu="$cpu" '{ s[$1] += $2; all += $2 }
		END { for (n in s) if (s[n] > 0) printf "%.1f\t%s\n", s[n] / t, n
			printf "%.1f\t(threads that had ended)\n", (cpu - all) / t }' | sort -rn >"$dir/threads.tsv"
	local c1 c2 gc idx rest
	c1=$(sec "$(thread_ticks "$PID" "C1 Compiler")"); c2=$(sec "$(thread_ticks "$PID" "C2 Compiler")")
	gc=$(sec $(($(thread_ticks "$PID" "GC Thread") + $(thread_ticks "$PID" "G1 ") + $(thread_ticks "$PID" "VM Thread"))))
	idx=$(sec "$(thread_ticks "$PID" "search-index")")
	# The sync's threads: main, the corpus threads and whatever had ended (the store thread,
	# the extraction's pool when it ends); Lucene's merges end too and land here with the index.
	rest=$(awk -v cpu="$(sec "$cpu")" -v a="$c1" -v b="$c2" -v g="$gc" -v i="$idx" -v f="$dir/threads.tsv" 'BEGIN {
		o = 0; while ((getline l < f) > 0) { split(l, x, "\t"); n = x[2]
			if (n ~ /^(C1|C2) Compiler|^GC Thread|^G1 |^VM Thread|^search-index|^java$|^main$|^corpus|^\(threads that had ended\)|^ForkJoinPool|^extract/) continue
			o += x[1] }
		printf "%.1f", cpu - a - b - g - i - o }')
	local load; load=$(cut -d' ' -f1 /proc/loadavg)
	echo "[jit] $label run $r: ready $ready s, CPU $(sec "$cpu") s (C1 $c1, C2 $c2, G1+VM $gc, index $idx, sync $rest), load $load" >&2
	# Warm-up, then the two measured loads.
	MIXED_URLS=$corpus/mixed-broadsheet.txt timeout 120 wrk -t2 -c16 -d"$WARMUP" -s "$ROOT/src/bench/mixed.lua" "http://127.0.0.1:$port" >"$dir/warmup.txt"
	local row=""
	for kind in search mixed; do
		local p0 j0 h0 p1 j1 h1 out n
		p0=$(process_ticks "$PID"); j0=$(jit_ticks "$PID"); h0=$(thread_ticks "$PID" http-nio)
		out=$(MIXED_URLS=$corpus/$kind-broadsheet.txt timeout 120 wrk -t2 -c16 -d"$DURATION" -s "$ROOT/src/bench/mixed.lua" "http://127.0.0.1:$port")
		p1=$(process_ticks "$PID"); j1=$(jit_ticks "$PID"); h1=$(thread_ticks "$PID" http-nio)
		echo "$out" >"$dir/$kind.txt"
		n=$(awk '/requests in/ { print $1 }' <<<"$out")
		grep -q 'Non-2xx' <<<"$out" && echo "[jit] $label run $r $kind: non-2xx answers" >&2
		row+=$(awk -v n="$n" -v p=$((p1 - p0)) -v j=$((j1 - j0)) -v h=$((h1 - h0)) -v t="$ticks" \
			'BEGIN { printf "\t%d\t%.3f\t%.3f\t%.3f", n, p * 1000 / t / n, (p - j) * 1000 / t / n, h * 1000 / t / n }')
	done
	stop_process "$PID"; PID=
	rm -rf "$dir/store"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%s\t%s\n' "$label" "$r" "$ready" "$(sec "$cpu")" "$c1" "$c2" "$gc" "$idx" "$rest" "$load" "$row" \
		"$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$results" >&2
}

sets=("$@")
for r in $(seq "$RUNS"); do
	order=("${sets[@]}")
	if [ $((r % 2)) = 0 ]; then order=(); for ((k = ${#sets[@]} - 1; k >= 0; k--)); do order+=("${sets[$k]}"); done; fi
	for s in "${order[@]}"; do one "${s%%:*}" "${s#*:}" "$r"; done
done
column -t -s $'\t' "$results"
