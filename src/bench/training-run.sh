#!/usr/bin/env bash
# A training run for Broadsheet's class cache that goes all the way to readiness, as a
# deployed instance does, and then stops the application, so that the JVM writes the cache
# of every class it loaded on the way. src/bench/cds.sh uses it with CDS_TRAINING=ready;
# by default it (and the image, docker/Dockerfile) trains with a start that exits at the
# end of the context's refresh (-Dspring.context.exit=onRefresh), which leaves out all that
# comes after: the sync, the index's catch-up, Tomcat's connector, the first requests.
#
#   bash src/bench/training-run.sh CORPUS_FOLDER java -XX:ArchiveClassesAtExit=app.jsa -jar app.jar
#
# It starts the given command with a file-mode H2 store in a new temporary folder (removed
# afterwards) over CORPUS_FOLDER (the five bundled articles, as a folder), on 127.0.0.1 and
# a port of the system's choosing. Once /actuator/health/readiness answers 200 it asks for a
# list page, a search, the authors, the corpus report and the readiness again, and stops
# the application with SIGTERM; the JVM writes the cache as it exits (JDK 17's CDS archive
# does; JDK 25 wrote its AOT configuration and began assembling the cache, which was not
# waited for). Measured in HISTORY.md (restart22): at a 10k
# restart it left 650 classes outside the archive instead of 1,911, for no CPU that a
# machine at load 25 could tell apart; not yet measured on a quiet one.
#
# Only bash (its /dev/tcp) and the JVM, so that a JRE image could run it: no curl. Fails
# when the application stops before it is ready or is not ready within TRAINING_TIMEOUT
# seconds (default 600).
set -euo pipefail

corpus=$1
shift
work=$(mktemp -d)
log=$work/training.log
pid=
finish() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap finish EXIT
fail() {
	echo "training-run.sh: $*" >&2
	tail -n 40 "$log" >&2 || true
	exit 1
}

"$@" --server.address=127.0.0.1 --server.port=0 --spring.datasource.url="jdbc:h2:file:$work/store/broadsheet" \
	--broadsheet.corpus.path="$corpus" >"$log" 2>&1 &
pid=$!

# The status line of GET $1 from the application.
status_of() {
	local line
	exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
	printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
	IFS= read -r line <&3 || line=
	# Drain the answer, so that the server writes all of it (and its code runs to the end).
	cat <&3 >/dev/null || true
	exec 3<&-
	echo "$line"
}

port=
deadline=$((SECONDS + ${TRAINING_TIMEOUT:-600}))
until [ -n "$port" ] && [[ "$(status_of /actuator/health/readiness 2>/dev/null || true)" == *' 200 '* ]]; do
	kill -0 "$pid" 2>/dev/null || fail "the application stopped before it was ready"
	((SECONDS < deadline)) || fail "not ready after ${TRAINING_TIMEOUT:-600} s"
	if [ -z "$port" ]; then
		port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -n 1)
	fi
	sleep 0.2
done
for path in /articles "/articles?q=election" /authors /corpus /actuator/health/readiness; do
	status_of "$path" >/dev/null || fail "GET $path failed"
done
kill -TERM "$pid"
wait "$pid" || true
pid=
grep -q 'synced in' "$log" || fail "no sync in the training run"
