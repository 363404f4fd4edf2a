#!/usr/bin/env bash
# Prepares Broadsheet to start the way its container image starts it (docker/Dockerfile):
# the jar extracted into plain jars on a class path, and a class cache from a training run
# (a CDS archive on Java 17 to 24, the JDK AOT cache on 25 and later). Prints the java
# command to start it with; append the application's arguments.
#
#   bash src/bench/cds.sh [JAR] [DIR]    # defaults: target/broadsheet-*.jar, target/bench/cds
#   $(bash src/bench/cds.sh) --broadsheet.corpus.path=...
#
# The cache is only valid for this JDK and this jar, from the same paths: run it again
# after every build (it takes one context start, about 10-30 s). A stale or mismatched
# cache is silently ignored by the JVM, so startup is merely slow again, never wrong.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${1:-$(ls "$ROOT"/target/broadsheet-*.jar | grep -v plain | head -1)}
DIR=$(mkdir -p "${2:-$ROOT/target/bench/cds}" && cd "${2:-$ROOT/target/bench/cds}" && pwd)
APP=$DIR/app

rm -rf "$DIR/extracted" "$APP"
# Named as in the image: the extracted application jar takes the name of the jar.
cp "$JAR" "$DIR/broadsheet.jar"
java -Djarmode=tools -jar "$DIR/broadsheet.jar" extract --layers --destination "$DIR/extracted" >&2
rm "$DIR/broadsheet.jar"
mkdir -p "$APP"
# The Dockerfile copies the layers into one folder, least changing first.
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
	if [ -d "$DIR/extracted/$layer" ]; then
		cp -a "$DIR/extracted/$layer/." "$APP/"
	fi
done
rm -rf "$DIR/extracted"

# The training run: the context starts (in-memory H2, the bundled corpus, which it does not
# read) and exits. Absolute paths, as the JVM checks that the class path at run time is the
# one it was trained with. Port 0: a benchmark machine may have 8080 in use.
if java -XX:+UnlockDiagnosticVMOptions -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
	java -XX:AOTCacheOutput="$APP/broadsheet.aot" -Dspring.context.exit=onRefresh -jar "$APP/broadsheet.jar" \
		--server.port=0 >"$DIR/training.log" 2>&1
	echo "-XX:AOTCache=$APP/broadsheet.aot" >"$APP/java.args"
else
	java -XX:ArchiveClassesAtExit="$APP/broadsheet.jsa" -Dspring.context.exit=onRefresh -jar "$APP/broadsheet.jar" \
		--server.port=0 >"$DIR/training.log" 2>&1
	echo "-XX:SharedArchiveFile=$APP/broadsheet.jsa" >"$APP/java.args"
fi
echo '-XX:MaxRAMPercentage=75.0' >>"$APP/java.args"
echo "java @$APP/java.args -jar $APP/broadsheet.jar"
