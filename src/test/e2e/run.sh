#!/usr/bin/env bash
# Browser tests: starts the built jar on a free loopback port, drives Debian's Chromium with
# Playwright through the reader pages (reader.test.mjs, with axe-core's accessibility
# check) and the Swagger UI (swagger-ui.test.mjs; swagger-ui-operations.test.mjs executes
# every GET operation of /v3/api-docs with its documented examples), and stops the app.
# Screenshots go to target/e2e/ (copy the reader-*.png ones and
# swagger-ui-articles-by-author.png to src/site/ to update the README's). Installs what it
# needs: chromium (apt, as root) and the pinned Node packages (npm ci). Builds the jar
# first when target/ has none.
# Usage: src/test/e2e/run.sh            (from anywhere; bounded to about 12 minutes)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/target/e2e"
mkdir -p "$out"

if [ ! -x /usr/bin/chromium ]; then
	echo "== Installing Debian's chromium"
	export DEBIAN_FRONTEND=noninteractive
	timeout 600 apt-get update -qq
	timeout 600 apt-get install -y -qq chromium > "$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
fi
echo "== $(/usr/bin/chromium --version 2> /dev/null)"

# shellcheck source=npm-ci.sh
source "$here/npm-ci.sh"

jar="$(ls "$root"/target/broadsheet-*.jar 2> /dev/null | grep -v -e '-sources' -e '-javadoc' | head -n 1 || true)"
if [ -z "$jar" ]; then
	echo "== Building the jar"
	(cd "$root" && timeout 600 ./mvnw -B -q -DskipTests package)
	jar="$(ls "$root"/target/broadsheet-*.jar | head -n 1)"
fi

port="$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
url="http://127.0.0.1:$port"
echo "== Starting $(basename "$jar") on $url (log: target/e2e/app.log)"
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" > "$out/app.log" 2>&1 &
app=$!
stop() {
	kill "$app" 2> /dev/null && wait "$app" 2> /dev/null || true
}
trap stop EXIT

# Readiness is UP only after the corpus sync; a busy 2-core machine needs up to a minute.
for _ in $(seq 1 180); do
	if curl -fsS "$url/actuator/health/readiness" > /dev/null 2>&1; then
		break
	fi
	if ! kill -0 "$app" 2> /dev/null; then
		echo "The application stopped:" >&2
		tail -40 "$out/app.log" >&2
		exit 1
	fi
	sleep 1
done
curl -fsS "$url/actuator/health/readiness" > /dev/null || { echo "Not ready after 180 s" >&2; tail -40 "$out/app.log" >&2; exit 1; }

echo "== Reader and Swagger UI tests"
cd "$here"
# About three minutes on a quiet machine; the bound leaves room for a busy one.
BROADSHEET_URL="$url" SCREENSHOT_DIR="$out" timeout 480 node --test --test-concurrency=1 --test-reporter=spec \
	reader.test.mjs swagger-ui.test.mjs swagger-ui-operations.test.mjs
echo "== Screenshots: $(ls "$out"/*.png | tr '\n' ' ')"
