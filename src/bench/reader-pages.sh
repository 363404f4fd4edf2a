#!/usr/bin/env bash
# Time to answer of the reader's pages, as a browser's first request for the HTML sees it:
# the median of curl's time_total over N requests per page (after 5 warm-up requests),
# with the page's size, plain and gzip. Run against an instance on the bundled corpus:
#
#   ./mvnw -B -q -DskipTests package && java -jar target/broadsheet-*.jar --server.port=18117 &
#   bash src/bench/reader-pages.sh http://127.0.0.1:18117 21
#
# Only ever targets the given URL (127.0.0.1 by default); N requests per page, then stops.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
n=${2:-21}
case "$base" in
	http://127.0.0.1:* | http://localhost:* | http://\[::1\]:*) ;;
	*) echo "reader-pages.sh: only loopback addresses, not $base" >&2; exit 2 ;;
esac
for path in / "/?author=tigran-grigoryan" "/?date=2025&sort=oldest" "/?q=Lavrov" \
	/read/articles/000_a9e816bf096b0a86 /read/authors/emil-avdaliani; do
	for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 10 "$base$path"; done
	times=$(for _ in $(seq "$n"); do curl -s -o /dev/null --max-time 10 -w '%{time_total}\n' "$base$path"; done | sort -n)
	size=$(curl -s -o /dev/null --max-time 10 -w '%{size_download}' "$base$path")
	gzip=$(curl -s -o /dev/null --max-time 10 -H 'Accept-Encoding: gzip' -w '%{size_download}' "$base$path")
	printf '%-40s median %6.1f ms  min %6.1f ms  max %6.1f ms  %6s bytes (gzip %s)\n' "$path" \
		"$(echo "$times" | sed -n "$(((n + 1) / 2))p" | awk '{ print $1 * 1000 }')" \
		"$(echo "$times" | head -1 | awk '{ print $1 * 1000 }')" \
		"$(echo "$times" | tail -1 | awk '{ print $1 * 1000 }')" "$size" "$gzip"
done
